using Waymark.Domain.Common;
using Waymark.Domain.Measures;
using static Waymark.Domain.Tests.Measures.Questionnaires;

namespace Waymark.Domain.Tests.Measures;

public sealed class Ucla3Scoring
{
    [Fact]
    public void UCLA3_asks_the_three_questions_with_three_answers_scored_1_to_3()
    {
        var ucla3 = BuiltInQuestionnaires.Ucla3;

        Assert.Equal(
            ["How often do you feel that you lack companionship?", "How often do you feel left out?", "How often do you feel isolated from others?"],
            ucla3.Items.Select(i => i.Text));
        Assert.All(ucla3.Items, i => Assert.Equal(
            [("hardly-ever", "Hardly ever or never", 1), ("some-of-the-time", "Some of the time", 2), ("often", "Often", 3)],
            i.Options.Select(o => (o.Code, o.Display, o.Score))));
        Assert.Equal((ScoringMethod.Total, "Loneliness score"), (ucla3.Scoring.Method, ucla3.Scoring.TotalName));
    }

    [Theory]
    [InlineData(1, 1, 1, 3, "Not lonely")]
    [InlineData(2, 2, 1, 5, "Not lonely")]
    [InlineData(2, 2, 2, 6, "Lonely")]
    [InlineData(3, 3, 3, 9, "Lonely")]
    public void The_total_runs_from_3_to_9_and_6_or_more_is_lonely_by_default(int a, int b, int c, int total, string band)
    {
        var score = BuiltInQuestionnaires.Ucla3.Score(Ucla3(a, b, c)).Total!;

        Assert.Equal((total, (int?)total, band), (score.Value, score.RawTotal, score.Band!.Label));
        Assert.Equal(band == "Lonely", score.MeetsCutoff);
        Assert.Equal((3m, 9m, ScoreDirection.HigherIsWorse, (int?)6), (score.Measure.Lowest, score.Measure.Highest, score.Measure.Direction, score.Measure.CutoffAt));
    }

    [Theory]
    [InlineData(6, false)]
    [InlineData(7, true)]
    public void A_service_can_move_the_lonely_threshold(int total, bool lonely)
    {
        var response = total == 6 ? Ucla3(2, 2, 2) : Ucla3(3, 2, 2);

        var score = BuiltInQuestionnaires.Ucla3.Score(response, new ScoringOptions(CutoffAt: 7)).Total!;

        Assert.Equal(lonely, score.MeetsCutoff);
        Assert.Equal(lonely ? "Lonely" : "Not lonely", score.Band!.Label);
        Assert.Equal([new Band(3, 6, "Not lonely"), new Band(7, 9, "Lonely")], score.Measure.Bands);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(10)]
    public void A_threshold_that_leaves_a_band_empty_is_refused(int at)
    {
        var error = Assert.Throws<DomainException>(() => BuiltInQuestionnaires.Ucla3.Score(Ucla3(2, 2, 2), new ScoringOptions(at)));

        Assert.Equal(("The threshold must be a whole number from 4 to 9", "CutoffAt"), (error.Message, error.Field));
    }

    [Fact]
    public void Each_item_score_is_kept_beside_the_total()
    {
        var score = BuiltInQuestionnaires.Ucla3.Score(Ucla3(3, 1, 2));

        Assert.Equal([("lack-companionship", 3), ("left-out", 1), ("isolated", 2)], score.Items.Select(i => (i.LinkId, i.Score)));
        Assert.Single(score.Measures);
    }

    [Fact]
    public void An_answer_that_is_not_one_of_the_options_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => Respond(
            BuiltInQuestionnaires.Ucla3, QuestionnaireAnswer.Chosen("lack-companionship", "always"),
            QuestionnaireAnswer.Chosen("left-out", "often"), QuestionnaireAnswer.Chosen("isolated", "often")));

        Assert.Equal(("Select one of the answers", "lack-companionship"), (error.Message, error.Field));
    }

    [Fact]
    public void A_number_given_for_a_choice_question_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => Respond(
            BuiltInQuestionnaires.Ucla3, QuestionnaireAnswer.Chosen("lack-companionship", "often"),
            QuestionnaireAnswer.Of("left-out", 2), QuestionnaireAnswer.Chosen("isolated", "often")));

        Assert.Equal(("Select one of the answers", "left-out"), (error.Message, error.Field));
    }
}
