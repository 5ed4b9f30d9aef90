using Waymark.Domain.Measures;
using Waymark.Web.Features.Measures.Charts;

namespace Waymark.Web.Tests.Measures;

public sealed class ChartGeometry
{
    private static readonly Measure LifeSatisfaction = BuiltInQuestionnaires.Ons4.Measures().Single(m => m.Id == "life-satisfaction");
    private static readonly Measure Anxiety = BuiltInQuestionnaires.Ons4.Measures().Single(m => m.Id == "anxiety");
    private static readonly Measure Loneliness = BuiltInQuestionnaires.Ucla3.Measures().Single();

    private static ChartSeries Series(Measure measure, params (int Month, int Day, decimal Value)[] points) =>
        new(measure.Name, measure, [.. points.Select(p => new ChartPoint(new DateOnly(2026, p.Month, p.Day), p.Value, null))]) { FirstIsBaseline = true };

    [Fact]
    public void Every_point_is_inside_the_plot()
    {
        var layout = LineChartLayout.Of(Series(LifeSatisfaction, (3, 3, 0), (4, 20, 10), (6, 2, 7)));

        Assert.All(layout.Points, p =>
        {
            Assert.InRange(p.X, layout.PlotLeft, layout.PlotRight);
            Assert.InRange(p.Y, layout.PlotTop, layout.PlotBottom);
        });
    }

    [Fact]
    public void The_lowest_score_sits_on_the_bottom_edge_and_the_highest_on_the_top()
    {
        var layout = LineChartLayout.Of(Series(LifeSatisfaction, (3, 3, 0), (6, 2, 10)));

        Assert.Equal(layout.PlotBottom, layout.Points[0].Y, 6);
        Assert.Equal(layout.PlotTop, layout.Points[1].Y, 6);
    }

    [Fact]
    public void Scores_scale_in_proportion_and_dates_by_the_days_between_them()
    {
        var layout = LineChartLayout.Of(Series(LifeSatisfaction, (3, 1, 5), (3, 11, 2), (3, 31, 8)));

        Assert.Equal(layout.PlotTop + (layout.PlotHeight / 2), layout.Points[0].Y, 6);
        Assert.Equal(layout.PlotTop + (layout.PlotHeight * 0.8), layout.Points[1].Y, 6);
        Assert.Equal(layout.PlotLeft, layout.Points[0].X, 6);
        Assert.Equal(layout.PlotLeft + (layout.PlotWidth / 3), layout.Points[1].X, 6);
        Assert.Equal(layout.PlotRight, layout.Points[2].X, 6);
    }

    [Fact]
    public void A_single_score_sits_in_the_middle_of_the_date_axis_with_no_line()
    {
        var layout = LineChartLayout.Of(Series(LifeSatisfaction, (3, 3, 4)));

        var point = Assert.Single(layout.Points);
        Assert.Equal(layout.PlotLeft + (layout.PlotWidth / 2), point.X, 6);
        Assert.Null(layout.Line);
        Assert.Equal("3 Mar 2026", Assert.Single(layout.XTicks).Label);
    }

    [Fact]
    public void With_no_scores_there_are_no_points_no_line_and_no_dates_but_the_scale_and_bands_are_laid_out()
    {
        var layout = LineChartLayout.Of(Series(LifeSatisfaction));

        Assert.Empty(layout.Points);
        Assert.Null(layout.Line);
        Assert.Empty(layout.XTicks);
        Assert.Equal(11, layout.YTicks.Count);
        Assert.Equal(4, layout.Bands.Count);
    }

    [Fact]
    public void The_line_joins_the_points_oldest_first()
    {
        var layout = LineChartLayout.Of(Series(LifeSatisfaction, (3, 3, 4), (6, 2, 7)));

        Assert.Equal($"{LineChartLayout.Svg(layout.Points[0].X)},{LineChartLayout.Svg(layout.Points[0].Y)} "
            + $"{LineChartLayout.Svg(layout.Points[1].X)},{LineChartLayout.Svg(layout.Points[1].Y)}", layout.Line);
    }

    [Fact]
    public void Bands_tile_the_plot_from_bottom_to_top_meeting_half_way_between_whole_scores()
    {
        var layout = LineChartLayout.Of(Series(LifeSatisfaction, (3, 3, 4)));

        Assert.Equal(["Low", "Medium", "High", "Very high"], layout.Bands.Select(b => b.Label));
        Assert.Equal(layout.PlotBottom, layout.Bands[0].Top + layout.Bands[0].Height, 6);
        Assert.Equal(layout.PlotTop, layout.Bands[^1].Top, 6);
        for (var i = 1; i < layout.Bands.Count; i++)
        {
            Assert.Equal(layout.Bands[i].Top + layout.Bands[i].Height, layout.Bands[i - 1].Top, 6);
        }

        // "Low" is 0 to 4 and "Medium" 5 to 6: they meet at 4.5.
        Assert.Equal(layout.PlotTop + (layout.PlotHeight * 0.55), layout.Bands[0].Top, 6);
    }

