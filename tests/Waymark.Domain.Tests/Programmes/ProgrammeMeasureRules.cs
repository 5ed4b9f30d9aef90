using Waymark.Domain.Common;
using Waymark.Domain.Measures;
using Waymark.Domain.Programmes;

namespace Waymark.Domain.Tests.Programmes;

public sealed class ProgrammeMeasureRules
{
    private static Programme NewProgramme() => Programme.Create(Guid.CreateVersion7(), "Healthy ageing", new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_new_programme_asks_ONS4_and_UCLA_3_every_12_weeks_and_at_discharge()
    {
        var programme = NewProgramme();

        Assert.Equal([BuiltInQuestionnaires.Ons4Url, BuiltInQuestionnaires.Ucla3Url], programme.MeasureUrls);
        Assert.Equal(12, programme.ReviewWeeks);
        Assert.True(programme.AskMeasuresAtDischarge);
    }

    [Fact]
    public void Measures_keep_their_order_and_drop_duplicates()
    {
        var programme = NewProgramme();

        programme.SetMeasures([BuiltInQuestionnaires.Ucla3Url, " " + BuiltInQuestionnaires.Ucla3Url, "https://example.org/q/swemwbs"], askAtDischarge: false);

        Assert.Equal([BuiltInQuestionnaires.Ucla3Url, "https://example.org/q/swemwbs"], programme.MeasureUrls);
        Assert.False(programme.AskMeasuresAtDischarge);
    }

    [Fact]
    public void A_programme_may_ask_no_measures()
    {
        var programme = NewProgramme();

        programme.SetMeasures([], askAtDischarge: true);

        Assert.Empty(programme.MeasureUrls);
    }

    [Fact]
    public void A_measure_that_is_not_a_questionnaire_url_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => NewProgramme().SetMeasures(["ons4"], true));

        Assert.Equal(("Choose questionnaires from the list", "MeasureUrls"), (error.Message, error.Field));
    }

    [Fact]
    public void More_than_six_measures_are_refused()
    {
        var urls = Enumerable.Range(1, 7).Select(i => $"https://example.org/q/{i}");

        var error = Assert.Throws<DomainException>(() => NewProgramme().SetMeasures(urls, true));

        Assert.Equal("MeasureUrls", error.Field);
    }
}
