using Microsoft.EntityFrameworkCore;
using Waymark.Cli;
using Waymark.Data;
using Waymark.Testing;
using Waymark.Web.Tests.Cli;
using static Waymark.Web.Tests.DirectoryImport.DirectoryImportTesting;

namespace Waymark.Web.Tests.DirectoryImport;

public sealed class DirectoryImportCommands
{
    [Fact]
    public async Task Import_reads_a_file_reports_progress_and_counts_and_a_rerun_changes_nothing()
    {
        await using var database = await TestDatabase.CreateAsync(TestEnvironment.WebProvider);
        await database.MigrateAsync();

        var result = await CliRun.RunAsync(database, "directory", "import", Example("service_list.json"));
        var again = await CliRun.RunAsync(database, "directory", "import", Example("service_list.json"));

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("Imported 1 of 1 services", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 service: 1 created", result.Output, StringComparison.Ordinal);
        Assert.True(again.ExitCode == ExitCodes.Ok, again.ToString());
        Assert.Contains("0 created, 0 updated, 1 unchanged, 0 refused", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_prints_every_refused_record_and_exits_with_an_error()
    {
        await using var database = await TestDatabase.CreateAsync(TestEnvironment.WebProvider);
        await database.MigrateAsync();

        var result = await CliRun.RunAsync(database, "directory", "import", Mock("V3.0-UK-Fail", "service_full.json"));

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains("service ac148810-d857-441c-9679-408f346de14b: Url: Enter the service's website starting with https://", result.Output, StringComparison.Ordinal);
        Assert.Contains("service ac148810-d857-441c-9679-408f346de14b: Email:", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 refused", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_of_a_CSV_package_with_dry_run_writes_nothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await database.MigrateAsync();

        var result = await CliRun.RunAsync(database, "directory", "import", Package("small"), "--format", "csv-package", "--dry-run");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("dry run, nothing written", result.Output, StringComparison.Ordinal);
        Assert.Contains("programs.csv", result.Output, StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.Services.CountAsync(Ct));
    }

    [Fact]
    public async Task Import_postcodes_reports_bad_lines_and_imports_a_good_file()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await database.MigrateAsync();
        var bad = Path.Combine(Path.GetTempPath(), $"waymark-postcodes-{Guid.NewGuid():N}.csv");
        var good = Path.Combine(Path.GetTempPath(), $"waymark-postcodes-{Guid.NewGuid():N}.csv");
        try
        {
            await File.WriteAllTextAsync(bad, "postcode,latitude,longitude\nWM1 1AA,53.7,-1.6\nXX,1,1\n", Ct);
            await File.WriteAllTextAsync(good, "postcode,latitude,longitude\nWM1 1AA,53.7,-1.6\nWM1 1AB,53.71,-1.61\n", Ct);

            var refused = await CliRun.RunAsync(database, "directory", "import-postcodes", bad);
            var imported = await CliRun.RunAsync(database, "directory", "import-postcodes", good);

            Assert.Equal(ExitCodes.UserError, refused.ExitCode);
            Assert.Contains("Line 3:", refused.Output, StringComparison.Ordinal);
            Assert.Contains("Nothing was imported", refused.Output, StringComparison.Ordinal);
            Assert.True(imported.ExitCode == ExitCodes.Ok, imported.ToString());
            Assert.Contains("Imported 2 postcodes: 2 new", imported.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(bad);
            File.Delete(good);
        }
    }
}
