using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Waymark.Data;
using Waymark.Data.Interceptors;

namespace Waymark.Testing;

/// <summary>
/// A fresh, empty database on one provider, deleted afterwards: a temporary SQLite file, or a uniquely named
/// PostgreSQL database on the test server. Never a mock.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(DatabaseSettings settings, string? postgresName)
    {
        Settings = settings;
        _postgresName = postgresName;
    }

    private readonly string? _postgresName;

    public DatabaseSettings Settings { get; }

    public DatabaseProvider Provider => Settings.Provider;

    /// <summary>Creates an empty database. For PostgreSQL, skips (or fails in CI) when the server cannot be reached.</summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), "waymark-tests", $"{Guid.NewGuid():N}.db");
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            return new TestDatabase(new DatabaseSettings(provider, $"Data Source={file};Pooling=False"), null);
        }

        var server = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresServer);
        var name = $"waymark_test_{Guid.NewGuid():N}"[..32];
        try
        {
            await using var admin = new NpgsqlConnection(server.ConnectionString);
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException ex)
        {
            TestEnvironment.SkipOrFail($"PostgreSQL is not reachable at {server.Host}:{server.Port} ({ex.Message}); run scripts/setup-postgres");
        }

        server.Database = name;
        return new TestDatabase(new DatabaseSettings(provider, server.ConnectionString), name);
    }

    /// <summary>A context on this database, auditing as the given actor (the system by default).</summary>
    public AppDbContext CreateContext(IAuditActorAccessor? actor = null, TimeProvider? clock = null)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DataServiceCollectionExtensions.UseDatabase(options, Settings);
        options.AddInterceptors(new AuditSaveChangesInterceptor(actor ?? new SystemAuditActorAccessor("test"), clock ?? TimeProvider.System));
        return new AppDbContext(options.Options);
    }

    public async Task MigrateAsync()
    {
        await using var db = CreateContext();
        await new DatabaseMigrator(db, Settings, TimeProvider.System, NullLogger<DatabaseMigrator>.Instance).MigrateAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgresName is null)
        {
            SqliteConnection.ClearAllPools();
            var file = new SqliteConnectionStringBuilder(Settings.ConnectionString).DataSource;
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(TestEnvironment.PostgresServer);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
