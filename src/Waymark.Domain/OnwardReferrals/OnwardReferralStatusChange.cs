namespace Waymark.Domain.OnwardReferrals;

/// <summary>
/// One step in an onward referral's history: the status it moved to, when, by whom and on which side, with the
/// reason (for rejected, failed and cancelled; <see cref="ReasonText"/> in words for <see cref="OnwardReferralReason.Other"/>)
/// and an optional note. The first entry is the referral being made. Response times ("usually replies in 3
/// days") are read from here: the <see cref="OnwardReferralStatus.Requested"/> entry to the first entry by the partner.
/// </summary>
public sealed record OnwardReferralStatusChange(
    OnwardReferralStatus Status,
    DateTimeOffset At,
    Guid By,
    OnwardReferralActor Actor,
    OnwardReferralReason? Reason,
    string? ReasonText,
    string? Note);
