using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Episodes;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Features.Plans;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Pages.Episodes.Plan;

/// <summary>The person's action plan: their goals with steps, who helps, dates and status.</summary>
[Authorize(Policy = Policies.CaseWorkers)]
public sealed class IndexModel(EpisodeHeaders headers, PlanQueries plans, IAuthorizationService authorization) : PageModel
{
    public EpisodeHeader Header { get; private set; } = default!;

    public PlanView Plan { get; private set; } = default!;

    /// <summary>A link worker of the team may change the plan while the person is allocated or active.</summary>
    public bool CanChange { get; private set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Header = await headers.LoadAsync(User, id, cancellationToken);
        Plan = await plans.ForEpisodeAsync(id, cancellationToken);
        CanChange = Header.Status.IsInSupport() && (await authorization.AuthorizeAsync(User, Policies.LinkWorker)).Succeeded;
    }
}
