using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Cli;
using Waymark.Data;
using Waymark.Testing;
using Waymark.Web.Tests.Cli;
using Waymark.Web.Tests.OpenReferral;

namespace Waymark.Web.Tests.DirectoryImport;

/// <summary>
/// `waymark directory import &lt;url&gt;` over real HTTP: one Waymark publishes its directory at /openreferral and
/// another imports it, following the paged /services list to its last page. An address that is wrong, missing or
/// not a feed is named in a clear error and nothing is imported.
/// </summary>
public sealed class ImportingFromAnAddress : IAsyncLifetime
{
    private WaymarkAppFactory _source = null!;
    private TestDatabase _target = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _source = await WaymarkAppFactory.CreateAsync(kestrel: true);
        await _source.WithScopeAsync(services => DirectoryData.SeedAsync(services.GetRequiredService<AppDbContext>(), Ct));
        _target = await TestDatabase.CreateAsync(TestEnvironment.WebProvider);
        await _target.MigrateAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _source.DisposeAsync();
        await _target.DisposeAsync();
    }

    private string Address(string path) => _source.BaseUrl.TrimEnd('/') + path;

    [Fact]
    public async Task A_paged_feed_is_followed_to_its_last_page_and_imported_from_one_Waymark_into_another()
    {
        using var http = new HttpClient();
        var pages = new List<JsonObject>();
        for (var page = 1; page == 1 || !pages[^1]["last_page"]!.GetValue<bool>(); page++)
        {
            pages.Add(JsonNode.Parse(await http.GetStringAsync(new Uri(Address($"/openreferral/services?per_page=2&page={page}")), Ct))!.AsObject());
        }

        var published = pages.SelectMany(p => p["contents"]!.AsArray()).Select(s => (string)s!["name"]!).Order(StringComparer.Ordinal).ToList();
        Assert.True(pages.Count >= 3, $"the test needs a feed of three pages or more, not {pages.Count}");

        var result = await CliRun.RunAsync(_target, "directory", "import", Address("/openreferral/services?per_page=2"));
        var again = await CliRun.RunAsync(_target, "directory", "import", Address("/openreferral/services?per_page=2"));

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains($"{published.Count} services: {published.Count} created, 0 updated, 0 unchanged, 0 refused", result.Output, StringComparison.Ordinal);
        await using var db = _target.CreateContext();
        Assert.Equal(published, (await db.Services.Select(s => s.Name).ToListAsync(Ct)).Order(StringComparer.Ordinal));
        Assert.Contains("Riverside Arts Collective", await db.Organisations.Select(o => o.Name).ToListAsync(Ct));
        Assert.True(again.ExitCode == ExitCodes.Ok, again.ToString());
        Assert.Contains($"0 created, 0 updated, {published.Count} unchanged, 0 refused", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_address_that_answers_404_is_named_with_its_status_and_nothing_is_imported()
    {
        var result = await CliRun.RunAsync(_target, "directory", "import", Address("/openreferral/no-such-list"));

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains("/openreferral/no-such-list answered 404 Not Found. Check the address and try again.", result.Output, StringComparison.Ordinal);
        Assert.Equal(0, await ServicesAsync());
    }

    [Fact]
    public async Task An_address_that_answers_with_a_web_page_instead_of_JSON_is_refused_and_nothing_is_imported()
    {
        var result = await CliRun.RunAsync(_target, "directory", "import", Address("/help/accessibility"));

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains("/help/accessibility did not answer with an Open Referral UK feed", result.Output, StringComparison.Ordinal);
        Assert.Contains("is not valid JSON", result.Output, StringComparison.Ordinal);
        Assert.Equal(0, await ServicesAsync());
    }

    [Fact]
    public async Task An_address_nothing_answers_at_is_named_and_nothing_is_imported()
    {
        var result = await CliRun.RunAsync(_target, "directory", "import", "http://127.0.0.1:9/openreferral/services");

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains("Could not reach http://127.0.0.1:9/openreferral/services", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Something went wrong", result.Output, StringComparison.Ordinal);
        Assert.Equal(0, await ServicesAsync());
    }

    private async Task<int> ServicesAsync()
    {
        await using var db = _target.CreateContext();
        return await db.Services.CountAsync(Ct);
    }
}
