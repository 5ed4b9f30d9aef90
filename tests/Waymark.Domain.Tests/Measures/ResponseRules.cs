using Waymark.Domain.Common;
using Waymark.Domain.Measures;
using static Waymark.Domain.Tests.Measures.Questionnaires;

namespace Waymark.Domain.Tests.Measures;

public sealed class ResponseRules
{
    private static readonly QuestionnaireAnswer[] Ons4Answers =
    [
        QuestionnaireAnswer.Of("anxiety", 2), QuestionnaireAnswer.Of("happiness", 7),
        QuestionnaireAnswer.Of("worthwhile", 6), QuestionnaireAnswer.Of("life-satisfaction", 5),
    ];

    private static QuestionnaireResponse Record(
        ResponseMode mode, Guid? recordedBy, DateTimeOffset? answeredAt = null, QuestionnaireDefinition? definition = null, Guid? personId = null) =>
        QuestionnaireResponse.Record(definition ?? BuiltInQuestionnaires.Ons4, personId ?? PersonId, Ons4Answers, mode, answeredAt ?? Now, recordedBy, Now);

    [Fact]
    public void A_response_keeps_its_version_who_answered_who_recorded_how_and_when()
    {
        var episodeId = Guid.CreateVersion7();
        var response = QuestionnaireResponse.Record(
            BuiltInQuestionnaires.Ons4, PersonId, Ons4Answers, ResponseMode.WithLinkWorker, Now.AddMinutes(-20), WorkerId, Now, episodeId);

        Assert.Equal(
            (BuiltInQuestionnaires.Ons4Id, BuiltInQuestionnaires.Ons4Url, "1.0.0", PersonId, (Guid?)episodeId, ResponseMode.WithLinkWorker, (Guid?)WorkerId, Now.AddMinutes(-20), Now),
            (response.DefinitionId, response.DefinitionUrl, response.DefinitionVersion, response.PersonId, response.EpisodeId, response.Mode, response.RecordedBy, response.AnsweredAt, response.RecordedAt));
    }

    [Fact]
    public void Answers_are_kept_in_the_questionnaires_order()
    {
        var response = Record(ResponseMode.WithLinkWorker, WorkerId);

        Assert.Equal(["life-satisfaction", "worthwhile", "happiness", "anxiety"], response.Answers.Select(a => a.LinkId));
        Assert.Equal(7, response.AnswerTo("happiness")!.Number);
    }

    [Fact]
    public void A_person_answering_online_records_it_themselves()
    {
        var response = Record(ResponseMode.Online, null);

        var error = Assert.Throws<DomainException>(() => Record(ResponseMode.Online, WorkerId));

        Assert.Null(response.RecordedBy);
        Assert.Equal(("A response the person gave online is not recorded by a member of staff", "RecordedBy"), (error.Message, error.Field));
    }

    [Theory]
    [InlineData(ResponseMode.WithLinkWorker)]
    [InlineData(ResponseMode.Paper)]
    public void Answers_asked_by_a_link_worker_or_on_paper_must_say_who_recorded_them(ResponseMode mode)
    {
        var error = Assert.Throws<DomainException>(() => Record(mode, null));

        Assert.Equal(("A response asked by a link worker or on paper must say who recorded it", "RecordedBy"), (error.Message, error.Field));
    }

    [Fact]
    public void A_paper_form_is_typed_in_after_the_day_it_was_answered()
    {
        var response = Record(ResponseMode.Paper, WorkerId, Now.AddDays(-9));

        Assert.Equal((Now.AddDays(-9), Now), (response.AnsweredAt, response.RecordedAt));
    }

    [Fact]
    public void Answers_cannot_be_given_in_the_future_beyond_a_few_minutes_of_clock_drift()
    {
        Assert.Equal(Now.AddMinutes(4), Record(ResponseMode.WithLinkWorker, WorkerId, Now.AddMinutes(4)).AnsweredAt);

        var error = Assert.Throws<DomainException>(() => Record(ResponseMode.Paper, WorkerId, Now.AddHours(1)));

        Assert.Equal(("The date the questions were answered cannot be in the future", "AnsweredAt"), (error.Message, error.Field));
    }

