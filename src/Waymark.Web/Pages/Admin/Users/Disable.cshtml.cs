using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Common;
using Waymark.Web.Features.Users;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Admin.Users;

/// <summary>Asks "are you sure?" before disabling an account; the POST disables it.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class DisableModel(UserQueries users, DisableUser disable) : PageModel
{
    public UserSummary Person { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await users.FindAsync(id, cancellationToken) is not { } person)
        {
            return NotFound();
        }

        Person = person;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await users.FindAsync(id, cancellationToken) is not { } person)
        {
            return NotFound();
        }

        Person = person;
        try
        {
            await disable.ExecuteAsync(id, User.UserId(), cancellationToken);
        }
        catch (DomainException error)
        {
            ModelState.AddModelError(string.Empty, error.Message);
            return Page();
        }

        TempData.SetSuccess($"Account disabled: {person.DisplayName} can no longer sign in");
        return Redirect($"{IndexModel.Path}/{id}");
    }
}
