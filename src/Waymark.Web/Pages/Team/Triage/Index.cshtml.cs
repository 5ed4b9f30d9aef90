using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Web.Features.Common;
using Waymark.Web.Features.Triage;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Team.Triage;

/// <summary>The team's referrals waiting for triage, oldest first, with urgency and days since received.</summary>
[Authorize(Policy = Policies.SeniorLinkWorker)]
public sealed class IndexModel(TriageQueries queries) : PageModel
{
    public Paged<TriageListItem> Results { get; private set; } = default!;

    public Pager Pager => new(Results.Page, Results.TotalPages, n => $"/team/triage?page={n}");

    // ?page= is read in the handler with [FromQuery]: "page" is also the Razor Pages route value naming the page.
    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken) =>
        Results = await queries.ListAsync(User, page, null, cancellationToken);
}
