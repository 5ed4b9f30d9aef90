using Waymark.Domain.Measures;
using Waymark.Domain.Plans;
using Waymark.Web.Features.Measures.Charts;

namespace Waymark.Web.Features.Measures.Progress;

/// <summary>One questionnaire's measures in an episode, each a series of recorded scores (oldest first).</summary>
public sealed record QuestionnaireProgress(string Url, string Title, IReadOnlyList<ChartSeries> Measures);

/// <summary>One plan goal and how close the person has said they are to it at each review.</summary>
public sealed record GoalProgress(Guid GoalId, string InTheirWords, GoalStatus Status, ChartSeries Series)
{
    public bool IsOpen => Status is GoalStatus.NotStarted or GoalStatus.InProgress;
}

/// <summary>One HbA1c result as recorded, with the name of who recorded it.</summary>
public sealed record HbA1cView(
    Guid Id, int Value, DateOnly TakenOn, HbA1cSource Source, string? SourceDetail, Guid RecordedBy, DateTimeOffset RecordedAt, string? RecordedByName);

/// <summary>
/// Everything an episode's "Wellbeing measures" page shows: each questionnaire's measures over time, each goal's
/// scores, and, for a person with type 2 diabetes (<see cref="OffersHbA1c"/>), their HbA1c results. Read from the
/// scores stored when each response was recorded, never re-scored.
/// </summary>
public sealed record EpisodeMeasures(
    Guid EpisodeId,
    Guid PersonId,
    IReadOnlyList<QuestionnaireProgress> Questionnaires,
    IReadOnlyList<GoalProgress> Goals,
    bool OffersHbA1c,
    IReadOnlyList<HbA1cView> HbA1cResults)
{
    /// <summary>Charts read well from about 30 to 100 mmol/mol; the axis widens to take in any result outside that.</summary>
    public ChartSeries? HbA1c => !OffersHbA1c && HbA1cResults.Count == 0 ? null : HbA1cSeries(HbA1cResults);

    public bool HasQuestionnaireScores => Questionnaires.Any(q => q.Measures.Any(m => m.Points.Count > 0));

    public bool HasGoalScores => Goals.Any(g => g.Series.Points.Count > 0);

    public static ChartSeries HbA1cSeries(IReadOnlyList<HbA1cView> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var ordered = results.OrderBy(r => r.TakenOn).ThenBy(r => r.RecordedAt).ToList();
        var (low, high) = (ordered.Count == 0 ? 30 : Math.Min(30, ordered.Min(r => r.Value)), ordered.Count == 0 ? 100 : Math.Max(100, ordered.Max(r => r.Value)));
        return new ChartSeries(HbA1cResult.Measure.Name, HbA1cResult.Measure, [.. ordered.Select(r => new ChartPoint(r.TakenOn, r.Value, null))])
        {
            Unit = "mmol/mol",
            AxisFrom = Math.Floor(low / 10m) * 10,
            AxisTo = Math.Ceiling(high / 10m) * 10,
            ThresholdLabel = $"{HbA1cResult.UsualTarget} mmol/mol: the usual target (NICE)",
        };
    }
}
