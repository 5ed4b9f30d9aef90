using Waymark.Domain.Common;

namespace Waymark.Domain.Measures;

/// <summary>
/// One measure's score in one response, kept beside the response when it is recorded: what charts, reviews and
/// team reports read, so they never re-score answers and a threshold a service moves later does not rewrite what a
/// person was told at the time. The name and band are copied as they were, for the same reason.
/// </summary>
public sealed class RecordedScore : Entity
{
    private RecordedScore()
    {
        (DefinitionUrl, MeasureId, MeasureName) = (string.Empty, string.Empty, string.Empty);
    }

    public Guid ResponseId { get; private init; }

    public Guid PersonId { get; private init; }

    public Guid? EpisodeId { get; private init; }

    public string DefinitionUrl { get; private init; }

    /// <summary>The measure's id: an item's link id, or <see cref="ScoringRule.TotalMeasureId"/>.</summary>
    public string MeasureId { get; private init; }

    public string MeasureName { get; private init; }

    /// <summary>Where the measure comes in its questionnaire, first 0: charts and tables list measures in that order.</summary>
    public int Position { get; private init; }

    /// <summary>The score on the measure's own scale (the metric score when the questionnaire converts its total).</summary>
    public decimal Value { get; private init; }

    public int? RawTotal { get; private init; }

    public string? BandLabel { get; private init; }

    /// <summary>Where the band sits among the measure's bands, lowest first; null when the measure has no bands.</summary>
    public int? BandPosition { get; private init; }

    public DateTimeOffset AnsweredAt { get; private init; }

    /// <summary>A row per measure the response scores, in the questionnaire's order.</summary>
    public static IReadOnlyList<RecordedScore> Of(QuestionnaireResponse response, QuestionnaireScore score)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(score);
        if (score.DefinitionUrl != response.DefinitionUrl || score.DefinitionVersion != response.DefinitionVersion)
        {
            throw new DomainException("These scores are of a different questionnaire or version", nameof(DefinitionUrl));
        }

        return score.Measures.Select((m, position) => new RecordedScore
        {
            ResponseId = response.Id,
            PersonId = response.PersonId,
            EpisodeId = response.EpisodeId,
            DefinitionUrl = response.DefinitionUrl,
            MeasureId = m.Measure.Id,
            MeasureName = m.Measure.Name,
            Position = position,
            Value = m.Value,
            RawTotal = m.RawTotal,
            BandLabel = m.Band?.Label,
            BandPosition = m.Band is null ? null : m.Measure.BandPosition(m.Value),
            AnsweredAt = response.AnsweredAt,
        }).ToList();
    }
}
