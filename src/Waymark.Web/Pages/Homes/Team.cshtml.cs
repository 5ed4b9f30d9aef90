using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Web.Features.Allocation;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Pages.Homes;

/// <summary>The senior link worker's home: what is waiting for triage, the waiting list and the team's caseload, with links.</summary>
[Authorize(Policy = Policies.SeniorLinkWorker)]
public sealed class TeamModel(TeamOverviews overviews) : PageModel
{
    public TeamOverview Overview { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Overview = await overviews.ForMyTeamAsync(User, cancellationToken);
}
