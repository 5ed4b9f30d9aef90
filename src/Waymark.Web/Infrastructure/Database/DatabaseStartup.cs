using Waymark.Data;
using Waymark.Data.Measures;

namespace Waymark.Web.Infrastructure.Database;

/// <summary>
/// Before the app takes requests: SQLite is migrated (after an online backup of the existing file); PostgreSQL must
/// already be migrated with <c>waymark db migrate</c>, and the app refuses to start if it is not, rather than
/// changing a production schema as a side effect of a restart.
/// </summary>
public sealed partial class DatabaseStartup(IServiceScopeFactory scopes, ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var migrator = scope.ServiceProvider.GetRequiredService<DatabaseMigrator>();
        if (migrator.Provider == DatabaseProvider.Sqlite)
        {
            var outcome = await migrator.MigrateAsync(cancellationToken: cancellationToken);
            if (outcome.BackupPath is not null)
            {
                LogBackedUp(logger, outcome.Applied.Count);
            }

            await EnsureReferenceDataAsync(scope.ServiceProvider, cancellationToken);
            return;
        }

        var pending = await migrator.PendingMigrationsAsync(cancellationToken);
        if (pending.Count > 0)
        {
            throw new InvalidOperationException(
                $"The PostgreSQL database has {pending.Count} pending migrations. Run `waymark db migrate` before starting Waymark.");
        }

        await EnsureReferenceDataAsync(scope.ServiceProvider, cancellationToken);
    }

    /// <summary>
    /// A fresh database gets Waymark's need taxonomy, so services can be listed under needs from the start, and the
    /// built-in questionnaires, so wellbeing can be measured from the first conversation.
    /// </summary>
    private static async Task EnsureReferenceDataAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<AppDbContext>();
        await db.EnsureNeedTaxonomyAsync(cancellationToken);
        await db.EnsureBuiltInQuestionnairesAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Backed up the SQLite database before applying {Count} migrations")]
    private static partial void LogBackedUp(ILogger logger, int count);
}
