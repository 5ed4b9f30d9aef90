using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Episodes;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Features.OnwardReferrals;
using Waymark.Web.Features.Plans;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Pages.Episodes.Plan;

/// <summary>The person's action plan: their goals with steps, who helps, dates and status.</summary>
[Authorize(Policy = Policies.CaseWorkers)]
public sealed class IndexModel(EpisodeHeaders headers, PlanQueries plans, OnwardReferralQueries onwardReferrals, IAuthorizationService authorization) : PageModel
{
    public EpisodeHeader Header { get; private set; } = default!;

    public PlanView Plan { get; private set; } = default!;

    /// <summary>Each goal's onward referrals, oldest first.</summary>
    public ILookup<Guid, OnwardReferralView> Referrals { get; private set; } = Enumerable.Empty<OnwardReferralView>().ToLookup(r => r.GoalId);

    public int ResponseWorkingDays => onwardReferrals.ResponseWorkingDays;

    /// <summary>A link worker of the team may change the plan while the person is allocated or active.</summary>
    public bool CanChange { get; private set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Header = await headers.LoadAsync(User, id, cancellationToken);
        Plan = await plans.ForEpisodeAsync(id, cancellationToken);
        Referrals = (await onwardReferrals.ListForEpisodeAsync(id, cancellationToken)).ToLookup(r => r.GoalId);
        CanChange = Header.Status.IsInSupport() && (await authorization.AuthorizeAsync(User, Policies.LinkWorker)).Succeeded;
    }
}
