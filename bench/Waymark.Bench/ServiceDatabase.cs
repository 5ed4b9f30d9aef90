using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Waymark.Data;
using Waymark.Domain.Organisations;

namespace Waymark.Bench;

/// <summary>
/// The large generated service (<see cref="ServiceGenerator"/>) on SQLite or PostgreSQL, generated once and then
/// reused: SQLite in bench/data/ (git-ignored), PostgreSQL as its own database on the test server
/// (WAYMARK_BENCH_POSTGRES, default 127.0.0.1:55432 postgres/postgres). A database counts as ready only when its
/// generation finished (a marker row written in the same transaction as the data).
/// </summary>
public sealed class ServiceDatabase(DatabaseProvider provider, ServiceSize size)
{
    private const string Name = "waymark_bench_service_v1";

    public static string PostgresServer => Environment.GetEnvironmentVariable("WAYMARK_BENCH_POSTGRES") is { Length: > 0 } server
        ? server
        : "Host=127.0.0.1;Port=55432;Username=postgres;Password=postgres";

    public DatabaseProvider Provider => provider;

    public DatabaseSettings Settings => provider == DatabaseProvider.Sqlite
        ? new(DatabaseProvider.Sqlite, $"Data Source={SqliteFile}")
        : new(DatabaseProvider.PostgreSql, $"{PostgresServer};Database={Name};Maximum Pool Size=20");

    private static string SqliteFile => Path.Combine(RepositoryRoot(), "bench", "data", $"{Name}.db");

    /// <summary>A context for reading: no audit interceptor, nothing tracked unless asked.</summary>
    public AppDbContext CreateContext(Action<string>? sql = null)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DataServiceCollectionExtensions.UseDatabase(options, Settings);
        if (sql is not null)
        {
            options.LogTo(sql, [Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted]);
        }

        return new AppDbContext(options.Options);
    }

    /// <summary>Makes sure the data is there, generating it when it is missing or unfinished.</summary>
    public async Task EnsureAsync(TextWriter log)
    {
        if (await IsCompleteAsync())
        {
            await log.WriteLineAsync($"Reusing the generated {provider} service ({Settings.ConnectionString.Split(';')[0]}).");

            // Migrations added since the data was generated (new indexes, usually) are applied in place, so the
            // benchmarks measure the current schema without generating everything again.
            await using var db = CreateContext();
            if ((await db.Database.GetPendingMigrationsAsync()).Any())
            {
                await log.WriteLineAsync("Applying migrations added since it was generated...");
                await db.Database.MigrateAsync();
                await db.Database.ExecuteSqlRawAsync("ANALYZE");
            }

            return;
        }

        var clock = Stopwatch.StartNew();
        await log.WriteLineAsync($"Generating the {provider} service: {size.People:N0} people, {size.Contacts:N0} contacts, {size.LinkWorkers} link workers...");
        await DropAsync();
        await using (var db = CreateContext())
        {
            await new DatabaseMigrator(db, Settings, TimeProvider.System, NullLogger<DatabaseMigrator>.Instance).MigrateAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            await ServiceGenerator.GenerateAsync(db, size, log);
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }

        await log.WriteLineAsync($"Generated in {clock.Elapsed.TotalSeconds:0}s.");
    }

    private async Task<bool> IsCompleteAsync()
    {
        if (provider == DatabaseProvider.Sqlite ? !File.Exists(SqliteFile) : !await PostgresDatabaseExistsAsync())
        {
            return false;
        }

        try
        {
            await using var db = CreateContext();
            return await db.Organisations.AnyAsync(o => o.Name == ServiceGenerator.CompleteMarker && o.Kind == OrganisationKind.Partner)
                && await db.People.CountAsync() == size.People
                && await db.Contacts.CountAsync() == size.Contacts;
        }
        catch (Exception e) when (e is SqliteException or PostgresException)
        {
            return false;
        }
    }

    private async Task DropAsync()
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            Directory.CreateDirectory(Path.GetDirectoryName(SqliteFile)!);
            foreach (var path in new[] { SqliteFile, SqliteFile + "-wal", SqliteFile + "-shm" })
            {
                File.Delete(path);
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(PostgresServer);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task<bool> PostgresDatabaseExistsAsync()
    {
        await using var connection = new NpgsqlConnection(PostgresServer);
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", Name);
        return await exists.ExecuteScalarAsync() is not null;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Waymark.slnx")))
            {
                return folder.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
