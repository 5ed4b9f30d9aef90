using Waymark.Domain.Common;
using Waymark.Domain.Measures;

namespace Waymark.Domain.Tests.Measures;

public sealed class DefinitionRules
{
    private const string Url = "https://example.org/fhir/Questionnaire/test";

    private static Banding ZeroToTen => Banding.Of(ScoreDirection.HigherIsBetter, 1, new Band(0, 5, "Lower"), new Band(6, 10, "Higher"));

    private static QuestionnaireItem Scale(string linkId, Banding? banding = null, bool required = true) =>
        QuestionnaireItem.Scale(linkId, $"Question {linkId}", 0, 10, banding: banding ?? ZeroToTen, required: required);

    private static QuestionnaireDefinition Define(IEnumerable<QuestionnaireItem> items, ScoringRule? scoring = null, string url = Url) =>
        QuestionnaireDefinition.Create(url, "1", "Test questionnaire", items, scoring ?? ScoringRule.PerItem());

    private static DomainException Refused(Action action) => Assert.Throws<DomainException>(action);

    [Fact]
    public void A_new_definition_is_a_draft_with_its_words_trimmed()
    {
        var definition = QuestionnaireDefinition.Create(
            $" {Url} ", " 2.1 ", " Test ", [Scale("a")], ScoringRule.PerItem(), " Read this first ", " Ours ");

        Assert.Equal((Url, "2.1", "Test", "Read this first", "Ours", QuestionnaireStatus.Draft), (definition.Url, definition.Version, definition.Title, definition.Introduction, definition.LicenceNote, definition.Status));
        Assert.False(definition.CanBeAnswered);
    }

