using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Web.Features.Allocation;
using Waymark.Web.Features.Common;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Infrastructure.Problems;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Team.WaitingList;

/// <summary>The senior link worker's team's waiting list: priority first, then days waiting, always shown.</summary>
[Authorize(Policy = Policies.SeniorLinkWorker)]
public sealed class IndexModel(WaitingListQuery query) : PageModel
{
    public Paged<WaitingListItem> Results { get; private set; } = default!;

    public Pager Pager => new(Results.Page, Results.TotalPages, n => $"/team/waiting-list?page={n}");

    // ?page= is read in the handler with [FromQuery]: "page" is also the Razor Pages route value naming the page.
    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        var teamId = User.TeamIdOf() ?? throw new NotFoundException("team", Guid.Empty);
        Results = await query.ListAsync(User, teamId, page, null, cancellationToken);
    }
}
