using Waymark.Domain.Directory;
using Waymark.Domain.OnwardReferrals;

namespace Waymark.Web.Features.OnwardReferrals;

/// <summary>One step of a referral's history, with the name of who took it when known.</summary>
public sealed record OnwardReferralChangeView(
    OnwardReferralStatus Status, DateTimeOffset At, string? ByName, OnwardReferralActor Actor, OnwardReferralReason? Reason, string? ReasonText, string? Note);

/// <summary>An onward referral as the link worker sees it: everything about it, with the service and the goal's words.</summary>
public sealed record OnwardReferralView(
    Guid Id,
    Guid EpisodeId,
    Guid GoalId,
    string? GoalWords,
    Guid ServiceId,
    string ServiceName,
    string OrganisationName,
    OnwardReferralKind Kind,
    bool Accompanied,
    string AgreedReason,
    SharedDataItems SharedExtra,
    DateTimeOffset? ConsentRecordedAt,
    OnwardReferralStatus Status,
    string StatusCode,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt,
    DateTimeOffset? AnsweredAt,
    DateOnly? ResponseDueOn,
    bool IsOverdue,
    IReadOnlyList<OnwardReferralChangeView> History);

/// <summary>
/// A referral as the receiving organisation sees it: only what is shared — the person's name, how to contact them and
/// the agreed reason, plus the extra items the person consented to (null when not shared). Never goals, notes or
/// anything else from the record.
/// </summary>
public sealed record PartnerReferralView(
    Guid Id,
    string ServiceName,
    OnwardReferralStatus Status,
    string StatusCode,
    DateTimeOffset? SentAt,
    DateOnly? ResponseDueOn,
    bool IsOverdue,
    string PersonName,
    string? Phone,
    string? Email,
    string? PreferredTimes,
    string AgreedReason,
    bool Accompanied,
    string? ReferredBy,
    string? TeamName,
    SharedDataItems SharedExtra,
    DateOnly? DateOfBirth,
    IReadOnlyList<string>? Address,
    IReadOnlyList<string>? CommunicationNeeds,
    IReadOnlyList<string>? RiskSummary,
    IReadOnlyList<string>? RelevantConditions,
    IReadOnlyList<OnwardReferralChangeView> History);

/// <summary>A row of the partner inbox.</summary>
public sealed record PartnerInboxRow(Guid Id, string PersonName, string ServiceName, OnwardReferralStatus Status, string StatusCode, DateTimeOffset? SentAt, bool IsOverdue);

/// <summary>A service offered when choosing where to refer: taking referrals now, and whether directly through Waymark.</summary>
public sealed record ReferralServiceOption(Guid Id, string Name, string OrganisationName, ReferralMethod ReferralMethod, int? WaitingDays, bool IsTakingReferrals)
{
    public bool TakesDirectReferrals => ReferralMethod == ReferralMethod.Direct;
}

/// <summary>
/// An episode's onward referrals in brief, for My caseload: how many are active, how many overdue for an answer, and
/// which leave the person on hold (the service paused or closed, the referral put on hold, or a wait over the
/// threshold).
/// </summary>
public sealed record EpisodeOnwardReferralSummary(Guid EpisodeId, int Active, int Overdue)
{
    public IReadOnlyList<OnHoldFlag> OnHold { get; init; } = [];
}

/// <summary>A service the person is waiting on that leaves them on hold, and why, in plain words.</summary>
public sealed record OnHoldFlag(Guid ServiceId, string ServiceName, OnHoldReason Reason, string Explanation);
