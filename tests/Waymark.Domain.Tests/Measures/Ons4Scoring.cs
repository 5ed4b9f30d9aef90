using Waymark.Domain.Common;
using Waymark.Domain.Measures;
using static Waymark.Domain.Tests.Measures.Questionnaires;

namespace Waymark.Domain.Tests.Measures;

public sealed class Ons4Scoring
{
    [Fact]
    public void ONS4_asks_the_four_ONS_questions_word_for_word_on_a_0_to_10_scale()
    {
        var ons4 = BuiltInQuestionnaires.Ons4;

        Assert.Equal(
            [
                "Overall, how satisfied are you with your life nowadays?",
                "Overall, to what extent do you feel that the things you do in your life are worthwhile?",
                "Overall, how happy did you feel yesterday?",
                "On a scale where 0 is 'not at all anxious' and 10 is 'completely anxious', overall, how anxious did you feel yesterday?",
            ],
            ons4.Items.Select(i => i.Text));
        Assert.All(ons4.Items, i => Assert.Equal((AnswerKind.Scale, 0, 10, true), (i.Kind, i.Min!.Value, i.Max!.Value, i.Required)));
        Assert.Equal(new ScaleAnchors("not at all", "completely"), ons4.Items[0].Anchors);
        Assert.Contains("where 0 is 'not at all' and 10 is 'completely'", ons4.Introduction, StringComparison.Ordinal);
        Assert.Equal((BuiltInQuestionnaires.Ons4Url, "1.0.0", QuestionnaireStatus.Active, BuiltInQuestionnaires.Ons4Id), (ons4.Url, ons4.Version, ons4.Status, ons4.Id));
        Assert.Contains("Open Government Licence", ons4.LicenceNote, StringComparison.Ordinal);
    }

    [Fact]
    public void ONS4_scores_each_item_on_its_own_with_no_composite()
    {
        var score = BuiltInQuestionnaires.Ons4.Score(Ons4(7, 8, 6, 3));

        Assert.Equal(["life-satisfaction", "worthwhile", "happiness", "anxiety"], score.Measures.Select(m => m.Measure.Id));
        Assert.Equal([7m, 8m, 6m, 3m], score.Measures.Select(m => m.Value));
        Assert.Null(score.Total);
        Assert.Equal(["Life satisfaction", "Worthwhile", "Happiness", "Anxiety"], score.Measures.Select(m => m.Measure.Name));
    }

    [Theory]
    [InlineData(0, "Low")]
    [InlineData(4, "Low")]
    [InlineData(5, "Medium")]
    [InlineData(6, "Medium")]
    [InlineData(7, "High")]
    [InlineData(8, "High")]
    [InlineData(9, "Very high")]
    [InlineData(10, "Very high")]
    public void Satisfaction_worthwhile_and_happiness_are_banded_at_the_ONS_edges(int value, string band)
    {
        var score = BuiltInQuestionnaires.Ons4.Score(Ons4(value, value, value, 0));

        foreach (var id in new[] { "life-satisfaction", "worthwhile", "happiness" })
        {
            Assert.Equal(band, score.For(id)!.Band!.Label);
            Assert.Equal(ScoreDirection.HigherIsBetter, score.For(id)!.Measure.Direction);
        }
    }

    [Theory]
    [InlineData(0, "Very low")]
    [InlineData(1, "Very low")]
    [InlineData(2, "Low")]
    [InlineData(3, "Low")]
    [InlineData(4, "Medium")]
    [InlineData(5, "Medium")]
    [InlineData(6, "High")]
    [InlineData(10, "High")]
    public void Anxiety_is_banded_at_the_ONS_edges_and_higher_is_worse(int value, string band)
    {
        var anxiety = BuiltInQuestionnaires.Ons4.Score(Ons4(5, 5, 5, value)).For("anxiety")!;

        Assert.Equal(band, anxiety.Band!.Label);
        Assert.Equal(ScoreDirection.HigherIsWorse, anxiety.Measure.Direction);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void An_answer_outside_0_to_10_is_refused_saying_the_range(int value)
    {
        var error = Assert.Throws<DomainException>(() => Ons4(5, value, 5, 5));

        Assert.Equal("Enter a number from 0 to 10", error.Message);
        Assert.Equal("worthwhile", error.Field);
    }

    [Fact]
    public void A_missing_answer_is_refused_on_its_question()
    {
        var error = Assert.Throws<DomainException>(() => Respond(
            BuiltInQuestionnaires.Ons4, QuestionnaireAnswer.Of("life-satisfaction", 5), QuestionnaireAnswer.Of("worthwhile", 5), QuestionnaireAnswer.Of("anxiety", 5)));

        Assert.Equal(("Enter a number from 0 to 10", "happiness"), (error.Message, error.Field));
    }

    [Fact]
    public void An_option_code_given_for_a_number_question_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => Respond(
            BuiltInQuestionnaires.Ons4, QuestionnaireAnswer.Chosen("life-satisfaction", "often"), QuestionnaireAnswer.Of("worthwhile", 5),
            QuestionnaireAnswer.Of("happiness", 5), QuestionnaireAnswer.Of("anxiety", 5)));

        Assert.Equal(("Enter a number from 0 to 10", "life-satisfaction"), (error.Message, error.Field));
    }

    [Fact]
    public void Every_built_in_is_a_new_active_copy_so_no_caller_changes_another_callers()
    {
        var first = BuiltInQuestionnaires.Ons4;
        first.Retire();

        Assert.Equal(QuestionnaireStatus.Active, BuiltInQuestionnaires.Ons4.Status);
        Assert.True(first.HasSameContentAs(BuiltInQuestionnaires.Ons4));
        Assert.Equal([BuiltInQuestionnaires.Ons4Url, BuiltInQuestionnaires.Ucla3Url], BuiltInQuestionnaires.All.Select(d => d.Url));
    }
}
