using Spectre.Console;
using Waymark.Cli;
using Waymark.Testing;

namespace Waymark.Web.Tests.Cli;

/// <summary>What a `waymark` command printed and exited with.</summary>
public sealed record CliResult(int ExitCode, string Output)
{
    public override string ToString() => $"exit {ExitCode}:\n{Output}";
}

/// <summary>
/// Runs `waymark` in-process against a test database. The database is given as configuration through
/// <see cref="WaymarkCli.RunAsync(string[], IAnsiConsole, IReadOnlyDictionary{string, string?})"/>, not through
/// environment variables, so these tests share no process-wide state and may run in parallel.
/// </summary>
public static class CliRun
{
    public static async Task<CliResult> RunAsync(TestDatabase database, params string[] args)
    {
        await using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 300;
        var exitCode = await WaymarkCli.RunAsync(args, console, new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider.ToString(),
            ["ConnectionStrings:Waymark"] = database.Settings.ConnectionString,
        });
        return new CliResult(exitCode, writer.ToString());
    }
}
