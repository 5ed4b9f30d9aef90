using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Waymark.Web.Features.Measures.Asking;

namespace Waymark.Web.Pages.Q;

/// <summary>After answering through a one-time link. Shows no data, so it is the same for everyone who gets here.</summary>
[AllowAnonymous]
[EnableRateLimiting(QuestionnaireLinkRateLimit.Policy)]
public sealed class ThankYouModel : PageModel
{
    public void OnGet()
    {
    }
}
