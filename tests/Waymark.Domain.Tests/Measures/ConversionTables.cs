using Waymark.Domain.Common;
using Waymark.Domain.Measures;
using static Waymark.Domain.Tests.Measures.Questionnaires;

namespace Waymark.Domain.Tests.Measures;

/// <summary>SWEMWBS is licensed and not shipped; these use a made-up instrument of its shape (7 items 1 to 5, raw 7 to 35).</summary>
public sealed class ConversionTables
{
    [Theory]
    [InlineData(7, 8.96, "Low")]
    [InlineData(19, 19.04, "Low")]
    [InlineData(20, 20.01, "Average")]
    [InlineData(27, 27.36, "Average")]
    [InlineData(28, 28.49, "High")]
    [InlineData(35, 36.96, "High")]
    public void The_raw_total_converts_to_the_metric_score_and_is_banded_on_it(int raw, double metric, string band)
    {
        var definition = MadeUp();

        var total = definition.Score(MadeUpResponse(definition, raw)).Total!;

        Assert.Equal(((int?)raw, (decimal)metric, band), (total.RawTotal, total.Value, total.Band!.Label));
        Assert.Equal(("Metric score", 8.96m, 36.96m), (total.Measure.Name, total.Measure.Lowest, total.Measure.Highest));
    }

    [Fact]
    public void A_table_missing_a_possible_raw_total_is_refused()
    {
        var table = ScoreConversion.Of("Metric score", MadeUpTable().Where(r => r.RawTotal is not (12 or 13)));

        var error = Assert.Throws<DomainException>(() => MadeUp(table));

        Assert.Equal(("The conversion table has no row for a raw total of 12, 13", "Conversion"), (error.Message, error.Field));
    }

    [Fact]
    public void A_table_with_a_row_the_answers_cannot_add_up_to_is_refused()
    {
        var table = ScoreConversion.Of("Metric score", MadeUpTable(6, 35));

        var error = Assert.Throws<DomainException>(() => MadeUp(table));

        Assert.Equal("The conversion table has a row for a raw total of 6, which the answers cannot add up to", error.Message);
    }

    [Fact]
    public void A_table_with_two_rows_for_one_raw_total_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => ScoreConversion.Of("Metric score", [.. MadeUpTable(), new ConversionRow(20, 20.01m)]));

        Assert.Equal("The conversion table has more than one row for a raw total of 20", error.Message);
    }

    [Fact]
    public void A_table_where_a_higher_raw_total_lowers_the_score_is_refused()
    {
        var rows = MadeUpTable().Select(r => r.RawTotal == 30 ? r with { Metric = 1m } : r);

        var error = Assert.Throws<DomainException>(() => ScoreConversion.Of("Metric score", rows));

        Assert.Equal("A raw total of 30 converts to less than 29 does; a higher raw total must not lower the score", error.Message);
    }

    [Fact]
    public void An_empty_table_is_refused()
    {
        Assert.Equal("Conversion", Assert.Throws<DomainException>(() => ScoreConversion.Of("Metric score", [])).Field);
    }

    [Fact]
    public void Rows_are_kept_in_raw_total_order_whatever_order_they_come_in()
    {
        var table = ScoreConversion.Of(" Metric score ", MadeUpTable().Reverse());

        Assert.Equal(Enumerable.Range(7, 29), table.Rows.Select(r => r.RawTotal));
        Assert.Equal("Metric score", table.MetricName);
        Assert.Equal(21m, table.Convert(21));
    }

    [Fact]
    public void Bands_on_the_metric_must_cover_every_converted_score()
    {
        var gap = Banding.Of(ScoreDirection.HigherIsBetter, 3, new Band(8.96m, 19m, "Low"), new Band(20m, 36.96m, "Not low"));

        var error = Assert.Throws<DomainException>(() => MadeUp(bands: gap));

        Assert.Equal(("A score of 19.04 for \"Metric score\" is in no band; the bands must cover every possible score", "Bands"), (error.Message, error.Field));
    }

    [Fact]
    public void A_threshold_cannot_sit_on_a_converted_score()
    {
        var cutoff = Banding.WithCutoff(ScoreDirection.HigherIsBetter, 3, new Cutoff("Flourishing", "Not flourishing", 28));

        var error = Assert.Throws<DomainException>(() => ScoringRule.Total("Raw score", cutoff, ScoreConversion.Of("Metric score", MadeUpTable())));

        Assert.Equal("Scoring", error.Field);
    }
}
