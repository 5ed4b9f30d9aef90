using System.CommandLine;
using Waymark.Web.Infrastructure;

namespace Waymark.Cli.Commands;

/// <summary>`waymark serve [--urls]`: runs the web app, exactly as the Waymark.Web project does.</summary>
internal static class ServeCommand
{
    public static Option<string?> UrlsOption(string? defaultUrls = null) => new("--urls")
    {
        Description = "Addresses to listen on, separated by semicolons" + (defaultUrls is null ? string.Empty : $" (default {defaultUrls})"),
    };

    public static Command Create(CliContext cli)
    {
        var urls = UrlsOption();
        var command = new Command("serve", "Run the Waymark web app") { urls };
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                await using var app = WaymarkApp.Create(cli.HostArgs(UrlArgs(parse.GetValue(urls))), AppContext.BaseDirectory);
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

    public static string[] UrlArgs(string? urls) => urls is null ? [] : [$"--urls={urls}"];
}
