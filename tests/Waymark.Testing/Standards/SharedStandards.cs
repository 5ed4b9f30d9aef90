namespace Waymark.Testing.Standards;

/// <summary>
/// The standards data beside the repository (../shared/standards: ORUK schemas, examples and validator feeds, the FHIR
/// schema). On a developer's machine without it the tests skip and say why; with CI=true they fail.
/// </summary>
public static class SharedStandards
{
    /// <summary>The folder under shared/standards, e.g. "oruk/3.0/schema-local-refs".</summary>
    public static string Require(string relativePath)
    {
        var folder = Path.GetFullPath(Path.Combine(TestEnvironment.RepositoryRoot, "..", "shared", "standards", relativePath));
        if (!Directory.Exists(folder))
        {
            TestEnvironment.SkipOrFail($"{folder} is not present; these tests need ../shared/standards beside the repository");
        }

        return folder;
    }
}
