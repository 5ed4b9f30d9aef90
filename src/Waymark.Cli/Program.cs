namespace Waymark.Cli;

// Not top-level statements: those would make a public `Program` that clashes with the web app's in test projects.
internal static class Program
{
    public static Task<int> Main(string[] args) => WaymarkCli.RunAsync(args);
}
