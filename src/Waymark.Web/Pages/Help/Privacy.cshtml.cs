using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Waymark.Web.Pages.Help;

/// <summary>Public information linked from every page's footer, readable before signing in.</summary>
[AllowAnonymous]
public sealed class PrivacyModel : PageModel
{
    public void OnGet()
    {
    }
}
