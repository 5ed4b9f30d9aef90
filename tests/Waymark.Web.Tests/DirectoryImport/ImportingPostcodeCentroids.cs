using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Testing;
using static Waymark.Web.Tests.DirectoryImport.DirectoryImportTesting;

namespace Waymark.Web.Tests.DirectoryImport;

public sealed class ImportingPostcodeCentroids
{
    private static Task<PostcodeImportReport> ImportAsync(WaymarkAppFactory app, string csv) =>
        app.WithScopeAsync(services => services.GetRequiredService<PostcodeCentroidImporter>().ExecuteAsync(new StringReader(csv), Ct));

    [Fact]
    public async Task Every_bad_row_is_reported_by_line_and_nothing_is_written()
    {
        await using var app = await WaymarkAppFactory.CreateAsync();
        var csv = "postcode,latitude,longitude\nWM1 1AA,53.75,-1.60\nnot a postcode,53.7,-1.6\nWM1 1AB,north,-1.6\nWM1 1AD,95,-1.6\nWM1 1AA,53.76,-1.61\n";

        var report = await ImportAsync(app, csv);

        Assert.False(report.Succeeded);
        Assert.Equal(4, report.Problems.Count);
        Assert.StartsWith("Line 3:", report.Problems[0], StringComparison.Ordinal);
        Assert.StartsWith("Line 4:", report.Problems[1], StringComparison.Ordinal);
        Assert.Contains("Line 5: Enter a latitude from -90 to 90", report.Problems[2], StringComparison.Ordinal);
        Assert.Contains("also on line 2", report.Problems[3], StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.PostcodeCentroids.CountAsync(Ct)));
    }

    [Fact]
    public async Task The_ONS_columns_are_read_and_a_second_import_updates_in_place()
    {
        await using var app = await WaymarkAppFactory.CreateAsync();

        var first = await ImportAsync(app, "pcd,pcd2,pcds,dointr,lat,long\nWM11AA,WM1  1AA,WM1 1AA,199801,53.750000,-1.600000\nWM11AB,WM1  1AB,WM1 1AB,199801,99.999999,0.000000\n");
        var second = await ImportAsync(app, "postcode,latitude,longitude\nwm11aa,53.8,-1.5\nWM2 3BD,53.7,-1.7\n");

        Assert.True(first.Succeeded, string.Join("\n", first.Problems));
        Assert.Equal((1, 1, 1), (first.Rows, first.Added, first.SkippedWithoutCoordinates));
        Assert.Equal((2, 1, 1), (second.Rows, second.Added, second.Updated));
        var moved = await app.QueryAsync(db => db.PostcodeCentroids.AsNoTracking().SingleAsync(c => c.Postcode == "WM1 1AA", Ct));
        Assert.Equal((53.8, -1.5), (moved.Latitude, moved.Longitude));
    }

    [Fact]
    public async Task A_large_file_imports_in_bulk_with_one_audit_event()
    {
        await using var app = await WaymarkAppFactory.CreateAsync();
        var csv = new StringBuilder("postcode,latitude,longitude\n");
        const string letters = "ABDEFGHJLNPQRSTUWXYZ";
        var rows = 0;
        for (var district = 1; district <= 10 && rows < 20_000; district++)
        {
            for (var sector = 0; sector <= 9 && rows < 20_000; sector++)
            {
                foreach (var first in letters)
                {
                    foreach (var second in letters)
                    {
                        if (rows++ >= 20_000)
                        {
                            break;
                        }

                        csv.Append(CultureInfo.InvariantCulture, $"WM{district} {sector}{first}{second},{53.7 + (rows * 0.00001):F6},{-1.6 - (rows * 0.00001):F6}\n");
                    }
                }
            }
        }

        var audited = await app.AuditCountAsync();
        var started = System.Diagnostics.Stopwatch.StartNew();

        var report = await ImportAsync(app, csv.ToString());

        Assert.True(report.Succeeded, string.Join("\n", report.Problems.Take(5)));
        Assert.Equal(20_000, report.Added);
        Assert.Equal(20_000, await app.QueryAsync(db => db.PostcodeCentroids.CountAsync(Ct)));
        Assert.Equal(audited + 1, await app.AuditCountAsync());
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(60), $"Took {started.Elapsed}");
    }
}
