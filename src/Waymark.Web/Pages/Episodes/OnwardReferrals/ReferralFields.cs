using Waymark.Domain.OnwardReferrals;

namespace Waymark.Web.Pages.Episodes.OnwardReferrals;

/// <summary>
/// What the shared referral fields need: the form, whether the service takes direct referrals, the person's name,
/// and for a draft being changed, the consent already recorded (when, and to which items).
/// </summary>
public sealed record ReferralFields(
    ReferralForm Input, bool TakesDirectReferrals, string PersonName, DateTimeOffset? ConsentRecordedAt = null,
    SharedDataItems ConsentedTo = SharedDataItems.None);
