using System.CommandLine;
using Spectre.Console;
using Waymark.Cli.Commands;

namespace Waymark.Cli;

/// <summary>The `waymark` command: serve, demo, db (migrate, backup, seed), users (add, list, disable, enable), directory (export).</summary>
public static class WaymarkCli
{
    /// <summary>Runs a command the way the `waymark` executable does: output to stdout, errors to stderr.</summary>
    public static Task<int> RunAsync(string[] args) =>
        RunAsync(args, Terminal(Console.Out, Console.IsOutputRedirected), Terminal(Console.Error, Console.IsErrorRedirected), new Dictionary<string, string?>());

    /// <summary>
    /// Runs a command writing everything to <paramref name="console"/>, with <paramref name="configuration"/>
    /// layered over appsettings.json and environment variables (as command-line settings are). Tests use this to
    /// point the CLI at their own database, e.g. <c>["Database:Provider"] = "Sqlite"</c>.
    /// </summary>
    public static Task<int> RunAsync(string[] args, IAnsiConsole console, IReadOnlyDictionary<string, string?>? configuration = null) =>
        RunAsync(args, console, console, configuration ?? new Dictionary<string, string?>());

    private static async Task<int> RunAsync(
        string[] args, IAnsiConsole output, IAnsiConsole errors, IReadOnlyDictionary<string, string?> configuration)
    {
        var cli = new CliContext(output, errors, configuration);
        var root = new RootCommand("Waymark: link worker social prescribing")
        {
            ServeCommand.Create(cli),
            DemoCommand.Create(cli),
            OrganisationsCommands.Create(cli),
            DbCommands.Create(cli),
            UsersCommands.Create(cli),
            DirectoryCommands.Create(cli),
        };

        var invocation = new InvocationConfiguration { Output = output.Profile.Out.Writer, Error = errors.Profile.Out.Writer };
        return await root.Parse(args).InvokeAsync(invocation);
    }

    /// <summary>A console for a terminal; written to a file or a pipe, plain text in long lines instead.</summary>
    private static IAnsiConsole Terminal(TextWriter writer, bool redirected)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        });
        if (redirected)
        {
            console.Profile.Width = 200;
        }

        return console;
    }
}
