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

/// <summary>Changes a team's programme: its name, eligibility rules, contact defaults, lost-contact rule and reviews.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class EditModel(TeamQueries teams, ProgrammeQueries programmes, SaveProgramme save, QuestionnaireCatalogue catalogue) : PageModel
{
    [BindProperty]
    public ProgrammeForm Input { get; set; } = new();

    public TeamDetail Team { get; private set; } = default!;

    /// <summary>The active questionnaires a programme can ask, by title.</summary>
    public IReadOnlyList<(string Url, string Title)> Questionnaires { get; private set; } = [];

    public ProgrammeView Programme { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid teamId, Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(teamId, id, cancellationToken))
        {
            return NotFound();
        }

        Input = ProgrammeForm.From(Programme);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid teamId, Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(teamId, id, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid || Input.ToInput(ModelState) is not { } input)
        {
            return Page();
        }

        try
        {
            var programme = await save.ChangeAsync(teamId, id, input, cancellationToken);
            TempData.SetSuccess($"Programme updated: {programme.Name}");
            return Redirect($"/admin/teams/{teamId}/programmes");
        }
        catch (DomainException error)
        {
            ModelState.AddDomainError(error, nameof(Input), Input);
            return Page();
        }
    }

    private async Task<bool> LoadAsync(Guid teamId, Guid id, CancellationToken cancellationToken)
    {
        if (await teams.FindAsync(teamId, cancellationToken) is not { } team
            || await programmes.FindAsync(teamId, id, cancellationToken) is not { } programme)
        {
            return false;
        }

        (Team, Programme) = (team, programme);
        Questionnaires = [.. (await catalogue.ActiveAsync(cancellationToken)).Select(q => (q.Url, q.Title)).Distinct()];
        return true;
    }
}