    [Fact]
    public void A_response_must_say_whose_answers_they_are()
    {
        Assert.Equal("PersonId", Assert.Throws<DomainException>(() => Record(ResponseMode.WithLinkWorker, WorkerId, personId: Guid.Empty)).Field);
    }

    [Fact]
    public void A_draft_or_retired_questionnaire_cannot_be_answered()
    {
        var draft = QuestionnaireDefinition.Create(
            BuiltInQuestionnaires.Ons4Url, "2.0.0", "Draft", BuiltInQuestionnaires.Ons4.Items, ScoringRule.PerItem());
        var retired = BuiltInQuestionnaires.Ons4;
        retired.Retire();

        Assert.Equal("This questionnaire is a draft; make it active before recording answers", Assert.Throws<DomainException>(() => Record(ResponseMode.Online, null, definition: draft)).Message);
        Assert.Equal("This questionnaire has been retired; use its current version", Assert.Throws<DomainException>(() => Record(ResponseMode.Online, null, definition: retired)).Message);
    }

    [Fact]
    public void An_answer_to_a_question_the_questionnaire_does_not_have_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => Respond(BuiltInQuestionnaires.Ons4, [.. Ons4Answers, QuestionnaireAnswer.Of("sleep", 5)]));

        Assert.Equal(("This questionnaire has no such question; answer only the questions shown", "sleep"), (error.Message, error.Field));
    }

    [Fact]
    public void Two_answers_to_one_question_are_refused()
    {
        var error = Assert.Throws<DomainException>(() => Respond(BuiltInQuestionnaires.Ons4, [.. Ons4Answers, QuestionnaireAnswer.Of("anxiety", 3)]));

        Assert.Equal(("Give one answer to this question", "anxiety"), (error.Message, error.Field));
    }

    [Fact]
    public void Check_lists_every_problem_at_once_in_question_order_so_a_form_can_show_them_all()
    {
        var problems = BuiltInQuestionnaires.Ons4.Check(
            [QuestionnaireAnswer.Of("extra", 1), QuestionnaireAnswer.Of("anxiety", 12), QuestionnaireAnswer.Of("worthwhile", 3)]);

        Assert.Equal(
            [
                new AnswerProblem("life-satisfaction", "Enter a number from 0 to 10"),
                new AnswerProblem("happiness", "Enter a number from 0 to 10"),
                new AnswerProblem("anxiety", "Enter a number from 0 to 10"),
                new AnswerProblem("extra", "This questionnaire has no such question; answer only the questions shown"),
            ],
            problems);
        Assert.Empty(BuiltInQuestionnaires.Ons4.Check(Ons4Answers));
    }

    [Fact]
    public void An_optional_question_may_be_left_unanswered_and_has_no_score()
    {
        var items = BuiltInQuestionnaires.Ons4.Items.Select(i => i.LinkId == "anxiety"
            ? QuestionnaireItem.Scale(i.LinkId, i.Text, 0, 10, i.Anchors, i.Banding, required: false, name: i.Name)
            : i);
        var definition = QuestionnaireDefinition.Create(
            "https://example.org/fhir/Questionnaire/ons4-optional", "1", "ONS4, anxiety optional", items, ScoringRule.PerItem(), status: QuestionnaireStatus.Active);

        var score = definition.Score(Respond(definition, [.. Ons4Answers.Where(a => a.LinkId != "anxiety")]));

        Assert.Equal(3, score.Measures.Count);
        Assert.Null(score.For("anxiety"));
    }

    [Fact]
    public void A_response_is_scored_only_by_its_own_questionnaire_and_version()
    {
        var ons4 = Record(ResponseMode.WithLinkWorker, WorkerId);

        var error = Assert.Throws<DomainException>(() => BuiltInQuestionnaires.Ucla3.Score(ons4));

        Assert.Equal("This response is to a different questionnaire or version", error.Message);
    }
}
