using System.Globalization;
using Waymark.Domain.Measures;

namespace Waymark.Web.Features.Measures.Charts;

/// <summary>One score on a chart: the day it was given, the value and the band it was in when recorded (null: none).</summary>
public sealed record ChartPoint(DateOnly On, decimal Value, string? BandLabel);

/// <summary>
/// One measure over time, as charts, tables and summaries read it: the measure (its range, direction, bands,
/// threshold and meaningful change) and its scores, oldest first. <see cref="AxisFrom"/>/<see cref="AxisTo"/> narrow
/// the drawn range when the measure's own is much wider than any real score (HbA1c's 20 to 200).
/// </summary>
public sealed record ChartSeries(string Name, Measure Measure, IReadOnlyList<ChartPoint> Points)
{
    /// <summary>Words after a value ("mmol/mol"); null for plain scores.</summary>
    public string? Unit { get; init; }

    /// <summary>The first score is a baseline (a questionnaire at the start of support), so the summary says so.</summary>
    public bool FirstIsBaseline { get; init; }

    public decimal AxisFrom { get; init; } = Measure.Lowest;

    public decimal AxisTo { get; init; } = Measure.Highest;

    /// <summary>Where the threshold line goes (the measure's cutoff by default) and what it says.</summary>
    public decimal? Threshold { get; init; } = Measure.CutoffAt;

    public string? ThresholdLabel { get; init; } = Measure.CutoffAt is { } at && Measure.BandFor(at) is { } band
        ? string.Create(CultureInfo.InvariantCulture, $"Threshold: {at} or more ({ChartText.Lower(band.Label)})")
        : null;

    /// <summary>The change from the first score to the latest, by the measure's meaningful change; null with fewer than two scores.</summary>
    public MeasureChange? Change => Points.Count < 2 ? null : MeasureChange.Of(Score(Points[0]), Score(Points[^1]));

    /// <summary>The band a point was in: as recorded, else as the measure's bands read it now.</summary>
    public string? BandOf(ChartPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return point.BandLabel ?? Measure.BandFor(point.Value)?.Label;
    }

    private MeasureScore Score(ChartPoint point) => new(Measure, point.Value, null, Measure.BandFor(point.Value));
}
