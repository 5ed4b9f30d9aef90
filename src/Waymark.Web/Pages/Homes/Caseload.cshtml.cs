using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waymark.Web.Features.Caseload;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Pages.Homes;

/// <summary>
/// The link worker's home: everyone allocated to them, with the last contact, when the next is due, overdue and
/// no-contact flags, intensity and open goals; sortable and filterable.
/// </summary>
[Authorize(Policy = Policies.LinkWorker)]
public sealed class CaseloadModel(CaseloadQuery caseload) : CaseloadPage
{
    public override string Path => "/caseload";

    public override bool IsTeam => false;

    // ?page= is read in the handler with [FromQuery]: "page" is also the Razor Pages route value naming the page.
    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken) =>
        Result = await caseload.ForWorkerAsync(User, Criteria(page), cancellationToken);
}
