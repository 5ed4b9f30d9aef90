using Waymark.Testing.Standards;

namespace Waymark.Web.Tests.OpenReferral;

/// <summary>
/// The ORUK conformance check itself is trustworthy before it judges Waymark's feed: it passes the official examples
/// and the official validator's passing feed, and fails the validator's failing feed where the validator does.
/// </summary>
public sealed class OrukSchemaCheck
{
    /// <summary>Which schema each published file answers to (the file is what that endpoint returns).</summary>
    private static readonly Dictionary<string, string> SchemaOfFile = new(StringComparer.Ordinal)
    {
        ["api_details.json"] = "api_details",
        ["organization.json"] = "organization",
        ["organization_full.json"] = "organization",
        ["organization_list.json"] = "organization_list",
        ["service_full.json"] = "service",
        ["service_list.json"] = "service_list",
        ["service_at_location_full.json"] = "service_at_location",
        ["service_at_location_list.json"] = "service_at_location_list",
        ["taxonomy.json"] = "taxonomy",
        ["taxonomy_list.json"] = "taxonomy_list",
        ["taxonomy_term.json"] = "taxonomy_term",
        ["taxonomy_term_list.json"] = "taxonomy_term_list",
    };

    private static async Task<Dictionary<string, IReadOnlyList<string>>> CheckFolderAsync(string folder)
    {
        var results = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(SharedStandards.Require(folder), "*.json").Order(StringComparer.Ordinal))
        {
            if (SchemaOfFile.TryGetValue(Path.GetFileName(file), out var schema))
            {
                results[Path.GetFileName(file)] = await OrukSchemas.ErrorsAsync(schema, await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
            }
        }

        return results;
    }

    [Theory]
    [InlineData("oruk/3.0/examples", 10)]
    [InlineData("oruk-validator-mocks/V3.0-UK-Default", 11)]
    [InlineData("oruk-validator-mocks/V3.0-UK-Test", 11)]
    public async Task The_official_examples_and_the_validators_passing_feeds_are_valid(string folder, int files)
    {
        var results = await CheckFolderAsync(folder);

        Assert.Equal(files, results.Count);
        Assert.All(results, r => Assert.True(r.Value.Count == 0, $"{r.Key}: {string.Join("; ", r.Value.Take(5))}"));
    }

    [Fact]
    public async Task The_validators_failing_feed_fails_where_the_validator_says_it_does()
    {
        var results = await CheckFolderAsync("oruk-validator-mocks/V3.0-UK-Fail");

        var failing = results.Where(r => r.Value.Count > 0).Select(r => r.Key).Order(StringComparer.Ordinal);
        // api_details.json's openapi_url is not an absolute URL; the schema says format uri, so this check is the stricter.
        Assert.Equal(["api_details.json", "service_full.json", "service_list.json", "taxonomy_term.json"], failing);
        Assert.Contains(results["api_details.json"], e => e.Contains("openapi_url", StringComparison.Ordinal));
        Assert.Contains(results["service_list.json"], e => e.Contains("PropertyRequired", StringComparison.Ordinal));
        Assert.Contains(results["service_full.json"], e => e.Contains("url", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_validators_warning_feed_fails_only_on_the_optional_taxonomy_term_endpoint()
    {
        var results = await CheckFolderAsync("oruk-validator-mocks/V3.0-UK-Warn");

        Assert.Equal(["taxonomy_term.json"], results.Where(r => r.Value.Count > 0).Select(r => r.Key));
    }
}
