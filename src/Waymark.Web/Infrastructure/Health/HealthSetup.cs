using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Waymark.Data;

namespace Waymark.Web.Infrastructure.Health;

public static class HealthSetup
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddWaymarkHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: [ReadyTag]);
        return services;
    }

    /// <summary>
    /// /health/live: the process answers. /health/ready: it can reach its database. Both are anonymous (load
    /// balancers call them) and say nothing but the status.
    /// </summary>
    public static void MapWaymarkHealthChecks(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag) }).AllowAnonymous();
    }
}
