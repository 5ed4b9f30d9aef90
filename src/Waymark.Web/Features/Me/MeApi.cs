using System.Security.Claims;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Features.Me;

/// <summary>/api/me: who the caller is, as Waymark sees them. Useful to check an API key or a session works.</summary>
public static class MeApi
{
    public static IEndpointRouteBuilder MapMeApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me", (ClaimsPrincipal user) => user.IsApiClient()
                ? new Caller("ApiClient", user.ApiClientIdOf(), user.OrganisationIdOf(), null, [])
                : new Caller("User", user.UserId(), user.OrganisationIdOf(), user.TeamIdOf(),
                    [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value).Order()]))
            .WithTags("Me")
            .RequireAuthorization(Policies.StaffOrApiClient);
        return app;
    }

    public sealed record Caller(string Kind, Guid? Id, Guid? OrganisationId, Guid? TeamId, IReadOnlyList<string> Roles);
}
