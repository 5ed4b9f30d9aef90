using Waymark.Domain.Measures;

namespace Waymark.Domain.Tests.Measures;

/// <summary>Builders for measures tests: responses to any definition, and a made-up SWEMWBS-shaped instrument.</summary>
internal static class Questionnaires
{
    public static readonly DateTimeOffset Now = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
    public static readonly Guid PersonId = Guid.CreateVersion7();
    public static readonly Guid WorkerId = Guid.CreateVersion7();

    public const string MadeUpUrl = "https://example.org/fhir/Questionnaire/made-up-seven";

    /// <summary>A response recorded with the link worker, now.</summary>
    public static QuestionnaireResponse Respond(QuestionnaireDefinition definition, params QuestionnaireAnswer[] answers) =>
        QuestionnaireResponse.Record(definition, PersonId, answers, ResponseMode.WithLinkWorker, Now, WorkerId, Now);

    public static QuestionnaireResponse Ons4(int satisfaction, int worthwhile, int happiness, int anxiety) => Respond(
        BuiltInQuestionnaires.Ons4,
        QuestionnaireAnswer.Of("life-satisfaction", satisfaction), QuestionnaireAnswer.Of("worthwhile", worthwhile),
        QuestionnaireAnswer.Of("happiness", happiness), QuestionnaireAnswer.Of("anxiety", anxiety));

    /// <summary>A UCLA-3 response from the scores 1 to 3 of each answer.</summary>
    public static QuestionnaireResponse Ucla3(int companionship, int leftOut, int isolated) => Respond(
        BuiltInQuestionnaires.Ucla3,
        QuestionnaireAnswer.Chosen("lack-companionship", OftenCode(companionship)), QuestionnaireAnswer.Chosen("left-out", OftenCode(leftOut)),
        QuestionnaireAnswer.Chosen("isolated", OftenCode(isolated)));

    public static string OftenCode(int score) => score switch
    {
        1 => "hardly-ever",
        2 => "some-of-the-time",
        3 => "often",
        _ => throw new ArgumentOutOfRangeException(nameof(score)),
    };

    /// <summary>Made up, of SWEMWBS's shape: 7 items scored 1 to 5, raw 7 to 35, a table to a metric with 2 decimals.</summary>
    public static decimal MadeUpMetric(int raw) => Math.Round(raw + ((raw - 21) * (raw - 21) / 100m), 2);

    public static IEnumerable<ConversionRow> MadeUpTable(int from = 7, int to = 35) =>
        Enumerable.Range(from, to - from + 1).Select(raw => new ConversionRow(raw, MadeUpMetric(raw)));

    public static Banding MadeUpBands => Banding.Of(
        ScoreDirection.HigherIsBetter, 3, new Band(8.96m, 19.99m, "Low"), new Band(20m, 27.99m, "Average"), new Band(28m, 36.96m, "High"));

    public static IEnumerable<QuestionnaireItem> MadeUpItems(int count = 7) => Enumerable.Range(1, count)
        .Select(i => QuestionnaireItem.Scale($"item-{i}", $"Made-up statement {i}", 1, 5, new ScaleAnchors("none of the time", "all of the time")));

    public static QuestionnaireDefinition MadeUp(ScoreConversion? conversion = null, Banding? bands = null) => QuestionnaireDefinition.Create(
        MadeUpUrl, "0.1", "Made-up seven", MadeUpItems(),
        ScoringRule.Total("Raw score", bands ?? MadeUpBands, conversion ?? ScoreConversion.Of("Metric score", MadeUpTable())),
        status: QuestionnaireStatus.Active);

    /// <summary>A made-up response whose raw total is <paramref name="raw"/> (7 to 35).</summary>
    public static QuestionnaireResponse MadeUpResponse(QuestionnaireDefinition definition, int raw)
    {
        var scores = Enumerable.Repeat(1, 7).ToArray();
        for (var left = raw - 7; left > 0; left--)
        {
            scores[Array.FindIndex(scores, s => s < 5)]++;
        }

        return Respond(definition, scores.Select((s, i) => QuestionnaireAnswer.Of($"item-{i + 1}", s)).ToArray());
    }
}
