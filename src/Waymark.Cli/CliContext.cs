using System.Globalization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Console;
using Npgsql;
using Spectre.Console;
using Waymark.Data;
using Waymark.Data.Interceptors;
using Waymark.Data.Seeding;
using Waymark.Domain.Common;
using Waymark.Web.Infrastructure;
using Waymark.Web.Infrastructure.Problems;

namespace Waymark.Cli;

/// <summary>What every command shares: where output goes, the configuration, and the app's services.</summary>
internal sealed class CliContext(IAnsiConsole output, IAnsiConsole errors, IReadOnlyDictionary<string, string?> configuration)
{
    public IAnsiConsole Out => output;

    /// <summary>
    /// Arguments for <see cref="WaymarkApp.Create"/>: the configuration given to the CLI as command-line settings
    /// (which take precedence over appsettings.json and environment variables), then <paramref name="extra"/>.
    /// </summary>
    public string[] HostArgs(params string[] extra) =>
        [.. configuration.Where(s => s.Value is not null).Select(s => $"--{s.Key}={s.Value}"), .. extra];

    /// <summary>
    /// Runs a command's work in a service scope of the web app, built but not started. Building the real app
    /// (rather than a slimmer host) guarantees the CLI reads the same configuration and registers the same use cases
    /// as the server, so `users add` here and on the admin pages cannot drift apart. Building costs well under a
    /// second and starts nothing: no Kestrel, no hosted services.
    /// </summary>
    public async Task<int> RunAsync(Func<IServiceProvider, CancellationToken, Task<int>> work, CancellationToken cancellationToken)
    {
        try
        {
            await using var app = WaymarkApp.Create(HostArgs(), AppContext.BaseDirectory, services =>
            {
                // Outside a request the web app's accessor says "web"; what the CLI writes is audited as "cli".
                services.RemoveAll<IAuditActorAccessor>();
                services.AddScoped<IAuditActorAccessor>(_ => new SystemAuditActorAccessor("cli"));
                services.AddDemoData();
                // The CLI reports progress itself; the console logger would only repeat it.
                services.AddLogging(logging => logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning));
            });
            await using var scope = app.Services.CreateAsyncScope();
            return await work(scope.ServiceProvider, cancellationToken);
        }
        catch (Exception ex)
        {
            return Fail(ex);
        }
    }

    /// <summary>Says what went wrong without a stack trace, and picks the exit code.</summary>
    public int Fail(Exception exception)
    {
        switch (exception)
        {
            case CliException or DomainException or NotFoundException:
                errors.MarkupLine($"[red]{Markup.Escape(exception.Message)}[/]");
                return ExitCodes.UserError;
            case OperationCanceledException:
                errors.MarkupLine("[yellow]Stopped before finishing.[/]");
                return ExitCodes.UserError;
            default:
                errors.MarkupLine($"[red]Something went wrong: {Markup.Escape(Describe(exception))}[/]");
                return ExitCodes.Unexpected;
        }
    }

    /// <summary>Where the data lives, for messages: never the password.</summary>
    public static string Describe(DatabaseSettings settings)
    {
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
            return $"the SQLite database {Path.GetFullPath(file)}";
        }

        var postgres = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        return string.Create(CultureInfo.InvariantCulture, $"the PostgreSQL database {postgres.Database} on {postgres.Host}:{postgres.Port}");
    }

    private static string Describe(Exception exception)
    {
        var messages = new List<string>();
        for (var e = exception; e is not null; e = e.InnerException)
        {
            messages.Add($"{e.GetType().Name}: {e.Message}");
        }

        return string.Join(" → ", messages);
    }
}
