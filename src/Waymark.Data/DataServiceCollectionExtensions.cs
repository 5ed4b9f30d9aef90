using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Waymark.Data.Interceptors;

namespace Waymark.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers the database chosen by configuration, with auditing, the directory version, the migrator and the audit trail.</summary>
    public static IServiceCollection AddWaymarkData(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = DatabaseSettings.From(configuration);
        services.AddSingleton(settings);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<IAuditActorAccessor>(_ => new SystemAuditActorAccessor());
        services.AddScoped<AuditSaveChangesInterceptor>();
        services.TryAddSingleton<DirectoryVersion>();
        services.AddScoped<DirectoryChangeInterceptor>();
        services.AddDbContext<AppDbContext>((provider, options) =>
        {
            UseDatabase(options, settings);
            options.AddInterceptors(
                provider.GetRequiredService<AuditSaveChangesInterceptor>(), provider.GetRequiredService<DirectoryChangeInterceptor>());
        });
        services.AddScoped<DatabaseMigrator>();
        services.AddScoped<AuditTrail>();
        return services;
    }

    /// <summary>Points EF Core at the configured provider and its own migrations assembly.</summary>
    public static DbContextOptionsBuilder UseDatabase(DbContextOptionsBuilder options, DatabaseSettings settings)
    {
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(
                    SqliteConnectionSetup.EnsureFolder(settings.ConnectionString),
                    sqlite => sqlite.MigrationsAssembly(settings.MigrationsAssembly));
                options.AddInterceptors(new SqliteConnectionSetup());
                break;
            case DatabaseProvider.PostgreSql:
                options.UseNpgsql(settings.ConnectionString, npgsql => npgsql.MigrationsAssembly(settings.MigrationsAssembly));
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {settings.Provider}.");
        }

        return options.AddInterceptors(ServiceAttributeCopiesInterceptor.Instance);
    }
}
