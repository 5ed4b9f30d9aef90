using Waymark.Domain.Common;
using Waymark.Domain.Measures;

namespace Waymark.Domain.Tests.Measures;

public sealed class DeferralRules
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2027, 3, 1);
    private static readonly Guid EpisodeId = Guid.CreateVersion7();
    private static readonly Guid WorkerId = Guid.CreateVersion7();

    private static MeasureDeferral Defer(string? reason = "Bereavement", DateOnly? until = null, string? url = BuiltInQuestionnaires.Ons4Url) =>
        MeasureDeferral.Record(EpisodeId, url, reason, until ?? Today.AddDays(28), WorkerId, Now);

    [Fact]
    public void A_deferral_records_the_measure_the_reason_the_new_date_and_who()
    {
        var deferral = Defer(" Bereavement ");

        Assert.Equal(
            (EpisodeId, BuiltInQuestionnaires.Ons4Url, "Bereavement", Today.AddDays(28), WorkerId, Now),
            (deferral.EpisodeId, deferral.QuestionnaireUrl, deferral.Reason, deferral.Until, deferral.DeferredBy, deferral.DeferredAt));
        Assert.Equal(new MeasureDeferred(BuiltInQuestionnaires.Ons4Url, Today, Today.AddDays(28), "Bereavement"), deferral.ToFact());
    }

    [Fact]
    public void A_reason_is_required()
    {
        var error = Assert.Throws<DomainException>(() => Defer("  "));

        Assert.Equal(("Enter why asking is not appropriate now, for example a bereavement", "Reason"), (error.Message, error.Field));
    }

    [Fact]
    public void The_new_date_must_be_in_the_future()
    {
        var error = Assert.Throws<DomainException>(() => Defer(until: Today));

        Assert.Equal(("The date to ask again must be in the future", "Until"), (error.Message, error.Field));
    }

    [Fact]
    public void The_new_date_is_required()
    {
        var error = Assert.Throws<DomainException>(() => MeasureDeferral.Record(EpisodeId, BuiltInQuestionnaires.Ons4Url, "Bereavement", null, WorkerId, Now));

        Assert.Equal("Until", error.Field);
    }

    [Fact]
    public void A_measure_can_be_put_off_at_most_26_weeks()
    {
        Assert.Equal(Today.AddDays(182), Defer(until: Today.AddDays(182)).Until);

        var error = Assert.Throws<DomainException>(() => Defer(until: Today.AddDays(183)));

        Assert.Equal("Until", error.Field);
    }

    [Fact]
    public void A_deferral_names_its_questionnaire()
    {
        Assert.Equal("QuestionnaireUrl", Assert.Throws<DomainException>(() => Defer(url: null)).Field);
    }
}
