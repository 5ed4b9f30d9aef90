using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Common;
using Waymark.Domain.Organisations;
using Waymark.Web.Features.Teams;
using Waymark.Web.Features.Users;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Admin.Users;

/// <summary>Changes a user's name, team, roles and capacity. Email and organisation identify the account and stay.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class EditModel(UserQueries users, TeamQueries teams, ChangeUser change) : PageModel
{
    [BindProperty]
    public UserForm Input { get; set; } = new();

    public UserSummary Person { get; private set; } = default!;

    public IReadOnlyList<Option> Teams { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = new UserForm
        {
            DisplayName = Person.DisplayName,
            TeamId = Person.TeamId,
            Roles = [.. Person.Roles],
            CaseloadCapacity = Person.CaseloadCapacity?.ToString("0.##", CultureInfo.InvariantCulture) ?? Input.CaseloadCapacity,
            Languages = string.Join(", ", Person.Languages ?? []),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!Input.TryReadCapacity(out var capacity))
        {
            ModelState.AddModelError("Input.CaseloadCapacity", UserForm.CapacityError);
            return Page();
        }

        try
        {
            await change.ExecuteAsync(id, Input.ToInput(capacity) with { Email = null, OrganisationId = null, Password = null }, cancellationToken);
            TempData.SetSuccess($"Changes saved for {Input.DisplayName?.Trim()}");
            return Redirect($"{IndexModel.Path}/{id}");
        }
        catch (DomainException error)
        {
            ModelState.AddDomainError(error, nameof(Input), Input);
            return Page();
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await users.FindAsync(id, cancellationToken) is not { } person)
        {
            return false;
        }

        Person = person;
        Teams = person.OrganisationKind == OrganisationKind.Provider
            ? await UserForm.TeamOptionsAsync(teams, person.OrganisationId, cancellationToken)
            : [];
        return true;
    }
}
