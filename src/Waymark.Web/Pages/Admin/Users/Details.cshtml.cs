using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Staff;
using Waymark.Web.Features.Users;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Admin.Users;

/// <summary>One user's details, with the actions an administrator can take: change, disable, enable or unlock.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class DetailsModel(UserQueries users, EnableUser enable) : PageModel
{
    public UserSummary Person { get; private set; } = default!;

    public bool WorksCaseload => Person.Roles.Any(StaffRoles.NeedsTeam);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await users.FindAsync(id, cancellationToken) is not { } person)
        {
            return NotFound();
        }

        Person = person;
        return Page();
    }

    /// <summary>Enables a disabled account, or unlocks one locked after too many wrong passwords.</summary>
    public async Task<IActionResult> OnPostEnableAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await users.FindAsync(id, cancellationToken) is not { } person)
        {
            return NotFound();
        }

        await enable.ExecuteAsync(id, cancellationToken);
        TempData.SetSuccess(person.IsDisabled
            ? $"Account enabled: {person.DisplayName} can sign in again"
            : $"Account unlocked: {person.DisplayName} can sign in again");
        return Redirect($"{IndexModel.Path}/{id}");
    }
}
