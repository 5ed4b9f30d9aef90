using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Waymark.Data;
using Waymark.Data.Seeding;

namespace Waymark.Cli.Commands;

/// <summary>`waymark db migrate | backup | seed`: looking after the configured database.</summary>
internal static class DbCommands
{
    public static Command Create(CliContext cli) => new("db", "Look after the database: apply migrations, back it up, add demo data")
    {
        Migrate(cli),
        Backup(cli),
        Seed(cli),
    };

    private static Command Migrate(CliContext cli)
    {
        var command = new Command("migrate", "Apply the database migrations Waymark needs (a SQLite database is backed up first)");
        command.SetAction((_, cancellationToken) => cli.RunAsync(async (services, ct) =>
        {
            await MigrateAsync(cli, services, ct);
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    private static Command Backup(CliContext cli)
    {
        var output = new Option<string?>("--output")
        {
            Description = "File to write. SQLite default: data/backups/waymark-<timestamp>.db; PostgreSQL: the file named in the pg_dump command",
        };
        var command = new Command("backup", "Back up the database: a SQLite copy taken while Waymark runs, or the pg_dump command for PostgreSQL")
        {
            output,
        };
        command.SetAction((parse, cancellationToken) => cli.RunAsync(async (services, ct) =>
        {
            var migrator = services.GetRequiredService<DatabaseMigrator>();
            var stamp = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
            if (migrator.Provider == DatabaseProvider.PostgreSql)
            {
                cli.Out.MarkupLine("PostgreSQL is backed up with pg_dump. Run this, with the database password in PGPASSWORD:");
                cli.Out.WriteLine(migrator.PgDumpCommand(parse.GetValue(output) ?? $"waymark-{stamp}.dump"));
                return ExitCodes.Ok;
            }

            var source = migrator.SqliteFile();
            if (source is null || !File.Exists(source))
            {
                throw new CliException($"There is no SQLite database at {source ?? "(in memory)"} to back up. Check ConnectionStrings__Waymark, or run `waymark db migrate` to create it.");
            }

            var target = Path.GetFullPath(parse.GetValue(output) ?? Path.Combine("data", "backups", $"waymark-{stamp}.db"));
            if (File.Exists(target))
            {
                throw new CliException($"{target} already exists. Choose another file with --output.");
            }

            await cli.Out.Status().StartAsync("Backing up", _ => migrator.BackupSqliteAsync(target, ct));
            var size = new FileInfo(target).Length / 1024.0;
            cli.Out.MarkupLine($"[green]Backed up {Markup.Escape(source)} to {Markup.Escape(target)}[/] ({size:N0} KB).");
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    private static Command Seed(CliContext cli)
    {
        var command = new Command("seed", "Add the demo service (organisations, teams, staff and demo accounts) to an empty database");
        command.SetAction((_, cancellationToken) => cli.RunAsync(async (services, ct) =>
        {
            var migrator = services.GetRequiredService<DatabaseMigrator>();
            if ((await migrator.PendingMigrationsAsync(ct)).Count > 0)
            {
                throw new CliException("The database needs migrating first. Run `waymark db migrate`, then `waymark db seed`.");
            }

            var seeded = await cli.Out.Status().StartAsync("Adding the demo service", _ =>
                services.GetRequiredService<DemoDataSeeder>().SeedAsync(cancellationToken: ct));
            if (seeded is null)
            {
                throw new CliException("The database already has organisations, so no demo data was added. Demo data only goes into an empty database.");
            }

            cli.Out.MarkupLine($"[green]{Markup.Escape(Summary(seeded))}[/]");
            var table = new Table().Border(TableBorder.Rounded).AddColumns("Role", "Demo account");
            foreach (var account in DemoAccounts.All)
            {
                table.AddRow(Markup.Escape(Domain.Staff.StaffRoles.DisplayName(account.Role)), Markup.Escape(account.Email));
            }

            cli.Out.Write(table);
            cli.Out.MarkupLine("Run [bold]waymark demo[/] to start Waymark and see the demo accounts' password.");
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    /// <summary>Applies pending migrations, showing each step, and says what was done and where any backup went.</summary>
    public static async Task<MigrationOutcome> MigrateAsync(CliContext cli, IServiceProvider services, CancellationToken cancellationToken)
    {
        var migrator = services.GetRequiredService<DatabaseMigrator>();
        var where = CliContext.Describe(services.GetRequiredService<DatabaseSettings>());
        var outcome = await cli.Out.Status().StartAsync($"Checking {Markup.Escape(where)}", async status =>
        {
            // In a terminal each step replaces the last under a spinner; in a log each is a line of its own.
            var progress = new StepReporter(step => status.Status(Markup.Escape(step)));
            return await migrator.MigrateAsync(progress, cancellationToken);
        });

        if (outcome.Applied.Count == 0)
        {
            cli.Out.MarkupLine($"[green]{Markup.Escape(Capitalise(where))} is up to date.[/] There were no migrations to apply.");
            return outcome;
        }

        cli.Out.MarkupLine($"[green]Applied {outcome.Applied.Count} migration{(outcome.Applied.Count == 1 ? string.Empty : "s")} to {Markup.Escape(where)}:[/]");
        foreach (var migration in outcome.Applied)
        {
            cli.Out.MarkupLine($"  {Markup.Escape(migration)}");
        }

        if (outcome.BackupPath is { } backup)
        {
            cli.Out.MarkupLine($"The database was backed up first to {Markup.Escape(backup)}.");
        }
        else if (migrator.Provider == DatabaseProvider.Sqlite)
        {
            cli.Out.MarkupLine("The database was new, so there was nothing to back up.");
        }

        return outcome;
    }

    public static string Summary(DemoData data) =>
        $"Added the demo service: {data.Provider.Name} with {data.Teams.Count} teams, {data.Practices.Count} GP practices, " +
        $"{data.Partners.Count} partner organisations, 1 commissioner and {data.Users.Count} staff.";

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Reports each step straight away, in order (<see cref="Progress{T}"/> would post to the thread pool).</summary>
    private sealed class StepReporter(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
