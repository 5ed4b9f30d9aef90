using Waymark.Data;

namespace Waymark.Testing;

/// <summary>
/// What the test run was given. scripts/test starts PostgreSQL and sets these; on a developer's machine without a
/// server, PostgreSQL tests skip and say why. With CI=true nothing may skip: a missing server fails the test.
/// </summary>
public static class TestEnvironment
{
    public const string DefaultPostgres = "Host=127.0.0.1;Port=55432;Username=postgres;Password=postgres";

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Connection string for a PostgreSQL server the tests may create and drop databases on.</summary>
    public static string PostgresServer => Environment.GetEnvironmentVariable("WAYMARK_TEST_POSTGRES") is { Length: > 0 } value
        ? value
        : DefaultPostgres;

    /// <summary>Which database the web and browser tests run on (scripts/test runs them once per provider).</summary>
    public static DatabaseProvider WebProvider =>
        DatabaseSettings.ParseProvider(Environment.GetEnvironmentVariable("WAYMARK_TEST_PROVIDER"));

    /// <summary>Skips the current test with a reason, or fails it when running in CI, where nothing may be skipped.</summary>
    public static void SkipOrFail(string reason)
    {
        if (IsCi)
        {
            throw new InvalidOperationException($"{reason} (CI=true, so this is a failure, not a skip)");
        }

        Xunit.Assert.Skip(reason);
    }

    /// <summary>The repository root (holds Waymark.slnx), found from the test's working folder.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Waymark.slnx")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Could not find the repository root (Waymark.slnx) above " + AppContext.BaseDirectory);
        }
    }
}
