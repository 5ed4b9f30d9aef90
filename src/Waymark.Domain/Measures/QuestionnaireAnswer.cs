namespace Waymark.Domain.Measures;

/// <summary>
/// One answer, by the question's link id: a <see cref="Number"/> for a scale question, or the <see cref="Code"/> of
/// the chosen option for a choice question. Checked against the questionnaire when the response is recorded.
/// </summary>
public sealed record QuestionnaireAnswer(string LinkId, int? Number, string? Code)
{
    public static QuestionnaireAnswer Of(string linkId, int number) => new(linkId, number, null);

    public static QuestionnaireAnswer Chosen(string linkId, string code) => new(linkId, null, code);
}
