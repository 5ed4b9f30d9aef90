using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Web.Features.Allocation;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Pages.Homes;

/// <summary>
/// The service manager's home: where each of their provider's teams stands (triage, waiting list and its longest
/// wait, caseloads), each linking to that team's waiting list to read (/service/teams/{id}/waiting-list). People are
/// opened from the people search, which is scoped the same way.
/// </summary>
[Authorize(Policy = Policies.ServiceManager)]
public sealed class ServiceModel(TeamOverviews overviews) : PageModel
{
    public IReadOnlyList<TeamOverview> Teams { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Teams = await overviews.ForVisibleTeamsAsync(User, cancellationToken);
}
