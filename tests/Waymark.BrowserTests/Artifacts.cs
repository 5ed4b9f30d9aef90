using System.Text.RegularExpressions;
using Waymark.Testing;

namespace Waymark.BrowserTests;

/// <summary>
/// Where browser tests leave files for people: artifacts/browser/ at the repository root (git-ignored). Failing tests
/// always leave a screenshot; set WAYMARK_BROWSER_SCREENSHOTS=all to keep one of every page axe checks.
/// </summary>
public static partial class Artifacts
{
    public static string Folder => Path.Combine(TestEnvironment.RepositoryRoot, "artifacts", "browser");

    public static bool ScreenshotEveryPage =>
        string.Equals(Environment.GetEnvironmentVariable("WAYMARK_BROWSER_SCREENSHOTS"), "all", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A file in the folder, named after the current test (class, method and, for a theory, its arguments) so reruns
    /// overwrite rather than pile up.
    /// </summary>
    public static string PathFor(string name)
    {
        Directory.CreateDirectory(Folder);
        var test = TestContext.Current.Test?.TestDisplayName ?? "test";
        var arguments = test.IndexOf('(', StringComparison.Ordinal) is var open and >= 0 ? test[open..] : string.Empty;
        var method = TestContext.Current.TestMethod?.MethodName ?? test;
        var type = TestContext.Current.TestClass?.TestClassSimpleName ?? "Browser";
        return Path.Combine(Folder, Safe($"{type}.{Shorten(method, 80)}-{Shorten(arguments, 60)}-{name}"));
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..length];

    private static string Safe(string text) => Unsafe().Replace(text, "-").Replace("--", "-", StringComparison.Ordinal);

    [GeneratedRegex("[^A-Za-z0-9_.]+")]
    private static partial Regex Unsafe();
}
