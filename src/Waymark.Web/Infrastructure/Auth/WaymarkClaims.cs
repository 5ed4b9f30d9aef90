using System.Security.Claims;

namespace Waymark.Web.Infrastructure.Auth;

/// <summary>Claims Waymark adds to a principal, and helpers to read who is acting.</summary>
public static class WaymarkClaims
{
    public const string ApiClientId = "waymark:api_client";
    public const string OrganisationId = "waymark:organisation";
    public const string TeamId = "waymark:team";
    public const string DisplayName = "waymark:name";

    public static bool IsApiClient(this ClaimsPrincipal user) => user.HasClaim(c => c.Type == ApiClientId);

    public static bool IsStaff(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && !user.IsApiClient() && user.FindFirstValue(ClaimTypes.NameIdentifier) is not null;

    public static Guid? UserId(this ClaimsPrincipal user) =>
        !user.IsApiClient() && Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static Guid? ApiClientIdOf(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ApiClientId), out var id) ? id : null;

    public static Guid? OrganisationIdOf(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(OrganisationId), out var id) ? id : null;

    public static Guid? TeamIdOf(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(TeamId), out var id) ? id : null;
}
