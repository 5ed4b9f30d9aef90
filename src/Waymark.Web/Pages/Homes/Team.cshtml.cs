using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Pages.Homes;

/// <summary>The home page for the SeniorLinkWorker role. Later capabilities fill it; for now it says what it will hold.</summary>
[Authorize(Policy = Policies.SeniorLinkWorker)]
public sealed class TeamModel : PageModel
{
    public void OnGet()
    {
    }
}
