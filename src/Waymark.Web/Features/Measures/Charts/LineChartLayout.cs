namespace Waymark.Web.Features.Measures.Charts;

/// <summary>A score placed on the chart, in SVG user units.</summary>
public sealed record PlottedPoint(double X, double Y, ChartPoint Point);

/// <summary>A band's region across the plot (from <see cref="Top"/> down <see cref="Height"/>), with its label's baseline.</summary>
public sealed record PlottedBand(double Top, double Height, string Label, int Index)
{
    /// <summary>Room for a line of text: a thinner band is shaded but not labelled on the chart (the table names it).</summary>
    public bool ShowsLabel => Height >= 14;

    public double LabelY => Top + (Height / 2) + 4;
}

/// <summary>A tick on an axis: where (x for the date axis, y for the score axis) and its words.</summary>
public sealed record AxisTick(double At, string Label);

/// <summary>
/// Where everything on a measure's line chart goes: x is the day a score was given (evenly in time, first to latest),
/// y the measure's range (lowest at the bottom). Bands are shaded regions that meet half-way between one band's top
/// score and the next one's bottom, so whole-number bands (0–4, 5–6) tile the plot without gaps. Pure arithmetic, so
/// it is tested without a browser; the Razor partial only writes it out.
/// </summary>
public sealed record LineChartLayout(
    double Width,
    double Height,
    double PlotLeft,
    double PlotTop,
    double PlotWidth,
    double PlotHeight,
    IReadOnlyList<PlottedPoint> Points,
    IReadOnlyList<PlottedBand> Bands,
    double? ThresholdY,
    IReadOnlyList<AxisTick> YTicks,
    IReadOnlyList<AxisTick> XTicks)
{
    public const double DefaultWidth = 640;
    public const double DefaultHeight = 300;

    /// <summary>Room for the score labels on the left and the date labels below.</summary>
    private const double Left = 48;
    private const double Right = 16;
    private const double Top = 16;
    private const double Bottom = 44;

    /// <summary>Date labels closer than this overlap; the later one wins.</summary>
    private const double MinimumTickGap = 84;

    private const int MaxScoreTicks = 11;

    public double PlotBottom => PlotTop + PlotHeight;

    public double PlotRight => PlotLeft + PlotWidth;

    /// <summary>The SVG <c>points</c> of the line joining the scores, oldest first; null with fewer than two.</summary>
    public string? Line => Points.Count < 2
        ? null
        : string.Join(' ', Points.Select(p => $"{Svg(p.X)},{Svg(p.Y)}"));

    public static string Svg(double value) => Math.Round(value, 1).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    public static LineChartLayout Of(ChartSeries series, double width = DefaultWidth, double height = DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(series);
        var (plotWidth, plotHeight) = (width - Left - Right, height - Top - Bottom);
        var (low, high) = ((double)series.AxisFrom, (double)series.AxisTo);
        if (high <= low)
        {
            high = low + 1;
        }

        double YOf(decimal value) => Top + ((high - Math.Clamp((double)value, low, high)) / (high - low) * plotHeight);

        var points = series.Points;
        var first = points.Count == 0 ? 0 : points.Min(p => p.On.DayNumber);
        var last = points.Count == 0 ? 0 : points.Max(p => p.On.DayNumber);
        double XOf(DateOnly on) => last == first ? Left + (plotWidth / 2) : Left + ((on.DayNumber - first) / (double)(last - first) * plotWidth);

        var plotted = points.Select(p => new PlottedPoint(XOf(p.On), YOf(p.Value), p)).ToList();
        var threshold = series.Threshold is { } t && (double)t >= low && (double)t <= high ? YOf(t) : (double?)null;
        return new LineChartLayout(
            width, height, Left, Top, plotWidth, plotHeight, plotted, BandsOf(series, low, high, YOf), threshold,
            ScoreTicks(low, high, v => YOf((decimal)v)), DateTicks(plotted));
    }

    private static List<PlottedBand> BandsOf(ChartSeries series, double low, double high, Func<decimal, double> yOf)
    {
        var bands = series.Measure.Bands;
        var result = new List<PlottedBand>();
        for (var i = 0; i < bands.Count; i++)
        {
            var bottom = i == 0 ? low : (double)(bands[i - 1].To + bands[i].From) / 2;
            var top = i == bands.Count - 1 ? high : (double)(bands[i].To + bands[i + 1].From) / 2;
            (bottom, top) = (Math.Max(bottom, low), Math.Min(top, high));
            if (top <= bottom)
            {
                continue;
            }

            var (y1, y2) = (yOf((decimal)top), yOf((decimal)bottom));
            result.Add(new PlottedBand(y1, y2 - y1, bands[i].Label, i));
        }

        return result;
    }

    /// <summary>Every whole score on a short scale (0 to 10); on a longer one, steps of 2, 5, 10, 20, 25 or 50.</summary>
    private static List<AxisTick> ScoreTicks(double low, double high, Func<double, double> yOf)
    {
        var span = high - low;
        var step = new[] { 0.5, 1, 2, 5, 10, 20, 25, 50, 100 }.FirstOrDefault(s => span / s <= MaxScoreTicks - 1, 100);
        var ticks = new List<AxisTick>();
        for (var v = Math.Ceiling(low / step) * step; v <= high + 1e-9; v += step)
        {
            ticks.Add(new AxisTick(yOf(v), ChartText.Number((decimal)v)));
        }

        return ticks;
    }

    /// <summary>A label under each score's day, dropping one that would overlap the next (the latest is always kept).</summary>
    private static List<AxisTick> DateTicks(List<PlottedPoint> points)
    {
        var days = points.GroupBy(p => p.Point.On).Select(g => new AxisTick(g.First().X, ChartText.ShortDate(g.Key))).OrderBy(t => t.At).ToList();
        var kept = new List<AxisTick>();
        for (var i = days.Count - 1; i >= 0; i--)
        {
            if (kept.Count == 0 || kept[^1].At - days[i].At >= MinimumTickGap)
            {
                kept.Add(days[i]);
            }
        }

        kept.Reverse();
        return kept;
    }
}
