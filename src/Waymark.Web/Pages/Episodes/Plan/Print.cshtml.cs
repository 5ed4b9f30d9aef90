using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Features.Plans;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Pages.Episodes.Plan;

/// <summary>
/// The plan in plain English, to print and give or post to the person; ?size=large for large print. Showing it is a
/// read of the person's record, audited through the episode header.
/// </summary>
[Authorize(Policy = Policies.CaseWorkers)]
public sealed class PrintModel(EpisodeHeaders headers, PlanQueries plans, TeamContacts contacts, TimeProvider clock) : PageModel
{
    public EpisodeHeader Header { get; private set; } = default!;

    public PlanView Plan { get; private set; } = default!;

    public TeamContact Contact { get; private set; } = default!;

    public bool LargePrint { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(Guid id, string? size, CancellationToken cancellationToken)
    {
        Header = await headers.LoadAsync(User, id, cancellationToken);
        Plan = await plans.ForEpisodeAsync(id, cancellationToken);
        Contact = await contacts.ForAsync(Header, cancellationToken);
        LargePrint = string.Equals(size, "large", StringComparison.OrdinalIgnoreCase);
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
    }
}
