using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Common;
using Waymark.Domain.Episodes;
using Waymark.Domain.Measures;
using Waymark.Web.Features.Discharge;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Features.Measures.Reviews;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Episodes.Discharge;

/// <summary>
/// Discharges an episode with a reason and a summary for the referrer and GP, showing first what has been tried to
/// reach the person against the lost-contact rule and the wellbeing measures the programme asks at discharge. Before
/// support begins, records that the person declined.
/// </summary>
[Authorize(Policy = Policies.LinkWorker)]
public sealed class IndexModel(
    EpisodeHeaders headers, DischargeQueries queries, DischargeEpisode discharge, RecordPersonDeclined declined, MeasureReviewQueries measures) : PageModel
{
    public const int DeclinedReasonMaxLength = Episode.ReasonMaxLength;

    [BindProperty]
    public DischargeForm Input { get; set; } = new();

    [BindProperty]
    public string? DeclinedReason { get; set; }

    public EpisodeHeader Header { get; private set; } = default!;

    public DischargeStatus Status { get; private set; } = default!;

    /// <summary>The programme's measures to ask before the person leaves, with when each was last answered (none once discharged).</summary>
    public IReadOnlyList<MeasureReviewView> DischargeMeasures { get; private set; } = [];

    public bool CanDischarge => Header.Status is EpisodeStatus.Allocated or EpisodeStatus.Active;

    public bool CanRecordDeclined => Header.Status is EpisodeStatus.Waiting or EpisodeStatus.Allocated;

    public static string Path(Guid episodeId) => $"/episodes/{episodeId}/discharge";

    public TextareaField DeclinedReasonField => new(nameof(DeclinedReason), "Why did they decline? (optional)", DeclinedReason)
    {
        Hint = "In the person's words if you can",
        Rows = 3,
    };

    public Task OnGetAsync(Guid id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await discharge.ExecuteAsync(User, id, Input.ToInput(), cancellationToken);
            TempData.SetSuccess("Discharged. The summary is ready for the referrer and GP.");
            return Redirect(Path(id));
        }
        catch (DomainException error)
        {
            ModelState.AddModelError(DischargeForm.FieldFor(error.Field), error.Message);
        }

        await LoadAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDeclinedAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await declined.ExecuteAsync(User, id, DeclinedReason, cancellationToken);
            TempData.SetSuccess("Recorded that the person declined. The episode has ended.");
            return Redirect(Path(id));
        }
        catch (DomainException error)
        {
            ModelState.AddModelError(error.Field == "Reason" ? nameof(DeclinedReason) : string.Empty, error.Message);
        }

        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Header = await headers.LoadAsync(User, id, cancellationToken);
        Status = await queries.StatusAsync(User, id, audit: false, cancellationToken);
        if (CanDischarge)
        {
            var schedule = await measures.ForEpisodeAsync(User, id, audit: false, preparingDischarge: true, cancellationToken);
            DischargeMeasures = [.. schedule.Next.Where(m => m.Occasion == MeasureOccasion.Discharge)];
        }
    }
}
