using Waymark.Domain.Common;

namespace Waymark.Domain.Episodes;

/// <summary>
/// A person may be discharged for lost contact only after real attempts to reach them: at least
/// <see cref="MinAttempts"/> unanswered attempts, over at least <see cref="MinModes"/> ways of contact, spread over
/// at least <see cref="MinDays"/> days, all since the last time they were reached. People in precarious
/// circumstances were being discharged for "lost engagement" after one missed call; this rule stops that.
/// Programmes set their own values; <see cref="Default"/> is 3 attempts, 2 ways, 14 days.
/// </summary>
public sealed record LostContactRule(int MinAttempts, int MinModes, int MinDays)
{
    public static LostContactRule Default { get; } = new(3, 2, 14);

    // Programmes set these, so they are checked where they are made.
    public int MinAttempts { get; } = MinAttempts is >= 1 and <= 20
        ? MinAttempts
        : throw new DomainException("Lost contact needs between 1 and 20 attempts", nameof(MinAttempts));

    public int MinModes { get; } = MinModes >= 1 && MinModes <= MinAttempts
        ? MinModes
        : throw new DomainException("Lost contact needs at least 1 way of contacting, and no more ways than attempts", nameof(MinModes));

    public int MinDays { get; } = MinDays is >= 0 and <= 365
        ? MinDays
        : throw new DomainException("Lost contact needs between 0 and 365 days", nameof(MinDays));

    /// <summary>Throws, saying exactly what is still missing, unless the contacts satisfy the rule.</summary>
    public void Ensure(IEnumerable<ContactAttempt> contacts)
    {
        var assessment = Assess(contacts);
        if (assessment.IsMet)
        {
            return;
        }

        throw new DomainException(
            $"Record at least {Count(MinAttempts, "attempt")} to contact the person over at least " +
            $"{Count(MinModes, "way")} of contact across at least {Count(MinDays, "day")} before discharging for " +
            $"lost contact: so far {Count(assessment.Attempts, "attempt")}, {Count(assessment.Modes.Count, "way")}, " +
            $"{Count(assessment.Days, "day")}",
            "Reason");
    }

    /// <summary>
    /// What the contacts show against this rule, without refusing anything: a link worker sees what is still missing
    /// before choosing to discharge for lost contact.
    /// </summary>
    public LostContactAssessment Assess(IEnumerable<ContactAttempt> contacts)
    {
        var list = contacts.ToList();
        var lastReached = list.Where(c => c.Reached).Select(c => (DateTimeOffset?)c.At).Max();
        var attempts = list.Where(c => !c.Reached && (lastReached is null || c.At > lastReached)).ToList();

        var modes = attempts.Select(a => a.Mode).Distinct().Order().ToList();
        // The span is between the first and the last attempt, not up to today: the attempts themselves must be
        // spread out, so that someone away or unwell for a week is tried again when they may be back.
        var days = attempts.Count == 0 ? 0 : (int)(attempts.Max(a => a.At) - attempts.Min(a => a.At)).TotalDays;
        return new LostContactAssessment(this, lastReached, attempts.Count, modes, days);
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
