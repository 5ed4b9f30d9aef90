using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Waymark.Cli;
using Waymark.Data;
using Waymark.Data.Seeding;
using Waymark.Testing;

namespace Waymark.Web.Tests.Cli;

public sealed class DbCommand
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Migrate_creates_the_schema_in_an_empty_SQLite_file()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var result = await CliRun.RunAsync(database, "db", "migrate");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("InitialCreate", result.Output, StringComparison.Ordinal);
        Assert.Contains("nothing to back up", result.Output, StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
        Assert.Equal(7, await db.Roles.CountAsync(Ct));

        var again = await CliRun.RunAsync(database, "db", "migrate");
        Assert.True(again.ExitCode == ExitCodes.Ok, again.ToString());
        Assert.Contains("is up to date", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_writes_a_readable_copy_of_a_SQLite_database()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await database.MigrateAsync();
        Assert.Equal(ExitCodes.Ok, (await CliRun.RunAsync(database, "db", "seed")).ExitCode);
        var backup = Path.Combine(Path.GetTempPath(), "waymark-tests", $"backup-{Guid.NewGuid():N}.db");
        try
        {
            var result = await CliRun.RunAsync(database, "db", "backup", "--output", backup);

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            Assert.Contains(backup, result.Output, StringComparison.Ordinal);
            var options = new DbContextOptionsBuilder<AppDbContext>();
            DataServiceCollectionExtensions.UseDatabase(options, new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={backup};Pooling=False"));
            await using var copy = new AppDbContext(options.Options);
            Assert.Equal(42, await copy.Organisations.CountAsync(Ct));
            Assert.Equal(22, await copy.Users.CountAsync(Ct));

            var overwrite = await CliRun.RunAsync(database, "db", "backup", "--output", backup);
            Assert.Equal(ExitCodes.UserError, overwrite.ExitCode);
            Assert.Contains("already exists", overwrite.Output, StringComparison.Ordinal);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(backup);
        }
    }

    [Fact]
    public async Task Backup_of_PostgreSQL_prints_the_pg_dump_command_without_the_password()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);

        var result = await CliRun.RunAsync(database, "db", "backup", "--output", "nightly.dump");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("pg_dump", result.Output, StringComparison.Ordinal);
        Assert.Contains("--file nightly.dump", result.Output, StringComparison.Ordinal);
        Assert.Contains("PGPASSWORD=... pg_dump", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Password=postgres", result.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Seed_fills_an_empty_database_once_and_does_not_print_the_demo_password()
    {
        await using var database = await TestDatabase.CreateAsync(TestEnvironment.WebProvider);
        await database.MigrateAsync();

        var result = await CliRun.RunAsync(database, "db", "seed");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("Added the demo service", result.Output, StringComparison.Ordinal);
        Assert.Contains("admin@demo.waymark.example", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoAccounts.Password, result.Output, StringComparison.Ordinal);

        var again = await CliRun.RunAsync(database, "db", "seed");
        Assert.Equal(ExitCodes.UserError, again.ExitCode);
        Assert.Contains("already has organisations", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_asks_for_migrations_first_on_a_new_database()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var result = await CliRun.RunAsync(database, "db", "seed");

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains("Run `waymark db migrate`", result.Output, StringComparison.Ordinal);
    }
}
