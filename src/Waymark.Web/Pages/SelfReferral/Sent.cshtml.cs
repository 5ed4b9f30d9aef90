using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Waymark.Web.Pages.SelfReferral;

/// <summary>What happens next after a self-referral. Shows no data, so it is the same for everyone who gets here.</summary>
[AllowAnonymous]
public sealed class SentModel : PageModel
{
    public const string Path = "/refer-yourself/sent";

    public void OnGet()
    {
    }
}
