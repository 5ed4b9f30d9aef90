using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Web.Features.OnwardReferrals;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Pages.Gaps;

/// <summary>The service gap register for a service manager: their provider's teams.</summary>
[Authorize(Policy = Policies.ServiceManager)]
public sealed class ServiceModel(OnwardReferralQueries queries, TimeProvider clock) : PageModel
{
    public GapReport Report { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Report = await GapReport.LoadAsync(queries, User, clock.GetUtcNow(), cancellationToken);
}
