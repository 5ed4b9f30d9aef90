using Waymark.Domain.Measures;

namespace Waymark.Domain.Tests.Measures;

public sealed class ScheduleRules
{
    private const string Ons4 = BuiltInQuestionnaires.Ons4Url;
    private const string Ucla3 = BuiltInQuestionnaires.Ucla3Url;
    private static readonly DateOnly Start = new(2027, 1, 4);

    private static MeasureScheduleFacts Facts(
        IReadOnlyList<MeasureAnswered>? responses = null, IReadOnlyList<MeasureDeferred>? deferrals = null, bool preparingDischarge = false,
        bool askAtDischarge = true, int reviewWeeks = 12) =>
        new([Ons4, Ucla3], reviewWeeks, askAtDischarge, Start, responses ?? [], deferrals ?? [], preparingDischarge);

    private static MeasureDue Ons4On(MeasureScheduleFacts facts, DateOnly today) => MeasureSchedule.NextFor(facts, Ons4, today)!;

    [Fact]
    public void The_baseline_is_due_from_the_first_conversation_for_each_measure()
    {
        var due = MeasureSchedule.Next(Facts(), Start);

        Assert.Equal(
            [(Ons4, MeasureOccasion.Baseline, Start, MeasureDueState.Due), (Ucla3, MeasureOccasion.Baseline, Start, MeasureDueState.Due)],
            due.Select(d => (d.Url, d.Occasion, d.DueOn, d.State)));
    }

    [Fact]
    public void A_baseline_is_not_yet_due_before_support_starts()
    {
        Assert.Equal(MeasureDueState.NotYetDue, Ons4On(Facts(), Start.AddDays(-1)).State);
    }

    [Fact]
    public void A_measure_is_overdue_only_when_more_than_14_days_past_due()
    {
        Assert.Equal(MeasureDueState.Due, Ons4On(Facts(), Start.AddDays(MeasureSchedule.OverdueAfterDays)).State);
        Assert.Equal(MeasureDueState.Overdue, Ons4On(Facts(), Start.AddDays(MeasureSchedule.OverdueAfterDays + 1)).State);
    }

    [Fact]
    public void The_first_review_is_due_the_programme_interval_after_the_baseline()
    {
        var baseline = Start.AddDays(3);

        var next = Ons4On(Facts([new(Ons4, baseline)], reviewWeeks: 8), baseline.AddDays(1));

        Assert.Equal((MeasureOccasion.Review, 1, baseline.AddDays(56), MeasureDueState.NotYetDue), (next.Occasion, next.ReviewNumber, next.DueOn, next.State));
    }

    [Fact]
    public void Each_measure_follows_its_own_baseline()
    {
        var facts = Facts([new(Ons4, Start), new(Ucla3, Start.AddDays(7))]);

        var due = MeasureSchedule.Next(facts, Start.AddDays(7));

        Assert.Equal([Start.AddDays(84), Start.AddDays(91)], due.Select(d => d.DueOn));
    }

    [Fact]
    public void Reviews_keep_to_the_schedule_from_the_baseline_when_one_is_answered_late()
    {
        var facts = Facts([new(Ons4, Start), new(Ons4, Start.AddDays(84 + 20))]);

        var next = Ons4On(facts, Start.AddDays(110));

        Assert.Equal((2, Start.AddDays(168)), (next.ReviewNumber, next.DueOn));
    }

    [Fact]
    public void A_review_answered_up_to_two_weeks_early_counts_as_that_review()
    {
        var facts = Facts([new(Ons4, Start), new(Ons4, Start.AddDays(84 - 14))]);

        Assert.Equal(2, Ons4On(facts, Start.AddDays(71)).ReviewNumber);
    }

    [Fact]
    public void A_response_well_before_a_review_does_not_count_as_it()
    {
        var facts = Facts([new(Ons4, Start), new(Ons4, Start.AddDays(84 - 15))]);

        Assert.Equal((1, Start.AddDays(84)), (Ons4On(facts, Start.AddDays(70)).ReviewNumber, Ons4On(facts, Start.AddDays(70)).DueOn));
    }

    [Fact]
    public void A_missed_review_stays_due_and_becomes_overdue_rather_than_being_skipped()
    {
        var next = Ons4On(Facts([new(Ons4, Start)]), Start.AddDays(200));

        Assert.Equal((1, Start.AddDays(84), MeasureDueState.Overdue), (next.ReviewNumber, next.DueOn, next.State));
    }

    [Fact]
    public void The_early_window_is_at_most_half_a_short_interval()
    {
        // Every 2 weeks: a response 8 days before the first review (day 14) does not count as it, one 7 days before does.
        Assert.Equal(1, Ons4On(Facts([new(Ons4, Start), new(Ons4, Start.AddDays(6))], reviewWeeks: 2), Start.AddDays(6)).ReviewNumber);
        Assert.Equal(2, Ons4On(Facts([new(Ons4, Start), new(Ons4, Start.AddDays(7))], reviewWeeks: 2), Start.AddDays(7)).ReviewNumber);
    }

