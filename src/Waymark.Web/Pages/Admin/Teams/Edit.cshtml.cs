using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Common;
using Waymark.Web.Features.Organisations;
using Waymark.Web.Features.Teams;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Admin.Teams;

/// <summary>Renames a team, changes the practices it covers or (de)activates it. Its provider is fixed.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class EditModel(TeamQueries teams, OrganisationQueries organisations, UpdateTeam update) : PageModel
{
    [BindProperty]
    public TeamForm Input { get; set; } = new();

    public TeamDetail Team { get; private set; } = default!;

    public IReadOnlyList<Option> Practices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = new TeamForm { Name = Team.Name, PracticeIds = [.. Team.Practices.Select(p => p.Id)], IsActive = Team.IsActive };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        try
        {
            var team = await update.ExecuteAsync(id, Input.ToInput() with { ProviderId = null }, Input.IsActive, cancellationToken);
            TempData.SetSuccess($"Team updated: {team.Name}");
            return Redirect(IndexModel.Path);
        }
        catch (DomainException error)
        {
            ModelState.AddDomainError(error, nameof(Input), Input);
            return Page();
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await teams.FindAsync(id, cancellationToken) is not { } team)
        {
            return false;
        }

        Team = team;
        Practices = await TeamForm.PracticeOptionsAsync(organisations, team.Practices, cancellationToken);
        return true;
    }
}
