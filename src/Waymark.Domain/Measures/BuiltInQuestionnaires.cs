namespace Waymark.Domain.Measures;

/// <summary>
/// The questionnaires Waymark ships, with their exact wording: ONS4 personal wellbeing and the UCLA three-item
/// loneliness scale, both free to use. Licensed instruments (SWEMWBS, EQ-5D-5L) are not shipped because their words
/// are copyrighted: a service that holds a licence imports the definition (with its conversion table). Each property
/// makes a new, active instance with a fixed id, so seeding is repeatable and no caller can change another's copy.
/// </summary>
public static class BuiltInQuestionnaires
{
    public const string Ons4Url = "https://waymark.nhs.uk/fhir/Questionnaire/ons4";
    public const string Ucla3Url = "https://waymark.nhs.uk/fhir/Questionnaire/ucla3";
    public const string Version = "1.0.0";

    public static readonly Guid Ons4Id = new("0193a7c0-0000-7000-8000-000000000401");
    public static readonly Guid Ucla3Id = new("0193a7c0-0000-7000-8000-000000000403");

    /// <summary>
    /// ONS4 personal wellbeing: four questions, each 0 to 10, each its own measure (no composite, as the ONS advises).
    /// Life satisfaction, worthwhile and happiness: 0–4 low, 5–6 medium, 7–8 high, 9–10 very high. Anxiety (higher is
    /// worse): 0–1 very low, 2–3 low, 4–5 medium, 6–10 high. A change of 2 points or more counts.
    /// </summary>
    public static QuestionnaireDefinition Ons4 => QuestionnaireDefinition.Create(
        Ons4Url, Version, "ONS4 personal wellbeing",
        [
            Positive("life-satisfaction", "Overall, how satisfied are you with your life nowadays?", "Life satisfaction"),
            Positive("worthwhile", "Overall, to what extent do you feel that the things you do in your life are worthwhile?", "Worthwhile"),
            Positive("happiness", "Overall, how happy did you feel yesterday?", "Happiness"),
            QuestionnaireItem.Scale(
                "anxiety",
                "On a scale where 0 is 'not at all anxious' and 10 is 'completely anxious', overall, how anxious did you feel yesterday?",
                0, 10, new ScaleAnchors("not at all anxious", "completely anxious"),
                Banding.Of(ScoreDirection.HigherIsWorse, 2, new Band(0, 1, "Very low"), new Band(2, 3, "Low"), new Band(4, 5, "Medium"), new Band(6, 10, "High")),
                name: "Anxiety"),
        ],
        ScoringRule.PerItem(),
        introduction: "Next I would like to ask you four questions about your feelings on aspects of your life. There are no right or wrong answers. "
            + "For each of these questions I'd like you to give an answer on a scale of 0 to 10, where 0 is 'not at all' and 10 is 'completely'.",
        licenceNote: "The Office for National Statistics personal well-being questions (ONS4). Crown copyright, "
            + "used under the Open Government Licence v3.0.",
        status: QuestionnaireStatus.Active,
        id: Ons4Id);

    /// <summary>
    /// UCLA three-item loneliness scale: each answer 1 (hardly ever or never) to 3 (often), a total from 3 to 9, higher
    /// is lonelier. "Lonely" from 6 by default; a programme may move the threshold (<see cref="ScoringOptions"/>).
    /// A change of 1 point or more counts.
    /// </summary>
    public static QuestionnaireDefinition Ucla3 => QuestionnaireDefinition.Create(
        Ucla3Url, Version, "UCLA three-item loneliness scale",
        [
            Often("lack-companionship", "How often do you feel that you lack companionship?", "Lack companionship"),
            Often("left-out", "How often do you feel left out?", "Left out"),
            Often("isolated", "How often do you feel isolated from others?", "Isolated"),
        ],
        ScoringRule.Total("Loneliness score", Banding.WithCutoff(ScoreDirection.HigherIsWorse, 1, new Cutoff("Lonely", "Not lonely", DefaultAt: 6))),
        introduction: "The next questions are about how you feel about different aspects of your life. For each one, tell me how often you feel that way.",
        licenceNote: "Three-item loneliness scale (Hughes, Waite, Hawkley and Cacioppo, 2004) from the revised UCLA Loneliness Scale "
            + "(Russell, Peplau and Cutrona, 1980), in the wording of the Office for National Statistics' national measures of loneliness.",
        status: QuestionnaireStatus.Active,
        id: Ucla3Id);

    /// <summary>The built-ins, for seeding.</summary>
    public static IReadOnlyList<QuestionnaireDefinition> All => [Ons4, Ucla3];

    private static QuestionnaireItem Positive(string linkId, string text, string name) => QuestionnaireItem.Scale(
        linkId, text, 0, 10, new ScaleAnchors("not at all", "completely"),
        Banding.Of(ScoreDirection.HigherIsBetter, 2, new Band(0, 4, "Low"), new Band(5, 6, "Medium"), new Band(7, 8, "High"), new Band(9, 10, "Very high")),
        name: name);

    private static QuestionnaireItem Often(string linkId, string text, string name) => QuestionnaireItem.Choice(
        linkId, text,
        [new AnswerOption("hardly-ever", "Hardly ever or never", 1), new AnswerOption("some-of-the-time", "Some of the time", 2), new AnswerOption("often", "Often", 3)],
        name: name);
}
