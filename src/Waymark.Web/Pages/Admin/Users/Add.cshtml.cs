using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Common;
using Waymark.Web.Features.Organisations;
using Waymark.Web.Features.Teams;
using Waymark.Web.Features.Users;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Admin.Users;

/// <summary>
/// Adds a user. When Waymark generates the password it is shown once, in this response only (never stored, never
/// put in a cookie or the address), so the administrator can hand it over.
/// </summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class AddModel(AddUser addUser, OrganisationQueries organisations, TeamQueries teams) : PageModel
{
    [BindProperty]
    public UserForm Input { get; set; } = new();

    public IReadOnlyList<Option> Organisations { get; private set; } = [];

    public IReadOnlyList<Option> Teams { get; private set; } = [];

    /// <summary>Set once the user is added with a generated password, which the page then shows.</summary>
    public AddedUser? Added { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadOptionsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Input.TryReadCapacity(out var capacity))
        {
            ModelState.AddModelError("Input.CaseloadCapacity", UserForm.CapacityError);
            await LoadOptionsAsync(cancellationToken);
            return Page();
        }

        try
        {
            var added = await addUser.ExecuteAsync(Input.ToInput(capacity), cancellationToken);
            if (added.GeneratedPassword is null)
            {
                TempData.SetSuccess($"User added: {Input.DisplayName?.Trim()}");
                return Redirect($"{IndexModel.Path}/{added.Id}");
            }

            Added = added;
            Response.Headers.CacheControl = "no-store";
            return Page();
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
        Organisations = await AdminDisplay.OrganisationOptionsAsync(organisations, cancellationToken);
        Teams = await UserForm.TeamOptionsAsync(teams, providerId: null, cancellationToken);
    }
}
