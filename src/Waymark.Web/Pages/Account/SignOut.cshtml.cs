using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Data;
using Waymark.Data.Identity;
using Waymark.Domain.Audit;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Pages.Account;

/// <summary>Signing out is a POST (a link cannot sign someone out); the GET shows the confirmation.</summary>
[AllowAnonymous]
public sealed class SignOutModel(SignInManager<StaffUser> signIn, AuditTrail audit) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (User.UserId() is { } userId)
        {
            await audit.RecordAsync(AuditAction.SignOut, "User", userId.ToString(), AuditActor.User(userId), cancellationToken);
        }

        await signIn.SignOutAsync();
        return RedirectToPage();
    }
}
