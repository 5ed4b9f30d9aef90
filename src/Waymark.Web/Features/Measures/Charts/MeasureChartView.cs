namespace Waymark.Web.Features.Measures.Charts;

/// <summary>
/// The model of <c>Pages/Shared/_MeasureChart</c>: one series, an id unique on the page (for the title, description
/// and table), the heading level of its name, and what its dates are ("Date answered", "Date taken").
/// </summary>
public sealed record MeasureChartView(ChartSeries Series, string Id, int HeadingLevel = 3, string DateHeading = "Date answered")
{
    public LineChartLayout Layout { get; } = LineChartLayout.Of(Series);

    public string Summary { get; } = ChartText.Summary(Series);

    /// <summary>Values are written beside each point while there is room for them.</summary>
    public bool LabelsPoints => Series.Points.Count <= 12;

    public bool HasBands => Series.Measure.Bands.Count > 0;
}
