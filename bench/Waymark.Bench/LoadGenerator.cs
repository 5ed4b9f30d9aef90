using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Waymark.Bench;

/// <summary>
/// wrk (https://github.com/wg/wrk), a light HTTP load generator in its own process, so the client's cost is not
/// counted as the app's. Installed by scripts/install-wrk (Debian package "wrk"); found on the PATH.
/// </summary>
internal static partial class LoadGenerator
{
    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, "wrk"))
            .FirstOrDefault(File.Exists);

    /// <summary>p50 and p95 (ms), requests per second and how many requests, for <paramref name="connections"/> connections.</summary>
    public static async Task<(double P50, double P95, double PerSecond, long Requests)> RunAsync(string wrk, Uri url, int connections, TimeSpan duration)
    {
        var threads = Math.Min(connections, 2);
        var start = new ProcessStartInfo(wrk, ["-t", $"{threads}", "-c", $"{connections}", "-d", $"{(int)duration.TotalSeconds}s", "--latency", url.AbsoluteUri])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0 || Non2xx().IsMatch(output))
        {
            throw new InvalidOperationException($"wrk failed or saw errors for {url}:\n{output}{await process.StandardError.ReadToEndAsync()}");
        }

        return (Percentile(output, "50%"), Percentile(output, "90%"), double.Parse(Number("Requests/sec:", output), CultureInfo.InvariantCulture),
            long.Parse(RequestCount().Match(output).Groups[1].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>A latency percentile line of <c>--latency</c> ("50%  412.00us") in milliseconds.</summary>
    private static double Percentile(string output, string label)
    {
        var match = Regex.Match(output, $@"^\s*{Regex.Escape(label)}\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "ms" => value, _ => value * 1000 };
    }

    private static string Number(string label, string output) =>
        Regex.Match(output, $@"{Regex.Escape(label)}\s+([\d.]+)").Groups[1].Value;

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex RequestCount();

    [GeneratedRegex(@"Non-2xx or 3xx responses|Socket errors")]
    private static partial Regex Non2xx();
}
