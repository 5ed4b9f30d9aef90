using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Web.Features.Teams;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Pages.Admin.Teams;

/// <summary>Every team, active and inactive, grouped by provider.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class IndexModel(TeamQueries queries) : PageModel
{
    public const string Path = "/admin/teams";

    public IReadOnlyList<TeamSummary> Teams { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Teams = await queries.ListAsync(providerId: null, includeInactive: true, cancellationToken);
}
