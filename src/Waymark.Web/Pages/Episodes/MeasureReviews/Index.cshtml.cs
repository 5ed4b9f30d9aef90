using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Staff;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Features.Measures.Reviews;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Pages.Episodes.MeasureReviews;

/// <summary>
/// When each of the programme's wellbeing measures is next asked for this person (baseline, reviews, discharge), with
/// "not appropriate now" for link workers and the deferrals recorded.
/// </summary>
[Authorize(Policy = Policies.CaseWorkers)]
public sealed class IndexModel(EpisodeHeaders headers, MeasureReviewQueries queries) : PageModel
{
    public EpisodeHeader Header { get; private set; } = default!;

    public EpisodeMeasureSchedule Schedule { get; private set; } = default!;

    /// <summary>Link workers (and seniors) record deferrals; a service manager reads.</summary>
    public bool CanDefer => Schedule.InSupport
        && (User.IsInRole(StaffRoles.Name(StaffRole.LinkWorker)) || User.IsInRole(StaffRoles.Name(StaffRole.SeniorLinkWorker)));

    public static string Path(Guid episodeId) => $"/episodes/{episodeId}/measure-reviews";

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Header = await headers.LoadAsync(User, id, cancellationToken);
        Schedule = await queries.ForEpisodeAsync(User, id, audit: false, cancellationToken: cancellationToken);
    }
}
