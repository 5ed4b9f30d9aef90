using Waymark.Domain.Common;

namespace Waymark.Domain.Measures;

/// <summary>One row of a conversion table: a raw total and the metric score it converts to.</summary>
public sealed record ConversionRow(int RawTotal, decimal Metric);

/// <summary>
/// A table from a raw total to a metric score, as SWEMWBS uses (raw 7 to 35 to a metric score with two decimals).
/// The table is the instrument's own, imported with its licensed definition, so Waymark never computes the metric
/// itself: every possible raw total must have exactly one row (checked against the questionnaire), and a higher raw
/// total never converts to a lower metric score, so the direction of change is the same on both.
/// </summary>
public sealed record ScoreConversion
{
    public const int NameMaxLength = 100;

    private ScoreConversion(string metricName, IReadOnlyList<ConversionRow> rows) => (MetricName, Rows) = (metricName, rows);

    /// <summary>What the converted score is called in charts and tables ("Metric score").</summary>
    public string MetricName { get; }

    /// <summary>The rows, lowest raw total first.</summary>
    public IReadOnlyList<ConversionRow> Rows { get; }

    public static ScoreConversion Of(string? metricName, IEnumerable<ConversionRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var sorted = rows.OrderBy(r => r.RawTotal).ToList();
        var name = Text.Required(metricName, "Conversion", "the name of the converted score", NameMaxLength);
        if (sorted.Count == 0)
        {
            throw new DomainException("Add a row for each possible raw total to the conversion table", "Conversion");
        }

        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i].RawTotal == sorted[i - 1].RawTotal)
            {
                throw new DomainException($"The conversion table has more than one row for a raw total of {sorted[i].RawTotal}", "Conversion");
            }

            if (sorted[i].Metric < sorted[i - 1].Metric)
            {
                throw new DomainException(
                    $"A raw total of {sorted[i].RawTotal} converts to less than {sorted[i - 1].RawTotal} does; a higher raw total must not lower the score", "Conversion");
            }
        }

        return new ScoreConversion(name, sorted);
    }

    public decimal Convert(int rawTotal) => Rows.FirstOrDefault(r => r.RawTotal == rawTotal)?.Metric
        ?? throw new DomainException($"The conversion table has no row for a raw total of {rawTotal}", "Conversion");

    /// <summary>Refuses a table that misses a possible raw total or has rows for totals that cannot happen.</summary>
    internal void CheckCovers(IReadOnlyCollection<int> possibleTotals)
    {
        var missing = possibleTotals.Where(t => Rows.All(r => r.RawTotal != t)).ToList();
        if (missing.Count > 0)
        {
            throw new DomainException($"The conversion table has no row for a raw total of {string.Join(", ", missing)}", "Conversion");
        }

        var impossible = Rows.Select(r => r.RawTotal).Where(t => !possibleTotals.Contains(t)).ToList();
        if (impossible.Count > 0)
        {
            throw new DomainException(
                $"The conversion table has a row for a raw total of {string.Join(", ", impossible)}, which the answers cannot add up to", "Conversion");
        }
    }

    /// <summary>Equal when the name and every row are equal.</summary>
    public bool Equals(ScoreConversion? other) => other is not null && MetricName == other.MetricName && Rows.SequenceEqual(other.Rows);

    public override int GetHashCode() => HashCode.Combine(MetricName, Rows.Count);
}
