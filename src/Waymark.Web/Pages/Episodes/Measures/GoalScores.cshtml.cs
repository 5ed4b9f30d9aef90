using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Common;
using Waymark.Domain.Episodes;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Features.Measures.Progress;
using Waymark.Web.Features.People;
using Waymark.Web.Features.Plans;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Episodes.WhatMatters;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Episodes.Measures;

/// <summary>
/// At a review, the person says how close they feel to each open goal, 1 to 10; each is optional. One form, saved all
/// at once, then back to the measures page.
/// </summary>
[Authorize(Policy = Policies.LinkWorker)]
public sealed class GoalScoresModel(EpisodeHeaders headers, PlanQueries plans, RecordGoalScores record, TimeProvider clock) : PageModel, IOrderedFormErrors
{
    public IReadOnlyList<string> ErrorOrder { get; } = ["Input.On", "Input.Goals"];

    [BindProperty]
    public GoalScoresForm Input { get; set; } = new();

    public EpisodeHeader Header { get; private set; } = default!;

    /// <summary>The open goals, in the order agreed, by id.</summary>
    public IReadOnlyList<GoalView> Goals { get; private set; } = [];

    /// <summary>Goals are scored only while the person is allocated or active.</summary>
    public bool InSupport => Header.Status.IsInSupport();

    public string WordsOf(Guid goalId) => Goals.FirstOrDefault(g => g.Id == goalId)?.InTheirWords ?? "Goal";

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        Input = new GoalScoresForm
        {
            On = DateParts.Of(UkTime.Today(clock.GetUtcNow())),
            Goals = [.. Goals.Select(g => new GoalScoreForm { GoalId = g.Id })],
        };
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);

        // Only the open goals, in the plan's order, whatever was posted.
        Input.Goals = [.. Goals.Select(g => new GoalScoreForm { GoalId = g.Id, Score = Input.Goals.FirstOrDefault(p => p.GoalId == g.Id)?.Score })];
        if (Goals.Count == 0 || !InSupport || Input.Read(ModelState) is not { } input)
        {
            return Page();
        }

        try
        {
            var scores = await record.ExecuteAsync(User, id, input, cancellationToken);
            TempData.SetSuccess(scores.Count == 1 ? "1 goal scored" : $"{scores.Count} goals scored");
            return Redirect($"/episodes/{id}/measures#goals");
        }
        catch (DomainException error)
        {
            foreach (var problem in error is DomainErrorsException many ? many.Errors : [error])
            {
                var index = Input.Goals.FindIndex(g => g.GoalId.ToString() == problem.Field);
                ModelState.AddModelError(
                    index >= 0 ? GoalScoresForm.ScoreName(index) : problem.Field == nameof(GoalScoresInput.On) ? "Input.On" : string.Empty,
                    problem.Message);
            }

            return Page();
        }
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Header = await headers.LoadAsync(User, id, cancellationToken);
        Goals = [.. (await plans.ForEpisodeAsync(id, cancellationToken)).Goals.Where(g => g.IsOpen)];
    }
}
