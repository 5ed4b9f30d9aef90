using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Waymark.Data.Interceptors;
using Waymark.Domain.Audit;
using Waymark.Domain.Common;
using Waymark.Domain.Directory;

namespace Waymark.Data;

/// <summary>What a postcode centroid import did, or the rows that stopped it.</summary>
public sealed record PostcodeImportReport(int Rows, int Added, int Updated, int SkippedWithoutCoordinates, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// Loads postcode centroids from CSV: a header naming the postcode, latitude and longitude columns
/// (<c>postcode,latitude,longitude</c>, or the ONS postcode directory's <c>pcds,lat,long</c>; <c>pcd</c> and
/// <c>lng</c> are accepted too), then one postcode a row. Every row is checked first; if any is wrong, each bad row
/// is reported by line number and nothing is written. Rows the ONS marks as having no grid reference (latitude
/// 99.999999) are skipped and counted. Valid files are written in batched upserts inside one transaction, without
/// change tracking, and audited as one event for the whole import rather than one per postcode.
/// </summary>
public sealed class PostcodeCentroidImporter(AppDbContext db, IAuditActorAccessor actor, TimeProvider clock)
{
    private const int RowsPerStatement = 400;
    private const double OnsNoCoordinates = 99.999999;

    public async Task<PostcodeImportReport> ExecuteAsync(TextReader csv, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var problems = new List<string>();
        var rows = new Dictionary<string, (double Latitude, double Longitude, int Line)>(StringComparer.Ordinal);
        var skipped = 0;
        var lineNumber = 0;
        int postcodeColumn = -1, latitudeColumn = -1, longitudeColumn = -1;
        while (await csv.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var cells = CsvText.SplitLine(line);
            if (postcodeColumn < 0)
            {
                var header = cells.Select(c => c.Trim().ToLowerInvariant()).ToList();
                postcodeColumn = header.FindIndex(h => h is "postcode" or "pcds" or "pcd" or "pcd2");
                latitudeColumn = header.FindIndex(h => h is "latitude" or "lat");
                longitudeColumn = header.FindIndex(h => h is "longitude" or "long" or "lng" or "lon");
                if (postcodeColumn < 0 || latitudeColumn < 0 || longitudeColumn < 0)
                {
                    problems.Add($"Line {lineNumber}: the first line must name the columns, like postcode,latitude,longitude (or the ONS pcds,lat,long)");
                    break;
                }

                continue;
            }

            var needed = Math.Max(postcodeColumn, Math.Max(latitudeColumn, longitudeColumn));
            if (cells.Count <= needed)
            {
                problems.Add($"Line {lineNumber}: give a postcode, latitude and longitude");
                continue;
            }

            if (!double.TryParse(cells[latitudeColumn].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude) ||
                !double.TryParse(cells[longitudeColumn].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude))
            {
                problems.Add($"Line {lineNumber}: enter the latitude and longitude as numbers of degrees, like 53.79,-1.54");
                continue;
            }

            if (Math.Abs(latitude - OnsNoCoordinates) < 0.000001)
            {
                skipped++;
                continue;
            }

            try
            {
                var centroid = PostcodeCentroid.Create(cells[postcodeColumn], latitude, longitude);
                if (rows.TryGetValue(centroid.Postcode, out var earlier))
                {
                    problems.Add($"Line {lineNumber}: {centroid.Postcode} is also on line {earlier.Line} – keep one of them");
                    continue;
                }

                rows[centroid.Postcode] = (centroid.Latitude, centroid.Longitude, lineNumber);
            }
            catch (DomainException ex)
            {
                problems.Add($"Line {lineNumber}: {ex.Message} (\"{cells[postcodeColumn].Trim()}\")");
            }
        }

        if (postcodeColumn < 0 && problems.Count == 0)
        {
            problems.Add("The file is empty: give a header line (postcode,latitude,longitude) and a line for each postcode");
        }

        if (problems.Count > 0)
        {
            return new PostcodeImportReport(rows.Count, 0, 0, skipped, problems);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var before = await db.PostcodeCentroids.CountAsync(cancellationToken);
        foreach (var chunk in rows.Chunk(RowsPerStatement))
        {
            var values = string.Join(", ", chunk.Select((_, i) => $"({{{i * 3}}}, {{{(i * 3) + 1}}}, {{{(i * 3) + 2}}})"));
            var sql = "INSERT INTO postcode_centroids (\"Postcode\", \"Latitude\", \"Longitude\") VALUES " + values +
                " ON CONFLICT (\"Postcode\") DO UPDATE SET \"Latitude\" = excluded.\"Latitude\", \"Longitude\" = excluded.\"Longitude\"";
            var parameters = chunk.SelectMany(r => new object[] { r.Key, r.Value.Latitude, r.Value.Longitude }).ToArray();
            await db.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken);
        }

        var added = await db.PostcodeCentroids.CountAsync(cancellationToken) - before;
        db.AuditEvents.Add(AuditEvent.Create(
            clock.GetUtcNow(), actor.Current, AuditAction.Update, nameof(PostcodeCentroid), "import",
            string.Create(CultureInfo.InvariantCulture, $"{rows.Count} postcodes: {added} added, {rows.Count - added} updated")));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PostcodeImportReport(rows.Count, added, rows.Count - added, skipped, []);
    }
}

/// <summary>Splits CSV (RFC 4180): commas, double quotes around cells, doubled quotes inside them.</summary>
public static class CsvText
{
    public static List<string> SplitLine(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }

    /// <summary>Reads a whole CSV text into rows of cells, allowing line breaks inside quoted cells.</summary>
    public static IEnumerable<(int Line, List<string> Cells)> ReadRecords(TextReader reader)
    {
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var start = lineNumber;
            var text = line;
            while (text.Count(c => c == '"') % 2 == 1 && reader.ReadLine() is { } more)
            {
                lineNumber++;
                text += "\n" + more;
            }

            if (text.Length > 0)
            {
                yield return (start, SplitLine(text));
            }
        }
    }
}
