using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Waymark.Data.Seeding;

public static class DemoDataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the demo data seeder. Only the CLI's `demo` and `db seed` commands call this: the web app never
    /// registers it, so demo data cannot be seeded as a side effect of starting Waymark.
    /// </summary>
    public static IServiceCollection AddDemoData(this IServiceCollection services)
    {
        services.TryAddScoped<PostcodeCentroidImporter>();
        return services.AddScoped<DemoDataSeeder>();
    }
}
