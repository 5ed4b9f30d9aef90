using Waymark.Domain.Common;
using Waymark.Domain.Measures;
using static Waymark.Domain.Tests.Measures.Questionnaires;

namespace Waymark.Domain.Tests.Measures;

public sealed class ChangeRules
{
    private static IReadOnlyList<MeasureChange> Ons4Change(QuestionnaireResponse baseline, QuestionnaireResponse latest) =>
        MeasureChange.Between(BuiltInQuestionnaires.Ons4.Score(baseline), BuiltInQuestionnaires.Ons4.Score(latest));

    private static MeasureChange Ucla3Change(QuestionnaireResponse baseline, QuestionnaireResponse latest, ScoringOptions? options = null) =>
        MeasureChange.Between(BuiltInQuestionnaires.Ucla3.Score(baseline, options), BuiltInQuestionnaires.Ucla3.Score(latest, options)).Single();

    [Fact]
    public void ONS4_change_is_read_per_item_with_anxiety_better_when_lower()
    {
        var changes = Ons4Change(Ons4(4, 5, 6, 7), Ons4(7, 5, 3, 3));

        Assert.Equal(
            [
                ("life-satisfaction", 3m, BandMovement.Up, ChangeOutcome.Improved),
                ("worthwhile", 0m, BandMovement.Same, ChangeOutcome.Unchanged),
                ("happiness", -3m, BandMovement.Down, ChangeOutcome.Worse),
                ("anxiety", -4m, BandMovement.Down, ChangeOutcome.Improved),
            ],
            changes.Select(c => (c.Measure.Id, c.Difference, c.BandMovement, c.Outcome)));
    }

    [Fact]
    public void A_one_point_move_on_ONS4_is_unchanged_even_when_it_crosses_a_band_edge()
    {
        var satisfaction = Ons4Change(Ons4(6, 5, 5, 5), Ons4(7, 5, 5, 5))[0];

        Assert.Equal((1m, BandMovement.Up, ChangeOutcome.Unchanged), (satisfaction.Difference, satisfaction.BandMovement, satisfaction.Outcome));
    }

    [Fact]
    public void A_two_point_move_on_ONS4_counts_even_inside_one_band()
    {
        var changes = Ons4Change(Ons4(0, 5, 5, 6), Ons4(2, 5, 5, 8));

        Assert.Equal((BandMovement.Same, ChangeOutcome.Improved), (changes[0].BandMovement, changes[0].Outcome));
        Assert.Equal((BandMovement.Same, ChangeOutcome.Worse), (changes[3].BandMovement, changes[3].Outcome));
    }

    [Fact]
    public void UCLA3_change_is_read_on_the_total_and_lower_is_better()
    {
        var change = Ucla3Change(Ucla3(3, 2, 2), Ucla3(2, 1, 2));

        Assert.Equal((ScoringRule.TotalMeasureId, -2m, BandMovement.Down, ChangeOutcome.Improved), (change.Measure.Id, change.Difference, change.BandMovement, change.Outcome));
        Assert.True(change.Baseline.MeetsCutoff);
        Assert.False(change.Latest.MeetsCutoff);
    }

    [Theory]
    [InlineData(1, 1, 1, 2, 1, 1, ChangeOutcome.Worse)]
    [InlineData(2, 2, 2, 2, 2, 2, ChangeOutcome.Unchanged)]
    [InlineData(2, 2, 2, 2, 2, 1, ChangeOutcome.Improved)]
    public void One_point_on_the_UCLA3_total_counts(int a1, int b1, int c1, int a2, int b2, int c2, ChangeOutcome outcome)
    {
        Assert.Equal(outcome, Ucla3Change(Ucla3(a1, b1, c1), Ucla3(a2, b2, c2)).Outcome);
    }

    [Fact]
    public void Band_movement_follows_the_services_threshold()
    {
        var atDefault = Ucla3Change(Ucla3(2, 2, 1), Ucla3(2, 2, 2));
        var atSeven = Ucla3Change(Ucla3(2, 2, 1), Ucla3(2, 2, 2), new ScoringOptions(7));

        Assert.Equal(BandMovement.Up, atDefault.BandMovement);
        Assert.Equal(BandMovement.Same, atSeven.BandMovement);
    }

    [Fact]
    public void A_converted_score_changes_on_the_metric_with_its_own_meaningful_change()
    {
        var definition = MadeUp();
        var score = (int raw) => definition.Score(MadeUpResponse(definition, raw));

        var small = MeasureChange.Between(score(19), score(21)).Single();
        var large = MeasureChange.Between(score(19), score(24)).Single();

        Assert.Equal((1.96m, BandMovement.Up, ChangeOutcome.Unchanged), (small.Difference, small.BandMovement, small.Outcome));
        Assert.Equal((5.05m, ChangeOutcome.Improved), (large.Difference, large.Outcome));
    }

    [Fact]
    public void Change_between_two_different_questionnaires_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => MeasureChange.Between(
            BuiltInQuestionnaires.Ons4.Score(Ons4(5, 5, 5, 5)), BuiltInQuestionnaires.Ucla3.Score(Ucla3(1, 1, 1))));

        Assert.Equal("Change can be measured only between two responses to the same questionnaire", error.Message);
    }

    [Fact]
    public void A_measure_missing_from_either_response_is_left_out_not_guessed()
    {
        var baseline = BuiltInQuestionnaires.Ons4.Score(Ons4(5, 5, 5, 5));
        var latest = BuiltInQuestionnaires.Ons4.Score(Ons4(8, 5, 5, 5));
        var withoutAnxiety = latest with { Measures = [.. latest.Measures.Where(m => m.Measure.Id != "anxiety")] };

        Assert.Equal(["life-satisfaction", "worthwhile", "happiness"], MeasureChange.Between(baseline, withoutAnxiety).Select(c => c.Measure.Id));
    }
}
