using Microsoft.AspNetCore.Authorization;
using Waymark.Domain.Staff;

namespace Waymark.Web.Infrastructure.Auth;

public static class AuthorizationSetup
{
    public static IServiceCollection AddWaymarkAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            // Anything that forgets to name a policy still needs a signed-in user; the endpoint-policy test then
            // fails the build so the omission is fixed rather than relied on.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.SignedIn, p => p.RequireAuthenticatedUser().RequireAssertion(c => c.User.IsStaff()))
            .AddPolicy(Policies.StaffOrApiClient, p => p.RequireAuthenticatedUser())
            .AddPolicy(Policies.ApiClient, p => p.RequireClaim(WaymarkClaims.ApiClientId));

        services.Configure<AuthorizationOptions>(options =>
        {
            foreach (var (name, roles) in Policies.RolePolicies)
            {
                options.AddPolicy(name, p => p.RequireAuthenticatedUser().RequireRole(roles.Select(StaffRoles.Name)));
            }
        });

        services.AddHttpContextAccessor();
        services.AddScoped<Data.Interceptors.IAuditActorAccessor, HttpAuditActorAccessor>();
        return services;
    }
}
