using System.CommandLine;
using Waymark.Web.Infrastructure;

namespace Waymark.Cli;

/// <summary>The `waymark` command: serve, demo, db, users.</summary>
public static class WaymarkCli
{
    public static async Task<int> RunAsync(string[] args)
    {
        var urls = new Option<string?>("--urls") { Description = "Addresses to listen on, e.g. http://localhost:5080" };
        var serve = new Command("serve", "Run the Waymark web app") { urls };
        serve.SetAction(async (parse, ct) =>
        {
            var app = WaymarkApp.Create(WebArgs(parse.GetValue(urls)), AppContext.BaseDirectory);
            await app.RunAsync(ct);
            return 0;
        });

        var root = new RootCommand("Waymark: link worker social prescribing") { serve };
        return await root.Parse(args).InvokeAsync();
    }

    private static string[] WebArgs(string? urls) => urls is null ? [] : [$"--urls={urls}"];
}
