using System.Globalization;
using Waymark.Domain.Measures;

namespace Waymark.Web.Features.Measures.Charts;

/// <summary>How charts, tables and summaries word scores, dates and change.</summary>
public static class ChartText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>A score without trailing zeros: 7, 23.5.</summary>
    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A score with its unit, if any: "7", "53 mmol/mol".</summary>
    public static string Value(ChartSeries series, decimal value)
    {
        ArgumentNullException.ThrowIfNull(series);
        return series.Unit is null ? Number(value) : $"{Number(value)} {series.Unit}";
    }

    public static string Date(DateOnly on) => on.ToString("d MMMM yyyy", English);

    public static string ShortDate(DateOnly on) => on.ToString("d MMM yyyy", English);

    /// <summary>A band label inside a sentence: "Very high" reads "very high".</summary>
    public static string Lower(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return label.Length == 0 ? label : char.ToLower(label[0], English) + label[1..];
    }

    public static string Outcome(ChangeOutcome outcome) => outcome switch
    {
        ChangeOutcome.Improved => "improved",
        ChangeOutcome.Worse => "worse",
        _ => "unchanged",
    };

    public static string Movement(BandMovement movement) => movement switch
    {
        BandMovement.Up => "Moved up a band or more",
        BandMovement.Down => "Moved down a band or more",
        BandMovement.Same => "Same band",
        _ => "No bands",
    };

    /// <summary>A difference with its sign: "+3", "−2", "0".</summary>
    public static string Difference(decimal difference) =>
        difference > 0 ? $"+{Number(difference)}" : difference < 0 ? $"\u2212{Number(-difference)}" : "0";

    /// <summary>
    /// One sentence saying where the measure started, where it is now, and whether that is a change by the measure's
    /// own rule: "Life satisfaction went from 4 (low) at baseline on 3 March 2026 to 7 (high) on 2 June 2026: improved."
    /// </summary>
    public static string Summary(ChartSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Points.Count == 0)
        {
            return $"{series.Name}: no scores recorded yet.";
        }

        var first = series.Points[0];
        if (series.Points.Count == 1)
        {
            return $"{series.Name} was {Scored(series, first)} on {Date(first.On)}; there is no later score to compare with yet.";
        }

        var latest = series.Points[^1];
        var change = series.Change!;
        var baseline = series.FirstIsBaseline ? " at baseline" : string.Empty;
        return $"{series.Name} went from {Scored(series, first)}{baseline} on {Date(first.On)} to {Scored(series, latest)} on {Date(latest.On)}: "
            + $"{Outcome(change.Outcome)}.";
    }

    private static string Scored(ChartSeries series, ChartPoint point) =>
        series.BandOf(point) is { } band ? $"{Value(series, point.Value)} ({Lower(band)})" : Value(series, point.Value);
}
