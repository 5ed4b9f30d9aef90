using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Common;
using Waymark.Web.Features.Measures;
using Waymark.Web.Features.Programmes;
using Waymark.Web.Features.Teams;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Admin.Programmes;

/// <summary>Adds a programme to a team.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class AddModel(TeamQueries teams, SaveProgramme save, QuestionnaireCatalogue catalogue) : PageModel
{
    [BindProperty]
    public ProgrammeForm Input { get; set; } = new();

    public TeamDetail Team { get; private set; } = default!;

    /// <summary>The active questionnaires a programme can ask, by title.</summary>
    public IReadOnlyList<(string Url, string Title)> Questionnaires { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid teamId, CancellationToken cancellationToken)
    {
        Input = ProgrammeForm.ForNewProgramme();
        return await LoadAsync(teamId, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid teamId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(teamId, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid || Input.ToInput(ModelState) is not { } input)
        {
            return Page();
        }

        try
        {
            var programme = await save.AddAsync(teamId, input, cancellationToken);
            TempData.SetSuccess($"Programme added: {programme.Name}");
            return Redirect($"/admin/teams/{teamId}/programmes");
        }
        catch (DomainException error)
        {
            ModelState.AddDomainError(error, nameof(Input), Input);
            return Page();
        }
    }

    private async Task<bool> LoadAsync(Guid teamId, CancellationToken cancellationToken)
    {
        Team = (await teams.FindAsync(teamId, cancellationToken))!;
        Questionnaires = [.. (await catalogue.ActiveAsync(cancellationToken)).Select(q => (q.Url, q.Title)).Distinct()];
        return Team is not null;
    }
}
