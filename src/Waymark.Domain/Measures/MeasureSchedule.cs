namespace Waymark.Domain.Measures;

/// <summary>Which occasion a measure is asked on: the first time, a scheduled review, or before discharge.</summary>
public enum MeasureOccasion
{
    Baseline,
    Review,
    Discharge,
}

/// <summary>Where a measure's next occasion stands today. Overdue is more than <see cref="MeasureSchedule.OverdueAfterDays"/> past due.</summary>
public enum MeasureDueState
{
    NotYetDue,
    Due,
    Overdue,
}

/// <summary>A response to a questionnaire in the episode: its url and the UK date it was answered.</summary>
public sealed record MeasureAnswered(string Url, DateOnly On);

/// <summary>
/// A "not appropriate now" for a questionnaire in the episode: the UK date it was recorded, the date it moves the
/// next occasion to, and why.
/// </summary>
public sealed record MeasureDeferred(string Url, DateOnly RecordedOn, DateOnly Until, string Reason);

/// <summary>
/// What the schedule needs to know about one episode: its programme's measures (questionnaire urls), review interval
/// and whether to ask at discharge; when support started (the first conversation, else the allocation); the
/// responses and deferrals in the episode; and whether discharge is being prepared.
/// </summary>
public sealed record MeasureScheduleFacts(
    IReadOnlyList<string> MeasureUrls,
    int ReviewWeeks,
    bool AskAtDischarge,
    DateOnly Start,
    IReadOnlyList<MeasureAnswered> Responses,
    IReadOnlyList<MeasureDeferred> Deferrals,
    bool PreparingDischarge = false);

/// <summary>
/// The next occasion of one measure: which (baseline, review number, discharge), the date it is due (after any
/// deferral), where it stands today, and, when deferred, the date it was scheduled for and why it was moved.
/// </summary>
public sealed record MeasureDue(
    string Url, MeasureOccasion Occasion, int ReviewNumber, DateOnly DueOn, MeasureDueState State, DateOnly ScheduledOn, string? DeferralReason)
{
    public bool IsDeferred => DeferralReason is not null;

    /// <summary>Due or overdue today: what a caseload shows.</summary>
    public bool IsDueNow => State is MeasureDueState.Due or MeasureDueState.Overdue;
}

/// <summary>
/// When each of a programme's measures is next asked in an episode (issue 5, "When"). The rules:
/// <list type="bullet">
/// <item><b>Baseline</b>: due from the start of support (the first conversation, else the allocation) until the
/// questionnaire is first answered in the episode; that first answer is the baseline.</item>
/// <item><b>Reviews</b>: every <c>ReviewWeeks</c> weeks after the baseline (a fixed schedule: baseline + 12, 24, 36
/// weeks...). A response answered up to <see cref="EarlyWindowDays"/> days before a review's date (or half the interval
/// when that is shorter) counts as that review, and so does a late one; the next review is the first scheduled date
/// more than that window after the latest response. A missed review stays due (and becomes overdue) until a response
/// is recorded: the schedule does not skip it silently.</item>
/// <item><b>Discharge</b>: when the programme asks at discharge and discharge is being prepared, each measure with a
/// baseline is due today, unless it was answered in the last <see cref="DischargeRecentDays"/> days (that answer serves).
/// A measure with no baseline is still due as a baseline.</item>
/// <item><b>Not appropriate now</b>: the latest deferral recorded since the latest response moves the next occasion to
/// its date when that is later, without penalty: due and overdue count from the new date.</item>
/// <item><b>Overdue</b>: more than <see cref="OverdueAfterDays"/> days past the (possibly moved) due date.</item>
/// </list>
/// </summary>
public static class MeasureSchedule
{
    /// <summary>A measure becomes overdue when it is more than this many days past its due date.</summary>
    public const int OverdueAfterDays = 14;

    /// <summary>A response this many days before a review's date (at most half the interval) counts as that review.</summary>
    public const int EarlyWindowDays = 14;

    /// <summary>When preparing discharge, a response this recent serves as the discharge measure.</summary>
    public const int DischargeRecentDays = 14;

    /// <summary>The next occasion of each of the programme's measures, in the programme's order; none for a measure already asked for discharge.</summary>
    public static IReadOnlyList<MeasureDue> Next(MeasureScheduleFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return [.. facts.MeasureUrls.Distinct(StringComparer.Ordinal).Select(url => NextFor(facts, url, today)).OfType<MeasureDue>()];
    }

    /// <summary>The next occasion of one measure, or null when discharge is being prepared and it was answered recently.</summary>
    public static MeasureDue? NextFor(MeasureScheduleFacts facts, string url, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var answered = facts.Responses.Where(r => r.Url == url).Select(r => r.On).Order().ToList();
        var (occasion, number, scheduled) = Scheduled(facts, answered, today);
        if (occasion is null)
        {
            return null;
        }

        var latest = answered.Count == 0 ? (DateOnly?)null : answered[^1];
        var deferral = facts.Deferrals
            .Where(d => d.Url == url && (latest is null || d.RecordedOn >= latest))
            .OrderBy(d => d.RecordedOn)
            .LastOrDefault();
        var moved = deferral is not null && deferral.Until > scheduled;
        var due = moved ? deferral!.Until : scheduled;
        return new MeasureDue(url, occasion.Value, number, due, StateOn(due, today), scheduled, moved ? deferral!.Reason : null);
    }

    /// <summary>Not yet due before the date, due from it, overdue more than <see cref="OverdueAfterDays"/> days after it.</summary>
    public static MeasureDueState StateOn(DateOnly due, DateOnly today) =>
        today < due ? MeasureDueState.NotYetDue
        : today.DayNumber - due.DayNumber > OverdueAfterDays ? MeasureDueState.Overdue
        : MeasureDueState.Due;

    /// <summary>The date of review <paramref name="number"/> (1, 2, ...) after a baseline.</summary>
    public static DateOnly ReviewDate(DateOnly baseline, int reviewWeeks, int number) => baseline.AddDays(reviewWeeks * 7 * number);

    private static (MeasureOccasion? Occasion, int Number, DateOnly Scheduled) Scheduled(MeasureScheduleFacts facts, List<DateOnly> answered, DateOnly today)
    {
        if (answered.Count == 0)
        {
            return (MeasureOccasion.Baseline, 0, facts.Start);
        }

        var latest = answered[^1];
        if (facts.PreparingDischarge && facts.AskAtDischarge)
        {
            return today.DayNumber - latest.DayNumber < DischargeRecentDays ? (null, 0, today) : (MeasureOccasion.Discharge, 0, today);
        }

        var baseline = answered[0];
        var weeks = Math.Max(1, facts.ReviewWeeks);
        var window = Math.Min(EarlyWindowDays, weeks * 7 / 2);
        // The first review whose date is more than the window after the latest response.
        var number = Math.Max(1, ((latest.DayNumber + window - baseline.DayNumber) / (weeks * 7)) + 1);
        return (MeasureOccasion.Review, number, ReviewDate(baseline, weeks, number));
    }
}
