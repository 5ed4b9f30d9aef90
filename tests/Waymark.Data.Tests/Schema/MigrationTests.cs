using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Waymark.Domain.Staff;
using Waymark.Testing;

namespace Waymark.Data.Tests.Schema;

/// <summary>Each provider's own migrations build its whole schema from nothing, and match the model exactly.</summary>
public sealed class MigrationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task All_migrations_apply_to_an_empty_database_and_leave_no_model_changes_pending(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();

        await using var db = database.CreateContext();
        var ct = TestContext.Current.CancellationToken;
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(ct));
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(ct));
        Assert.False(db.Database.HasPendingModelChanges(), $"The model has changes with no {provider} migration: run scripts/add-migration");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Each_provider_uses_its_own_migrations_assembly(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();

        var migrations = db.Database.GetMigrations().ToList();
        Assert.NotEmpty(migrations);
        Assert.Equal(database.Settings.MigrationsAssembly, Microsoft.EntityFrameworkCore.Infrastructure.AccessorExtensions.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrationsAssembly>(db).Assembly.GetName().Name);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Migrating_seeds_every_staff_role(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        await using var db = database.CreateContext();

        var roles = await db.Roles.Select(r => r.Name).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(StaffRoles.All.Select(StaffRoles.Name).Order(), roles.Order());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Migrating_twice_changes_nothing_the_second_time(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        await using var db = database.CreateContext();

        var outcome = await new DatabaseMigrator(db, database.Settings, TimeProvider.System, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(cancellationToken: TestContext.Current.CancellationToken);
        Assert.Empty(outcome.Applied);
        Assert.Null(outcome.BackupPath);
    }

    [Fact]
    public async Task An_existing_SQLite_file_is_backed_up_before_migrations_run()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        // A database that already holds something, as an older Waymark would have left it.
        await using (var connection = new SqliteConnection(database.Settings.ConnectionString))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE keep_me (id INTEGER); INSERT INTO keep_me VALUES (42);";
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        await using var db = database.CreateContext();
        var clock = new FakeClock();
        var outcome = await new DatabaseMigrator(db, database.Settings, clock, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotEmpty(outcome.Applied);
        Assert.NotNull(outcome.BackupPath);
        Assert.EndsWith(".20261102T093000Z.bak", outcome.BackupPath, StringComparison.Ordinal);
        await using var backup = new SqliteConnection($"Data Source={outcome.BackupPath};Mode=ReadOnly;Pooling=False");
        await backup.OpenAsync(TestContext.Current.CancellationToken);
        await using var read = backup.CreateCommand();
        read.CommandText = "SELECT id FROM keep_me";
        Assert.Equal(42L, await read.ExecuteScalarAsync(TestContext.Current.CancellationToken));
        File.Delete(outcome.BackupPath);
    }

    [Fact]
    public async Task SQLite_runs_in_WAL_mode_with_a_busy_timeout()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await database.MigrateAsync();
        await using var db = database.CreateContext();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);

        Assert.Equal("wal", await Scalar(connection, "PRAGMA journal_mode"));
        Assert.Equal(5000L, await Scalar(connection, "PRAGMA busy_timeout"));
    }

    private static async Task<object?> Scalar(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }
}
