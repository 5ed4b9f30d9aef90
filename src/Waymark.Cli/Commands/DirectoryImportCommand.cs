using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Waymark.Data;
using Waymark.Web.Features.DirectoryImport;

namespace Waymark.Cli.Commands;

/// <summary>
/// `waymark directory import &lt;file-or-url&gt;` and `waymark directory import-postcodes &lt;csv&gt;`. The
/// `directory` command itself (with `export`) is made elsewhere; it adds these two.
/// </summary>
internal static class DirectoryImportCommand
{
    public static Command Import(CliContext cli)
    {
        var source = new Argument<string>("file-or-url") { Description = "An ORUK 3.0 JSON file or http(s) address (a paged /services address is followed to its last page), or an HSDS CSV package (folder or zip)" };
        var format = new Option<string?>("--format") { Description = "oruk-json or csv-package (default: a folder or .zip is a CSV package, anything else ORUK JSON)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check everything and report what would change, without writing anything" };
        var command = new Command("import", "Import services, organisations, locations and taxonomy terms from an Open Referral UK feed; every refused record is listed")
        {
            source, format, dryRun,
        };
        command.SetAction((parse, cancellationToken) => cli.RunAsync(async (services, ct) =>
        {
            var feedFormat = parse.GetValue(format)?.ToLowerInvariant() switch
            {
                null => (DirectoryFeedFormat?)null,
                "oruk-json" or "json" => DirectoryFeedFormat.OrukJson,
                "csv-package" or "csv" => DirectoryFeedFormat.CsvPackage,
                var other => throw new CliException($"--format must be oruk-json or csv-package, not {other}"),
            };

            DirectoryFeed feed;
            using (var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) })
            {
                var where = parse.GetValue(source)!;
                feed = await cli.Out.Status().StartAsync($"Reading {Markup.Escape(where)}", status =>
                    DirectoryFeedLoader.LoadAsync(where, feedFormat, http, new Reporter<string>(step => status.Status(Markup.Escape(step))), ct));
            }

            var importer = services.GetRequiredService<DirectoryImporter>();
            var options = new DirectoryImportOptions(DryRun: parse.GetValue(dryRun));
            DirectoryImportReport report;
            if (cli.Out.Profile.Capabilities.Interactive && cli.Out.Profile.Capabilities.Ansi)
            {
                report = await cli.Out.Progress().StartAsync(async progress =>
                {
                    var task = progress.AddTask("Importing services", maxValue: Math.Max(1, feed.Services.Count));
                    return await importer.ExecuteAsync(feed, options, new Reporter<DirectoryImportProgress>(p => task.Value = p.Done), ct);
                });
            }
            else
            {
                var lastLine = -1;
                report = await importer.ExecuteAsync(feed, options, new Reporter<DirectoryImportProgress>(p =>
                {
                    // In a log, a line per batch (and the last) is enough.
                    if (p.Done == p.Total || p.Done / DirectoryImportOptions.DefaultBatchSize != lastLine)
                    {
                        lastLine = p.Done / DirectoryImportOptions.DefaultBatchSize;
                        cli.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Imported {p.Done} of {p.Total} services"));
                    }
                }), ct);
            }

            foreach (var problem in report.Problems)
            {
                cli.Out.MarkupLine($"[red]{Markup.Escape(problem.ToString())}[/]");
            }

            if (report.Unread.Count > 0)
            {
                cli.Out.MarkupLine($"Not read (Waymark does not use these files): {Markup.Escape(string.Join(", ", report.Unread))}");
            }

            cli.Out.MarkupLine(report.HasProblems ? $"[yellow]{Markup.Escape(report.Summary())}[/]" : $"[green]{Markup.Escape(report.Summary())}[/]");
            if (report.HasProblems)
            {
                cli.Out.MarkupLine("Records with mistakes were left out whole (quarantine by record). Correct them in the feed and import again: what is already imported stays as it is.");
                return ExitCodes.UserError;
            }

            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    public static Command ImportPostcodes(CliContext cli)
    {
        var file = new Argument<string>("csv") { Description = "A CSV of postcode,latitude,longitude (or the ONS postcode directory's pcds,lat,long) with a header line" };
        var command = new Command("import-postcodes", "Import postcode centroids for distance search; nothing is written if any row is wrong") { file };
        command.SetAction((parse, cancellationToken) => cli.RunAsync(async (services, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new CliException($"There is no file at {path}. Give a CSV of postcode,latitude,longitude.");
            }

            using var reader = new StreamReader(path);
            var report = await cli.Out.Status().StartAsync("Importing postcodes", _ =>
                services.GetRequiredService<PostcodeCentroidImporter>().ExecuteAsync(reader, ct));
            if (!report.Succeeded)
            {
                foreach (var problem in report.Problems)
                {
                    cli.Out.MarkupLine($"[red]{Markup.Escape(problem)}[/]");
                }

                cli.Out.MarkupLine($"[yellow]Nothing was imported: correct the {report.Problems.Count} line{(report.Problems.Count == 1 ? string.Empty : "s")} above and run the import again.[/]");
                return ExitCodes.UserError;
            }

            cli.Out.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"[green]Imported {report.Rows} postcodes: {report.Added} new, {report.Updated} updated.[/]{(report.SkippedWithoutCoordinates > 0 ? $" Skipped {report.SkippedWithoutCoordinates} without coordinates." : string.Empty)}"));
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    /// <summary>Reports straight away, in order (<see cref="Progress{T}"/> would post to the thread pool).</summary>
    private sealed class Reporter<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
