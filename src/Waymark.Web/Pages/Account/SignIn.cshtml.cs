using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Data;
using Waymark.Data.Identity;
using Waymark.Domain.Audit;

namespace Waymark.Web.Pages.Account;

/// <summary>
/// Sign-in. After 5 wrong passwords the account locks for 15 minutes. Messages never say whether an email address
/// has an account. Successful and failed attempts on real accounts are audited by user id.
/// </summary>
[AllowAnonymous]
public sealed class SignInModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, AuditTrail audit, TimeProvider clock) : PageModel
{
    private const string WrongDetails = "Enter a correct email address and password";

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool LockedOut { get; private set; }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect(SafeReturnUrl()) : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            ModelState.AddModelError(nameof(Email), "Enter your email address");
        }

        if (string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Password), "Enter your password");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Email!.Trim());
        if (user is null)
        {
            ModelState.AddModelError(nameof(Email), WrongDetails);
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            user.LastSignedInAt = clock.GetUtcNow();
            await users.UpdateAsync(user);
            await audit.RecordAsync(AuditAction.SignIn, "User", user.Id.ToString(), AuditActor.User(user.Id), cancellationToken);
            return LocalRedirect(SafeReturnUrl());
        }

        await audit.RecordAsync(AuditAction.SignInFailed, "User", user.Id.ToString(), AuditActor.User(user.Id), cancellationToken);
        if (result.IsLockedOut)
        {
            LockedOut = true;
            ModelState.AddModelError(string.Empty, "This account is locked. Try again in 15 minutes");
        }
        else if (result.IsNotAllowed && await users.CheckPasswordAsync(user, Password!))
        {
            // Identity refuses a disabled account before it checks the password; saying "disabled" only to someone
            // who knows the password keeps the page from telling strangers which addresses have accounts.
            ModelState.AddModelError(nameof(Email), "This account has been disabled. Ask your administrator if you need access");
        }
        else
        {
            ModelState.AddModelError(nameof(Email), WrongDetails);
        }

        return Page();
    }

    private string SafeReturnUrl() =>
        !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) && !ReturnUrl.StartsWith("/account/sign", StringComparison.OrdinalIgnoreCase)
            ? ReturnUrl
            : "/"; // the front door sends each person to their role's home page
}
