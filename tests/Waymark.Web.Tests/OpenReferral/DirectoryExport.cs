using System.Text.Json.Nodes;
using Waymark.Cli;
using Waymark.Testing;
using Waymark.Testing.Standards;
using Waymark.Web.Tests.Cli;

namespace Waymark.Web.Tests.OpenReferral;

/// <summary>`waymark directory export` writes the whole directory as ORUK 3.0 services the importer can read back.</summary>
public sealed class DirectoryExport : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private DirectoryData _directory = null!;
    private string _folder = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(TestEnvironment.WebProvider);
        await _database.MigrateAsync();
        await using var db = _database.CreateContext();
        _directory = await DirectoryData.SeedAsync(db, TestContext.Current.CancellationToken);
        _folder = Path.Combine(Path.GetTempPath(), "waymark-export-" + Guid.NewGuid().ToString("N"));
    }

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        if (System.IO.Directory.Exists(_folder))
        {
            System.IO.Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Exports_every_service_in_full_to_a_file_as_valid_ORUK_services()
    {
        var file = Path.Combine(_folder, "feed", "directory.json");

        var result = await CliRun.RunAsync(_database, "directory", "export", "--output", file);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("Exported 5 services to", result.Output, StringComparison.Ordinal);
        var services = JsonNode.Parse(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken))!.AsArray();
        Assert.Equal(DirectoryData.Ids(_directory).Select(id => id.ToString()).Order(StringComparer.Ordinal), services.Select(s => s!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        foreach (var service in services)
        {
            await OrukSchemas.AssertValidAsync("service", service!.ToJsonString());
        }

        var example = services.Single(s => s!["id"]!.GetValue<string>() == _directory.Example.ToString())!;
        Assert.Null(OrukExamples.FirstMissing(OrukExamples.Load("service_full.json"), example));
        Assert.Equal("temporarily closed", services.Single(s => s!["name"]!.GetValue<string>() == "Art club")!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Writes_to_standard_output_without_a_file_and_never_overwrites_one_unless_told()
    {
        var printed = await CliRun.RunAsync(_database, "directory", "export");

        Assert.True(printed.ExitCode == ExitCodes.Ok, printed.ToString());
        Assert.Equal(5, JsonNode.Parse(printed.Output)!.AsArray().Count);

        var file = Path.Combine(_folder, "directory.json");
        System.IO.Directory.CreateDirectory(_folder);
        await File.WriteAllTextAsync(file, "keep me", TestContext.Current.CancellationToken);
        var refused = await CliRun.RunAsync(_database, "directory", "export", "--output", file);
        Assert.Equal(ExitCodes.UserError, refused.ExitCode);
        Assert.Contains("--force", refused.Output, StringComparison.Ordinal);
        Assert.Equal("keep me", await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));

        var replaced = await CliRun.RunAsync(_database, "directory", "export", "--output", file, "--force");
        Assert.True(replaced.ExitCode == ExitCodes.Ok, replaced.ToString());
        Assert.Equal(5, JsonNode.Parse(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken))!.AsArray().Count);
    }

    [Fact]
    public async Task An_empty_directory_exports_an_empty_list()
    {
        await using var empty = await TestDatabase.CreateAsync(TestEnvironment.WebProvider);
        await empty.MigrateAsync();

        var result = await CliRun.RunAsync(empty, "directory", "export");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Empty(JsonNode.Parse(result.Output)!.AsArray());
    }
}
