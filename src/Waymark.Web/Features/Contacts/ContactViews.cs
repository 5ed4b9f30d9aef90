using Waymark.Domain.Contacts;
using Waymark.Domain.Episodes;

namespace Waymark.Web.Features.Contacts;

/// <summary>One contact as its readers see it. Notes are case notes: only those who work with the person get them.</summary>
public sealed record ContactView(
    Guid Id,
    DateTimeOffset At,
    ContactMode Mode,
    int DurationMinutes,
    ContactOutcome Outcome,
    string? Notes,
    Guid RecordedBy,
    string? RecordedByName,
    DateTimeOffset RecordedAt);

public sealed record ContactPlanView(int FrequencyDays, ContactMode? PreferredMode, string? PreferredTimes)
{
    public static ContactPlanView From(ContactPlan plan) => new(plan.FrequencyDays, plan.PreferredMode, plan.PreferredTimes);
}

/// <summary>
/// When the next contact is due, counted from <see cref="CountingFrom"/> (the last reached contact, else the
/// allocation) by <see cref="FrequencyDays"/>: the agreed plan's, or the programme's default until one is agreed.
/// </summary>
public sealed record ContactScheduleView(
    DateOnly CountingFrom,
    bool CountingFromAllocation,
    int FrequencyDays,
    bool FromAgreedPlan,
    DateOnly NextDue,
    bool IsOverdue,
    int DaysSinceLastReached,
    bool NoContact,
    int NoContactThresholdDays);

/// <summary>An episode's contact plan and where its contacts stand today. No schedule once the episode has ended.</summary>
public sealed record ContactPlanStatus(
    Guid EpisodeId,
    EpisodeStatus EpisodeStatus,
    ContactPlanView? Plan,
    int DefaultFrequencyDays,
    DateTimeOffset? LastReachedAt,
    ContactScheduleView? Schedule);

/// <summary>
/// What recording a contact did: the contact, the episode's status after it, and whether it began support (the first
/// time the person was reached, which makes an allocated episode active).
/// </summary>
public sealed record RecordedContact(ContactView Contact, EpisodeStatus EpisodeStatus, bool BeganSupport);
