using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Web.Features.Programmes;
using Waymark.Web.Features.Teams;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Pages.Admin.Programmes;

/// <summary>
/// A team's programmes. Administrators configure them, like teams and practices: programme rules are service
/// configuration agreed with the commissioner, not case work, so service managers ask an administrator.
/// </summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class IndexModel(TeamQueries teams, ProgrammeQueries programmes) : PageModel
{
    public TeamDetail Team { get; private set; } = default!;

    public IReadOnlyList<ProgrammeView> Programmes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid teamId, CancellationToken cancellationToken)
    {
        if (await teams.FindAsync(teamId, cancellationToken) is not { } team)
        {
            return NotFound();
        }

        Team = team;
        Programmes = await programmes.ListAsync(teamId, cancellationToken);
        return Page();
    }

    public static string Ages(int? min, int? max) => (min, max) switch
    {
        ({ } from, { } to) => $"{from} to {to}",
        ({ } from, null) => $"{from} and over",
        (null, { } to) => $"Up to {to}",
        _ => "Any age",
    };
}
