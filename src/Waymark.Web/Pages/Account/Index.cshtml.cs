using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Web.Features.Users;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Pages.Account;

/// <summary>"Your account": who Waymark thinks you are, and where to change your password.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel(UserQueries users) : PageModel
{
    public UserSummary Me { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.UserId() is not { } id || await users.FindAsync(id, cancellationToken) is not { } me)
        {
            return NotFound();
        }

        Me = me;
        return Page();
    }
}
