namespace Waymark.Domain.OnwardReferrals;

/// <summary>
/// What the link worker and the person agree for an onward referral: signpost or direct, whether someone goes with
/// them, the reason in words agreed with the person, and what is shared (<see cref="SharedData.Minimum"/> unless the
/// person consented to more).
/// </summary>
public sealed record OnwardReferralDetails(OnwardReferralKind Kind, bool Accompanied, string? AgreedReason, SharedData SharedData);
