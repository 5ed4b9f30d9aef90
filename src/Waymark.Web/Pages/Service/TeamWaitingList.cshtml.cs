using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Web.Features.Allocation;
using Waymark.Web.Features.Common;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Service;

/// <summary>
/// A service manager's read-only view of one of their provider's teams' waiting lists: the same list, order and
/// paging as the senior link worker's (<see cref="WaitingListQuery"/>), without allocation, which stays with the
/// team. A team of another provider, or no team, is "not found". Like the team's own list, showing who is waiting is
/// not audited as a read of each person's record; opening a person's record is.
/// </summary>
[Authorize(Policy = Policies.ServiceManager)]
public sealed class TeamWaitingListModel(TeamOverviews overviews, WaitingListQuery query) : PageModel
{
    public TeamOverview Team { get; private set; } = default!;

    public Paged<WaitingListItem> Results { get; private set; } = default!;

    public Pager Pager => new(Results.Page, Results.TotalPages, n => $"/service/teams/{Team.TeamId}/waiting-list?page={n}");

    // ?page= is read in the handler with [FromQuery]: "page" is also the Razor Pages route value naming the page.
    public async Task OnGetAsync(Guid teamId, [FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        Team = await overviews.ForVisibleTeamAsync(User, teamId, cancellationToken);
        Results = await query.ListAsync(User, teamId, page, null, cancellationToken);
    }
}
