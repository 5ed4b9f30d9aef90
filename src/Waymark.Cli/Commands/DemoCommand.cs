using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Waymark.Data;
using Waymark.Data.Seeding;
using Waymark.Domain.Staff;
using Waymark.Web.Infrastructure;

namespace Waymark.Cli.Commands;

/// <summary>
/// `waymark demo [--urls]`: migrates the database, fills it with the demo service if it is empty, then serves and
/// prints the demo accounts. The only command that prints the demo password.
/// </summary>
internal static class DemoCommand
{
    public const string DefaultUrls = "http://localhost:5080";

    public static Command Create(CliContext cli)
    {
        var urls = ServeCommand.UrlsOption(DefaultUrls);
        var command = new Command("demo", "Try Waymark: set up a demo service with sign-in accounts for every role, then run the web app")
        {
            urls,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            IReadOnlyList<DemoAccount> accounts = [];
            var prepared = await cli.RunAsync(async (services, ct) =>
            {
                accounts = await PrepareAsync(cli, services, ct);
                return ExitCodes.Ok;
            }, cancellationToken);
            if (prepared != ExitCodes.Ok)
            {
                return prepared;
            }

            try
            {
                await using var app = WaymarkApp.Create(cli.HostArgs(ServeCommand.UrlArgs(parse.GetValue(urls) ?? DefaultUrls)), AppContext.BaseDirectory);
                // Kestrel has bound its addresses by ApplicationStarted, so app.Urls holds the real ones (port 0 resolved).
                app.Lifetime.ApplicationStarted.Register(() => PrintWelcome(cli.Out, app.Urls, accounts));
                await app.RunAsync(cancellationToken);
                return ExitCodes.Ok;
            }
            catch (Exception ex)
            {
                return cli.Fail(ex);
            }
        });
        return command;
    }

    /// <summary>Migrates, seeds an empty database, and returns the demo accounts that can sign in.</summary>
    private static async Task<IReadOnlyList<DemoAccount>> PrepareAsync(CliContext cli, IServiceProvider services, CancellationToken cancellationToken)
    {
        await DbCommands.MigrateAsync(cli, services, cancellationToken);
        var seeded = await cli.Out.Status().StartAsync("Setting up the demo service", _ =>
            services.GetRequiredService<DemoDataSeeder>().SeedAsync(cancellationToken: cancellationToken));
        if (seeded is not null)
        {
            cli.Out.MarkupLine(Markup.Escape(DbCommands.Summary(seeded)));
        }

        var emails = DemoAccounts.All.Select(a => a.Email).ToList();
        var db = services.GetRequiredService<AppDbContext>();
        var present = await db.Users.Where(u => emails.Contains(u.Email!) && !u.IsDisabled).Select(u => u.Email).ToListAsync(cancellationToken);
        if (seeded is null)
        {
            cli.Out.MarkupLine(present.Count > 0
                ? "The database already has data, so nothing was added."
                : "[yellow]The database already has data that is not the demo service, so no demo accounts were added.[/]");
        }

        return [.. DemoAccounts.All.Where(a => present.Contains(a.Email))];
    }

    private static void PrintWelcome(IAnsiConsole console, ICollection<string> urls, IReadOnlyList<DemoAccount> accounts)
    {
        var where = Markup.Escape(string.Join(" and ", urls));
        console.WriteLine();
        if (accounts.Count == 0)
        {
            console.MarkupLine($"[bold green]Waymark is running at {where}[/]");
            return;
        }

        console.MarkupLine($"[bold green]Waymark is running at {where} — sign in with one of these accounts[/]");
        var table = new Table().Border(TableBorder.Rounded).AddColumns("Role", "Email", "Password");
        foreach (var account in accounts)
        {
            table.AddRow(Markup.Escape(StaffRoles.DisplayName(account.Role)), Markup.Escape(account.Email), Markup.Escape(account.Password));
        }

        console.Write(table);
        console.MarkupLine("[grey]These accounts are public: never put real people's details into a demo database. Press Ctrl+C to stop.[/]");
    }
}