    [Fact]
    public void A_threshold_is_drawn_where_the_service_put_it_with_its_words()
    {
        var series = Series(Loneliness, (3, 3, 7), (6, 2, 5));

        var layout = LineChartLayout.Of(series);

        // 3 to 9, threshold 6: half-way up.
        Assert.Equal(layout.PlotTop + (layout.PlotHeight / 2), layout.ThresholdY!.Value, 6);
        Assert.Equal("Threshold: 6 or more (lonely)", series.ThresholdLabel);
        Assert.Null(LineChartLayout.Of(Series(LifeSatisfaction, (3, 3, 4))).ThresholdY);
    }

    [Fact]
    public void A_narrower_axis_keeps_scores_outside_it_on_the_edge_and_drops_bands_outside_it()
    {
        var series = new ChartSeries("HbA1c", HbA1cResult.Measure, [new ChartPoint(new DateOnly(2026, 3, 3), 120, null)])
        {
            AxisFrom = 30,
            AxisTo = 100,
        };

        var layout = LineChartLayout.Of(series);

        Assert.Equal(layout.PlotTop, Assert.Single(layout.Points).Y, 6);
        Assert.All(layout.Bands, b => Assert.InRange(b.Top, layout.PlotTop - 1e-6, layout.PlotBottom));
        Assert.Equal(["30", "40", "50", "60", "70", "80", "90", "100"], layout.YTicks.Select(t => t.Label));
    }

    [Fact]
    public void Dates_too_close_to_label_apart_keep_the_later_label()
    {
        var layout = LineChartLayout.Of(Series(LifeSatisfaction, (1, 1, 4), (1, 3, 5), (12, 31, 7)));

        Assert.Equal(["3 Jan 2026", "31 Dec 2026"], layout.XTicks.Select(t => t.Label));
    }

    [Fact]
    public void The_summary_says_where_it_started_at_baseline_where_it_is_now_and_that_it_improved()
    {
        var summary = ChartText.Summary(Series(LifeSatisfaction, (3, 3, 4), (6, 2, 7)));

        Assert.Equal("Life satisfaction went from 4 (low) at baseline on 3 March 2026 to 7 (high) on 2 June 2026: improved.", summary);
    }

    [Fact]
    public void A_rise_in_anxiety_reads_as_worse_and_a_one_point_move_as_unchanged()
    {
        Assert.EndsWith(": worse.", ChartText.Summary(Series(Anxiety, (3, 3, 2), (6, 2, 6))), StringComparison.Ordinal);
        Assert.EndsWith(": unchanged.", ChartText.Summary(Series(LifeSatisfaction, (3, 3, 6), (6, 2, 7))), StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_of_one_score_says_there_is_nothing_to_compare_yet_and_of_none_that_there_are_no_scores()
    {
        Assert.Equal("Life satisfaction was 4 (low) on 3 March 2026; there is no later score to compare with yet.",
            ChartText.Summary(Series(LifeSatisfaction, (3, 3, 4))));
        Assert.Equal("Life satisfaction: no scores recorded yet.", ChartText.Summary(Series(LifeSatisfaction)));
    }

    [Fact]
    public void The_summary_of_a_series_without_bands_or_baseline_gives_values_with_their_unit()
    {
        var series = new ChartSeries("Get back to the allotment", GoalScore.Measure,
            [new ChartPoint(new DateOnly(2026, 3, 3), 3, null), new ChartPoint(new DateOnly(2026, 6, 2), 6, null)]);
        var hba1c = new ChartSeries("HbA1c", HbA1cResult.Measure,
            [new ChartPoint(new DateOnly(2026, 3, 3), 64, null), new ChartPoint(new DateOnly(2026, 6, 2), 56, null)])
        { Unit = "mmol/mol" };

        Assert.Equal("Get back to the allotment went from 3 on 3 March 2026 to 6 on 2 June 2026: improved.", ChartText.Summary(series));
        Assert.Equal("HbA1c went from 64 mmol/mol (48 or more) on 3 March 2026 to 56 mmol/mol (48 or more) on 2 June 2026: improved.",
            ChartText.Summary(hba1c));
    }

    [Fact]
    public void A_band_recorded_at_the_time_is_what_the_table_and_summary_say_even_if_the_threshold_moved_since()
    {
        var series = new ChartSeries("Loneliness", Loneliness, [new ChartPoint(new DateOnly(2026, 3, 3), 5, "Lonely")]);

        Assert.Equal("Lonely", series.BandOf(series.Points[0]));
        Assert.StartsWith("Loneliness was 5 (lonely)", ChartText.Summary(series), StringComparison.Ordinal);
    }
}
