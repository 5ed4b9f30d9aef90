using Waymark.Domain.Common;

namespace Waymark.Domain.Measures;

/// <summary>
/// "Not appropriate now": a link worker's decision that a questionnaire should not be asked at the moment (a
/// bereavement, a crisis), with the reason and the date to ask again. It moves the measure's next occasion to that
/// date without penalty (<see cref="MeasureSchedule"/>): nothing counts it as missed. Never changed once recorded; a
/// later deferral supersedes it, and a response recorded after it ends it.
/// </summary>
public sealed class MeasureDeferral : Entity
{
    public const int ReasonMaxLength = 500;
    public const int UrlMaxLength = 500;

    /// <summary>The furthest ahead a measure can be put off at once: a review is not quietly dropped.</summary>
    public const int MaxWeeksAhead = 26;

    private MeasureDeferral()
    {
        QuestionnaireUrl = string.Empty;
        Reason = string.Empty;
    }

    public Guid EpisodeId { get; private init; }

    public string QuestionnaireUrl { get; private init; }

    public string Reason { get; private init; }

    /// <summary>The UK date the measure is next due.</summary>
    public DateOnly Until { get; private init; }

    public Guid DeferredBy { get; private init; }

    public DateTimeOffset DeferredAt { get; private init; }

    /// <summary>
    /// Records a deferral. The date must be after today (UK) and at most <see cref="MaxWeeksAhead"/> weeks ahead;
    /// a reason is required.
    /// </summary>
    public static MeasureDeferral Record(Guid episodeId, string? questionnaireUrl, string? reason, DateOnly? until, Guid by, DateTimeOffset now)
    {
        if (episodeId == Guid.Empty)
        {
            throw new DomainException("A deferral must belong to an episode", nameof(EpisodeId));
        }

        var url = Text.Required(questionnaireUrl, nameof(QuestionnaireUrl), "the questionnaire", UrlMaxLength);
        var why = Text.Required(reason, nameof(Reason), "why asking is not appropriate now, for example a bereavement", ReasonMaxLength);
        var today = UkTime.Today(now);
        var date = until ?? throw new DomainException("Enter the date to ask again", nameof(Until));
        if (date <= today)
        {
            throw new DomainException("The date to ask again must be in the future", nameof(Until));
        }

        if (date > today.AddDays(MaxWeeksAhead * 7))
        {
            throw new DomainException($"The date to ask again must be within {MaxWeeksAhead} weeks; defer again then if it is still not appropriate", nameof(Until));
        }

        return new MeasureDeferral
        {
            EpisodeId = episodeId,
            QuestionnaireUrl = url,
            Reason = why,
            Until = date,
            DeferredBy = by,
            DeferredAt = now,
        };
    }

    /// <summary>The deferral as the schedule reads it.</summary>
    public MeasureDeferred ToFact() => new(QuestionnaireUrl, UkTime.Today(DeferredAt), Until, Reason);
}
