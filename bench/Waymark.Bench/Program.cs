using BenchmarkDotNet.Running;

namespace Waymark.Bench;

/// <summary>Runs Waymark's benchmarks; see docs/performance.md for how to run them and the results.</summary>
internal static class BenchProgram
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchProgram).Assembly).Run(args);
}
