using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waymark.Web.Features.Caseload;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Homes;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Team;

/// <summary>The senior link worker's view of every caseload in their team, with a link worker column and filter.</summary>
[Authorize(Policy = Policies.SeniorLinkWorker)]
public sealed class CaseloadModel(CaseloadQuery caseload) : CaseloadPage
{
    public const int PageSize = 50;

    public override string Path => "/team/caseload";

    public override bool IsTeam => true;

    public IReadOnlyList<Option> Workers { get; private set; } = [];

    // ?page= is read in the handler with [FromQuery]: "page" is also the Razor Pages route value naming the page.
    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        Result = await caseload.ForTeamAsync(User, Criteria(page, PageSize), cancellationToken);
        var workers = await caseload.TeamWorkersAsync(User, cancellationToken);
        Workers = [.. workers.Select(w => new Option(w.Id.ToString("D", CultureInfo.InvariantCulture), w.DisplayName))];
    }
}