    [Fact]
    public void Not_appropriate_now_moves_the_due_date_without_penalty()
    {
        var today = Start.AddDays(84 + 20);
        var deferral = new MeasureDeferred(Ons4, today, today.AddDays(28), "Bereavement");

        var next = Ons4On(Facts([new(Ons4, Start)], [deferral]), today);

        Assert.Equal(
            (MeasureOccasion.Review, today.AddDays(28), MeasureDueState.NotYetDue, Start.AddDays(84), "Bereavement", true),
            (next.Occasion, next.DueOn, next.State, next.ScheduledOn, next.DeferralReason, next.IsDeferred));
    }

    [Fact]
    public void A_deferred_measure_is_overdue_only_14_days_after_its_new_date()
    {
        var deferral = new MeasureDeferred(Ons4, Start, Start.AddDays(30), "In hospital");

        Assert.Equal(MeasureDueState.Due, Ons4On(Facts(deferrals: [deferral]), Start.AddDays(44)).State);
        Assert.Equal(MeasureDueState.Overdue, Ons4On(Facts(deferrals: [deferral]), Start.AddDays(45)).State);
    }

    [Fact]
    public void A_deferral_applies_only_to_its_own_measure()
    {
        var deferral = new MeasureDeferred(Ucla3, Start, Start.AddDays(30), "Not today");

        var due = MeasureSchedule.Next(Facts(deferrals: [deferral]), Start);

        Assert.Equal([(Start, false), (Start.AddDays(30), true)], due.Select(d => (d.DueOn, d.IsDeferred)));
    }

    [Fact]
    public void A_response_after_a_deferral_ends_it()
    {
        var deferral = new MeasureDeferred(Ons4, Start, Start.AddDays(30), "Bereavement");

        var next = Ons4On(Facts([new(Ons4, Start.AddDays(20))], [deferral]), Start.AddDays(21));

        Assert.Equal((MeasureOccasion.Review, Start.AddDays(20 + 84), false), (next.Occasion, next.DueOn, next.IsDeferred));
    }

    [Fact]
    public void The_latest_deferral_wins()
    {
        MeasureDeferred[] deferrals = [new(Ons4, Start, Start.AddDays(60), "First"), new(Ons4, Start.AddDays(10), Start.AddDays(30), "Second")];

        var next = Ons4On(Facts(deferrals: deferrals), Start.AddDays(10));

        Assert.Equal((Start.AddDays(30), "Second"), (next.DueOn, next.DeferralReason));
    }

    [Fact]
    public void A_deferral_to_before_the_scheduled_date_changes_nothing()
    {
        var next = Ons4On(Facts([new(Ons4, Start)], [new(Ons4, Start.AddDays(1), Start.AddDays(20), "Busy")]), Start.AddDays(2));

        Assert.Equal((Start.AddDays(84), false), (next.DueOn, next.IsDeferred));
    }

    [Fact]
    public void Preparing_discharge_makes_each_measure_with_a_baseline_due_today()
    {
        var today = Start.AddDays(50);

        var due = MeasureSchedule.Next(Facts([new(Ons4, Start), new(Ucla3, Start)], preparingDischarge: true), today);

        Assert.All(due, d => Assert.Equal((MeasureOccasion.Discharge, today, MeasureDueState.Due), (d.Occasion, d.DueOn, d.State)));
        Assert.Equal(2, due.Count);
    }

    [Fact]
    public void A_recent_response_serves_as_the_discharge_measure()
    {
        var today = Start.AddDays(50);

        var due = MeasureSchedule.Next(Facts([new(Ons4, Start), new(Ons4, today.AddDays(-13)), new(Ucla3, Start)], preparingDischarge: true), today);

        Assert.Equal([Ucla3], due.Select(d => d.Url));
    }

    [Fact]
    public void Without_a_baseline_discharge_still_asks_for_the_baseline()
    {
        var next = Ons4On(Facts(preparingDischarge: true), Start.AddDays(50));

        Assert.Equal((MeasureOccasion.Baseline, MeasureDueState.Overdue), (next.Occasion, next.State));
    }

    [Fact]
    public void A_programme_that_does_not_ask_at_discharge_keeps_its_review_schedule()
    {
        var next = Ons4On(Facts([new(Ons4, Start)], preparingDischarge: true, askAtDischarge: false), Start.AddDays(50));

        Assert.Equal((MeasureOccasion.Review, Start.AddDays(84)), (next.Occasion, next.DueOn));
    }
}
