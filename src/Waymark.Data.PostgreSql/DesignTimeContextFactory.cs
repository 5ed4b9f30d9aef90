using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Waymark.Data.PostgreSql;

/// <summary>
/// Lets `dotnet ef` build the context for this provider's migrations (see CONTRIBUTING.md). It never connects:
/// adding a migration only needs the model.
/// </summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var settings = new DatabaseSettings(DatabaseProvider.PostgreSql, "Host=localhost;Database=waymark_design;Username=postgres");
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DataServiceCollectionExtensions.UseDatabase(options, settings);
        return new AppDbContext(options.Options);
    }
}
