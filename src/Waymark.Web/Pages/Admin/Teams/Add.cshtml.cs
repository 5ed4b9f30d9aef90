using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Common;
using Waymark.Domain.Organisations;
using Waymark.Web.Features.Organisations;
using Waymark.Web.Features.Teams;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Admin.Teams;

[Authorize(Policy = Policies.Administrator)]
public sealed class AddModel(OrganisationQueries organisations, CreateTeam create) : PageModel
{
    [BindProperty]
    public TeamForm Input { get; set; } = new();

    public IReadOnlyList<Option> Providers { get; private set; } = [];

    public IReadOnlyList<Option> Practices { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadOptionsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var team = await create.ExecuteAsync(Input.ToInput(), cancellationToken);
            TempData.SetSuccess($"Team added: {team.Name}");
            return Redirect(IndexModel.Path);
        }
        catch (DomainException error)
        {
            ModelState.AddDomainError(error, nameof(Input), Input);
            await LoadOptionsAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadOptionsAsync(CancellationToken cancellationToken)
    {
        var providers = await organisations.OptionsAsync(OrganisationKind.Provider, cancellationToken);
        Providers = [.. providers.Select(p => new Option(p.Id.ToString(), p.Name))];
        Practices = await TeamForm.PracticeOptionsAsync(organisations, [], cancellationToken);
    }
}
