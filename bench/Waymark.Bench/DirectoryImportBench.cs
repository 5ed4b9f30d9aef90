using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Waymark.Cli;
using Waymark.Data;
using Waymark.Web.Features.DirectoryImport;

namespace Waymark.Bench;

/// <summary>
/// The speed of <c>waymark directory import</c> (issue 4) on the generated directory of <c>count</c> services (the
/// one <see cref="DirectoryBench"/> serves, made the same way if it is not there yet). The directory is exported to an
/// ORUK JSON file with the app's own <c>waymark directory export</c>, read once on its own (to show the reader's
/// share), then imported with <c>waymark directory import</c> into an empty, migrated SQLite database, and imported
/// again (a re-run, which must change nothing). Each step is the real command, in process, timed end to end.
/// Run: <c>dotnet run -c Release --project bench/Waymark.Bench -- directory-import 50000</c>.
/// </summary>
internal static class DirectoryImportBench
{
    public static async Task RunAsync(int count, TextWriter log)
    {
        var data = Path.Combine(RepositoryRoot(), "bench", "data");
        Directory.CreateDirectory(data);
        var source = Path.Combine(data, $"waymark_bench_directory_{count}.db");
        if (!File.Exists(source))
        {
            var generating = Stopwatch.StartNew();
            await DirectoryBench.GenerateAsync(Settings(source), count, source + ".part");
            File.Move(source + ".part", source);
            await log.WriteLineAsync($"Generated {count} services in {generating.Elapsed.TotalSeconds:N0} s: {source}");
        }

        var feed = Path.Combine(data, $"waymark_bench_directory_{count}.oruk.json");
        var target = Path.Combine(data, $"waymark_bench_import_{count}.db");
        foreach (var file in new[] { target, target + "-wal", target + "-shm" })
        {
            File.Delete(file);
        }

        var export = await TimedAsync(source, "directory", "export", "--output", feed, "--force");

        var reading = Stopwatch.StartNew();
        var (read, _) = OrukJsonReader.Read(await File.ReadAllTextAsync(feed));
        var readTime = reading.Elapsed;

        await TimedAsync(target, "db", "migrate");
        var first = await TimedAsync(target, "directory", "import", feed);
        var again = await TimedAsync(target, "directory", "import", feed);

        var size = new FileInfo(feed).Length / 1024.0 / 1024.0;
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Feed: {read.Services.Count:N0} services, {size:N0} MB of ORUK JSON ({feed})"));
        await log.WriteLineAsync($"| Step ({count:N0} services, SQLite) | Time | Services per second |");
        await log.WriteLineAsync("| --- | ---: | ---: |");
        await RowAsync(log, "Export (`waymark directory export`)", export.Time, count);
        await RowAsync(log, "Read the JSON only (OrukJsonReader)", readTime, count);
        await RowAsync(log, "Import into an empty database (`waymark directory import`)", first.Time, count);
        await RowAsync(log, "Import again: nothing changes", again.Time, count);
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024:N0} MB"));
        await log.WriteLineAsync("First import: " + Summary(first.Output));
        await log.WriteLineAsync("Re-run: " + Summary(again.Output));
    }

    private static Task RowAsync(TextWriter log, string step, TimeSpan time, int count) =>
        log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"| {step} | {time.TotalSeconds:N1} s | {count / time.TotalSeconds:N0} |"));

    private static string Summary(string output) =>
        output.Split('\n').LastOrDefault(line => line.Contains(" services", StringComparison.Ordinal) && line.Contains("refused", StringComparison.Ordinal))?.Trim() ?? output;

    /// <summary>Runs one `waymark` command against a SQLite file and times it; fails loudly if the command does.</summary>
    private static async Task<(TimeSpan Time, string Output)> TimedAsync(string database, params string[] args)
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
        var timer = Stopwatch.StartNew();
        var exitCode = await WaymarkCli.RunAsync(args, console, new Dictionary<string, string?>
        {
            ["Database:Provider"] = nameof(DatabaseProvider.Sqlite),
            ["ConnectionStrings:Waymark"] = Settings(database).ConnectionString,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        var time = timer.Elapsed;
        if (exitCode != ExitCodes.Ok)
        {
            throw new InvalidOperationException($"waymark {string.Join(' ', args)} failed ({exitCode}):\n{writer}");
        }

        return (time, writer.ToString());
    }

    private static DatabaseSettings Settings(string file) => new(DatabaseProvider.Sqlite, $"Data Source={file}");

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Waymark.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}
