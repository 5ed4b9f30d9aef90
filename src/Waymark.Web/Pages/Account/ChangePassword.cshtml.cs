using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Data.Identity;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Account;

/// <summary>
/// Changes your own password. Identity checks the current one and the length rule; the new stamp signs out your
/// other sessions, and this one is signed in again so you stay signed in here.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class ChangePasswordModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn) : PageModel
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Check(string.IsNullOrEmpty(CurrentPassword), nameof(CurrentPassword), "Enter your current password");
        Check(string.IsNullOrEmpty(NewPassword), nameof(NewPassword), "Enter a new password");
        Check(NewPassword is { Length: > 0 and < IdentitySetup.MinimumPasswordLength }, nameof(NewPassword),
            $"Enter a new password with {IdentitySetup.MinimumPasswordLength} characters or more");
        Check(!string.IsNullOrEmpty(NewPassword) && NewPassword != ConfirmPassword, nameof(ConfirmPassword),
            "Enter the same new password twice; the two do not match");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, CurrentPassword!, NewPassword!);
        foreach (var error in result.Errors)
        {
            var (field, message) = error.Code switch
            {
                "PasswordMismatch" => (nameof(CurrentPassword), "Your current password is not right. Enter it again"),
                "PasswordRequiresUniqueChars" => (nameof(NewPassword), "Enter a new password that uses at least 4 different characters"),
                _ => (nameof(NewPassword), error.Description),
            };
            ModelState.AddModelError(field, message);
        }

        if (!result.Succeeded)
        {
            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        TempData.SetSuccess("Your password has been changed. Use the new one next time you sign in.");
        return Redirect("/account");
    }

    private void Check(bool failed, string field, string message)
    {
        if (failed && ModelState.GetFieldValidationState(field) != ModelValidationState.Invalid)
        {
            ModelState.AddModelError(field, message);
        }
    }
}
