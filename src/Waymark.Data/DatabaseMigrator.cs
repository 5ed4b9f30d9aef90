using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Waymark.Data;

/// <summary>
/// Applies migrations and takes backups. SQLite is migrated at start-up, after an online backup of the existing
/// file; PostgreSQL is migrated on purpose with <c>waymark db migrate</c> (its backups belong to pg_dump).
/// </summary>
public sealed partial class DatabaseMigrator(AppDbContext db, DatabaseSettings settings, TimeProvider clock, ILogger<DatabaseMigrator> logger)
{
    public DatabaseProvider Provider => settings.Provider;

    public async Task<IReadOnlyList<string>> PendingMigrationsAsync(CancellationToken cancellationToken = default) =>
        [.. await db.Database.GetPendingMigrationsAsync(cancellationToken)];

    /// <summary>Applies pending migrations. Returns the migrations applied and where the backup went, if one was taken.</summary>
    public async Task<MigrationOutcome> MigrateAsync(IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var pending = await PendingMigrationsAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return new MigrationOutcome([], null);
        }

        string? backup = null;
        if (settings.Provider == DatabaseProvider.Sqlite && SqliteFileHasData())
        {
            backup = BackupPathFor(SqliteFile()!, clock.GetUtcNow());
            progress?.Report($"Backing up the database to {backup}");
            await BackupSqliteAsync(backup, cancellationToken);
        }

        foreach (var migration in pending)
        {
            progress?.Report($"Applying {migration}");
        }

        await db.Database.MigrateAsync(cancellationToken);
        LogMigrated(logger, pending.Count, settings.Provider);
        return new MigrationOutcome(pending, backup);
    }

    /// <summary>Copies a live SQLite database to a file with SQLite's online backup API (safe while in use).</summary>
    public async Task BackupSqliteAsync(string targetPath, CancellationToken cancellationToken = default)
    {
        if (settings.Provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException("Online backup is for SQLite; use pg_dump for PostgreSQL.");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(targetPath));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await using var source = new SqliteConnection(settings.ConnectionString);
        await source.OpenAsync(cancellationToken);
        await using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = targetPath, Pooling = false }.ToString());
        await target.OpenAsync(cancellationToken);
        source.BackupDatabase(target);
    }

    /// <summary>The pg_dump command that backs up the configured PostgreSQL database (the password is not printed).</summary>
    public string PgDumpCommand(string targetPath)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(settings.ConnectionString);
        var port = builder.Port == 5432 ? string.Empty : $" --port {builder.Port}";
        return $"PGPASSWORD=... pg_dump --host {builder.Host}{port} --username {builder.Username} --format custom --file {targetPath} {builder.Database}";
    }

    public static string BackupPathFor(string databaseFile, DateTimeOffset now) =>
        $"{databaseFile}.{now.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}.bak";

    public string? SqliteFile()
    {
        if (settings.Provider != DatabaseProvider.Sqlite)
        {
            return null;
        }

        var source = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
        return string.IsNullOrEmpty(source) || source == ":memory:" ? null : Path.GetFullPath(source);
    }

    private bool SqliteFileHasData() => SqliteFile() is { } file && File.Exists(file) && new FileInfo(file).Length > 0;

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Count} migrations to the {Provider} database")]
    private static partial void LogMigrated(ILogger logger, int count, DatabaseProvider provider);
}

public sealed record MigrationOutcome(IReadOnlyList<string> Applied, string? BackupPath);
