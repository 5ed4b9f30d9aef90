using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Pages.Episodes;

/// <summary>An episode at a glance: the referral, triage, allocations, discharge and coded events. Audited once per view.</summary>
[Authorize(Policy = Policies.CaseWorkers)]
public sealed class OverviewModel(EpisodeHeaders headers, GetEpisode get) : PageModel
{
    public EpisodeHeader Header { get; private set; } = default!;

    public EpisodeView Episode { get; private set; } = default!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Header = await headers.LoadAsync(User, id, cancellationToken);
        Episode = await get.ExecuteAlreadyAuditedAsync(User, id, cancellationToken);
    }
}
