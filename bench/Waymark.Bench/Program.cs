using BenchmarkDotNet.Running;

// Benchmarks for Waymark's performance targets; see docs/performance.md for how to run them and the results.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