    [Theory]
    [InlineData("ons4")]
    [InlineData("ftp://example.org/q")]
    public void The_url_must_be_a_full_web_address(string url)
    {
        var error = Refused(() => Define([Scale("a")], url: url));

        Assert.Equal(nameof(QuestionnaireDefinition.Url), error.Field);
        Assert.StartsWith("Enter the questionnaire's url as a full web address", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_version_and_a_title_are_required()
    {
        Assert.Equal("Enter a version", Refused(() => QuestionnaireDefinition.Create(Url, " ", "T", [Scale("a")], ScoringRule.PerItem())).Message);
        Assert.Equal("Enter a title", Refused(() => QuestionnaireDefinition.Create(Url, "1", null, [Scale("a")], ScoringRule.PerItem())).Message);
    }

    [Fact]
    public void Link_ids_must_be_unique()
    {
        var error = Refused(() => Define([Scale("mood"), Scale("sleep"), Scale("Mood")]));

        Assert.Equal(("Two questions have the link id \"mood\"; give each question its own", "Items"), (error.Message, error.Field));
    }

    [Fact]
    public void A_questionnaire_needs_at_least_one_question()
    {
        Assert.Equal("A questionnaire needs from 1 to 50 questions", Refused(() => Define([])).Message);
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("ünï")]
    public void Link_ids_use_only_letters_numbers_dots_dashes_and_underscores(string linkId)
    {
        Assert.Equal(
            $"The link id \"{linkId}\" can use only letters, numbers, dots, dashes and underscores",
            Refused(() => Scale(linkId)).Message);
    }

    [Fact]
    public void A_scale_needs_its_lowest_number_below_its_highest()
    {
        Assert.Equal("Items", Refused(() => QuestionnaireItem.Scale("a", "Question", 5, 5)).Field);
    }

    [Fact]
    public void A_choice_needs_at_least_two_answers_with_different_codes()
    {
        Assert.Contains("needs from 2 to 20 answers", Refused(() => QuestionnaireItem.Choice("a", "Q", [new AnswerOption("yes", "Yes", 1)])).Message, StringComparison.Ordinal);
        Assert.Equal(
            "Give each answer to the question \"a\" a different code",
            Refused(() => QuestionnaireItem.Choice("a", "Q", [new AnswerOption("yes", "Yes", 1), new AnswerOption("yes", "Oui", 2)])).Message);
    }

    [Fact]
    public void Bands_that_overlap_are_refused()
    {
        var error = Refused(() => Banding.Of(ScoreDirection.HigherIsBetter, 1, new Band(0, 5, "Low"), new Band(5, 10, "High")));

        Assert.Equal(("The bands \"Low\" and \"High\" overlap; each score can be in only one band", "Bands"), (error.Message, error.Field));
    }

    [Fact]
    public void Bands_that_leave_a_possible_score_out_are_refused()
    {
        var gap = Banding.Of(ScoreDirection.HigherIsBetter, 1, new Band(0, 4, "Low"), new Band(6, 10, "High"));

        var error = Refused(() => Define([QuestionnaireItem.Scale("a", "Question", 0, 10, banding: gap, name: "Mood")]));

        Assert.Equal("A score of 5 for \"Mood\" is in no band; the bands must cover every possible score", error.Message);
    }

    [Fact]
    public void A_band_no_possible_score_can_reach_is_refused()
    {
        var beyond = Banding.Of(ScoreDirection.HigherIsBetter, 1, new Band(0, 10, "All"), new Band(11, 20, "Beyond"));

        Assert.Equal("No possible score for \"a\" is in the band \"Beyond\"", Refused(() => Define([Scale("a", beyond)])).Message);
    }

    [Fact]
    public void Bands_are_kept_lowest_first_and_need_different_labels()
    {
        var banding = Banding.Of(ScoreDirection.HigherIsWorse, 1, new Band(6, 10, "High"), new Band(0, 5, "Low"));

        Assert.Equal(["Low", "High"], banding.Bands.Select(b => b.Label));
        Assert.Equal("Give each band a different label", Refused(() => Banding.Of(ScoreDirection.HigherIsWorse, 1, new Band(0, 5, "Low"), new Band(6, 10, "low"))).Message);
        Assert.Equal("The band \"Upside\" must start at or below where it ends", Refused(() => Banding.Of(ScoreDirection.HigherIsWorse, 1, new Band(5, 0, "Upside"))).Message);
    }

    [Fact]
    public void The_meaningful_change_must_be_more_than_0()
    {
        Assert.Equal("MeaningfulChange", Refused(() => Banding.Of(ScoreDirection.HigherIsBetter, 0, new Band(0, 10, "All"))).Field);
    }

    [Fact]
    public void Each_question_of_a_per_item_questionnaire_must_say_how_its_score_is_read()
    {
        var unbanded = QuestionnaireItem.Scale("sleep", "How well did you sleep?", 0, 10);

        Assert.Equal(
            "The question \"sleep\" needs to say how its score is read, because each question is scored on its own",
            Refused(() => Define([Scale("mood"), unbanded])).Message);
    }

    [Fact]
    public void A_question_without_bands_still_has_a_direction_and_no_band()
    {
        var directionOnly = Banding.Of(ScoreDirection.HigherIsBetter, 1);
        var definition = Define([Scale("mood", directionOnly)]);
        definition.Activate();

        var score = definition.Score(Questionnaires.Respond(definition, QuestionnaireAnswer.Of("mood", 4))).For("mood")!;

        Assert.Null(score.Band);
        Assert.Equal(ScoreDirection.HigherIsBetter, score.Measure.Direction);
    }

    [Fact]
    public void Every_question_of_a_totalled_questionnaire_must_be_required()
    {
        var total = ScoringRule.Total("Total", Banding.Of(ScoreDirection.HigherIsBetter, 1));
        var optional = QuestionnaireItem.Scale("b", "Question b", 0, 10, required: false);

        Assert.Equal(
            "The question \"b\" must be required, because every answer counts towards the total",
            Refused(() => Define([QuestionnaireItem.Scale("a", "Question a", 0, 10), optional], total)).Message);
        Assert.Equal(
            "The question \"a\" has its own bands, but this questionnaire is scored as a total",
            Refused(() => Define([Scale("a")], total)).Message);
    }

    [Fact]
    public void A_total_of_choice_questions_is_banded_on_the_totals_they_can_reach()
    {
        // Scores 0 and 2 only: the totals of two questions are 0, 2 and 4, so 1 and 3 need no band.
        var options = new[] { new AnswerOption("no", "No", 0), new AnswerOption("yes", "Yes", 2) };
        var bands = Banding.Of(ScoreDirection.HigherIsWorse, 2, new Band(0, 0, "None"), new Band(2, 2, "Some"), new Band(4, 4, "Both"));

        var definition = Define([QuestionnaireItem.Choice("a", "A?", options), QuestionnaireItem.Choice("b", "B?", options)], ScoringRule.Total("Total", bands));

        Assert.Equal((0m, 4m), (definition.Measures()[0].Lowest, definition.Measures()[0].Highest));
    }

    [Fact]
    public void A_definition_moves_from_draft_to_active_to_retired_and_no_further()
    {
        var definition = Define([Scale("a")]);

        definition.Activate();
        Assert.True(definition.CanBeAnswered);
        definition.Retire();
        Assert.Equal(QuestionnaireStatus.Retired, definition.Status);
        Assert.Equal("Only a draft questionnaire can be made active; this one is retired", Refused(definition.Activate).Message);
        Assert.Equal("This questionnaire is already retired", Refused(definition.Retire).Message);
    }

    [Fact]
    public void Two_definitions_have_the_same_content_only_when_every_word_and_rule_matches()
    {
        Assert.True(Define([Scale("a"), Scale("b")]).HasSameContentAs(Define([Scale("a"), Scale("b")])));
        Assert.False(Define([Scale("a"), Scale("b")]).HasSameContentAs(Define([Scale("a"), Scale("c")])));
        Assert.False(Define([Scale("a")]).HasSameContentAs(Define([Scale("a", Banding.Of(ScoreDirection.HigherIsWorse, 1, new Band(0, 10, "All")))])));
        Assert.True(BuiltInQuestionnaires.Ucla3.HasSameContentAs(BuiltInQuestionnaires.Ucla3));
        Assert.False(BuiltInQuestionnaires.Ucla3.HasSameContentAs(BuiltInQuestionnaires.Ons4));
    }
}
