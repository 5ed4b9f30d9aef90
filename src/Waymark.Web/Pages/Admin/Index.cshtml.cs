using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Pages.Admin;

/// <summary>The administrator's home: organisations, teams, users and API clients.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class IndexModel : PageModel
{
    public static IReadOnlyList<(string Href, string Heading, string Text)> Sections { get; } =
    [
        ("/admin/organisations", "Organisations", "Providers, GP practices, partner organisations and commissioners."),
        ("/admin/teams", "Teams", "Link worker teams and the GP practices each covers."),
        ("/admin/users", "Users", "Who can sign in, their roles, and unlocking or disabling accounts."),
        ("/admin/api-clients", "API clients", "Keys for systems that send referrals to Waymark."),
    ];

    public void OnGet()
    {
    }
}
