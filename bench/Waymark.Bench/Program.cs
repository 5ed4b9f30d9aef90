using BenchmarkDotNet.Running;
using Waymark.Data;

namespace Waymark.Bench;

/// <summary>
/// Runs Waymark's benchmarks; see docs/performance.md for how to run them and the results. "generate" (optionally
/// followed by Sqlite or PostgreSql) only builds the generated service databases, which the benchmarks reuse; "probe
/// Sqlite|PostgreSql [n]" prints the caseload queries' SQL and quick timings (see CaseloadBenchmarks.ProbeAsync);
/// "directory [count...]" times the public ORUK API over HTTP on a generated directory (see DirectoryBench).
/// </summary>
internal static class BenchProgram
{
    public static async Task Main(string[] args)
    {
        if (args is ["generate", .. var providers])
        {
            var chosen = providers.Length == 0 ? Enum.GetValues<DatabaseProvider>() : [.. providers.Select(Enum.Parse<DatabaseProvider>)];
            foreach (var provider in chosen)
            {
                await new ServiceDatabase(provider, ServiceSize.Issue3).EnsureAsync(Console.Out);
            }

            return;
        }

        if (args is ["probe", var probed, .. var rest])
        {
            await CaseloadBenchmarks.ProbeAsync(Enum.Parse<DatabaseProvider>(probed), rest.Length > 0 ? int.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture) : 100);
            return;
        }

        if (args is ["directory", .. var sizes])
        {
            foreach (var size in sizes.Length == 0 ? ["10000"] : sizes)
            {
                await DirectoryBench.RunAsync(int.Parse(size, System.Globalization.CultureInfo.InvariantCulture), Console.Out);
            }

            return;
        }

        if (args is ["directory-suggest", .. var suggestSizes])
        {
            foreach (var size in suggestSizes.Length == 0 ? ["10000"] : suggestSizes)
            {
                await DirectoryBench.RunAsync(int.Parse(size, System.Globalization.CultureInfo.InvariantCulture), Console.Out, suggestOnly: true);
            }

            return;
        }

        if (args is ["directory-import", .. var imported])
        {
            await DirectoryImportBench.RunAsync(imported.Length == 0 ? 50_000 : int.Parse(imported[0], System.Globalization.CultureInfo.InvariantCulture), Console.Out);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchProgram).Assembly).Run(args);
    }
}
