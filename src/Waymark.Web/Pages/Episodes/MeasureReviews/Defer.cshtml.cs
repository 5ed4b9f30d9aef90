using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Common;
using Waymark.Domain.Measures;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Features.Measures.Reviews;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Episodes.WhatMatters;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Episodes.MeasureReviews;

/// <summary>"Not appropriate now": puts off one measure with a reason and a date to ask again, without penalty.</summary>
[Authorize(Policy = Policies.LinkWorker)]
public sealed class DeferModel(EpisodeHeaders headers, MeasureReviewQueries queries, DeferMeasure defer) : PageModel
{
    /// <summary>The questionnaire's url (?url=).</summary>
    [BindProperty(SupportsGet = true, Name = "url")]
    public string? Questionnaire { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public DateParts Until { get; set; } = new();

    public EpisodeHeader Header { get; private set; } = default!;

    public MeasureReviewView? Measure { get; private set; }

    public TextareaField ReasonField => new(nameof(Reason), "Why is it not appropriate to ask now?", Reason)
    {
        Hint = "For example, a recent bereavement or a crisis. Kept on the person's record.",
        Rows = 3,
        Spellcheck = true,
    };

    public DateField UntilField => Until.Field(nameof(Until), "When should it be asked again?") with
    {
        Hint = $"A date after today and within {MeasureDeferral.MaxWeeksAhead} weeks, for example 27 3 2027",
    };

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!Until.TryRead("the date to ask again", out var until, out var dateError))
        {
            ModelState.AddModelError(nameof(Until), dateError!);
        }

        if (ModelState.IsValid)
        {
            try
            {
                var deferral = await defer.ExecuteAsync(User, id, new DeferMeasureInput(Questionnaire, Reason, until), cancellationToken);
                TempData.SetSuccess($"{Measure!.Title} put off until {Homes.CaseloadDisplay.Day(deferral.Until)}");
                return Redirect(IndexModel.Path(id));
            }
            catch (DomainException error)
            {
                ModelState.AddModelError(
                    error.Field switch
                    {
                        nameof(MeasureDeferral.Reason) => nameof(Reason),
                        nameof(MeasureDeferral.Until) => nameof(Until),
                        _ => string.Empty,
                    },
                    error.Message);
            }
        }

        return Page();
    }

    // The measure must be one the schedule shows now; anything else is not found.
    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Header = await headers.LoadAsync(User, id, cancellationToken);
        var schedule = await queries.ForEpisodeAsync(User, id, audit: false, cancellationToken: cancellationToken);
        Measure = schedule.Next.FirstOrDefault(n => n.QuestionnaireUrl == Questionnaire);
        return Measure is not null;
    }
}
