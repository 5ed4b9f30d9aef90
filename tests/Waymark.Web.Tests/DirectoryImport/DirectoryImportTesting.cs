using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Testing;
using Waymark.Testing.Standards;
using Waymark.Web.Features.DirectoryImport;

namespace Waymark.Web.Tests.DirectoryImport;

/// <summary>Runs the importer's use cases in the app's own scope, over a real database.</summary>
internal static class DirectoryImportTesting
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static string Example(string name) => Path.Combine(SharedStandards.Require("oruk/3.0/examples"), name);

    public static string Mock(string folder, string name) => Path.Combine(SharedStandards.Require("oruk-validator-mocks"), folder, name);

    public static string Package(string name) =>
        Path.Combine(TestEnvironment.RepositoryRoot, "tests", "Waymark.Web.Tests", "DirectoryImport", "Packages", name);

    public static JsonNode Json(string path) => JsonNode.Parse(File.ReadAllText(path))!;

    public static Task<DirectoryImportReport> ImportAsync(this WaymarkAppFactory app, string path, DirectoryImportOptions? options = null) =>
        app.ImportAsync(path.EndsWith(".json", StringComparison.Ordinal) ? OrukJsonReader.Read(File.ReadAllText(path)).Feed : HsdsCsvPackageReader.Read(path), options);

    public static Task<DirectoryImportReport> ImportAsync(this WaymarkAppFactory app, JsonNode json, DirectoryImportOptions? options = null) =>
        app.ImportAsync(OrukJsonReader.Read(json.DeepClone()).Feed, options);

    public static Task<DirectoryImportReport> ImportAsync(this WaymarkAppFactory app, DirectoryFeed feed, DirectoryImportOptions? options = null) =>
        app.WithScopeAsync(services => services.GetRequiredService<DirectoryImporter>().ExecuteAsync(feed, options, cancellationToken: Ct));

    public static Task<T> QueryAsync<T>(this WaymarkAppFactory app, Func<AppDbContext, Task<T>> query) =>
        app.WithScopeAsync(services => query(services.GetRequiredService<AppDbContext>()));

    public static Task<int> AuditCountAsync(this WaymarkAppFactory app) => app.QueryAsync(db => db.AuditEvents.CountAsync(Ct));

    public static void AssertClean(DirectoryImportReport report)
    {
        Assert.True(!report.HasProblems, string.Join("\n", report.Problems));
        Assert.Equal(0, report.Refused);
    }
}
