namespace Waymark.Domain.OnwardReferrals;

/// <summary>
/// The few facts about a directory service that making an onward referral needs: its id, the organisation that
/// runs it (whose partner users answer direct referrals), whether it takes direct referrals through Waymark
/// (ORUK extension <c>ReferralMethod.Direct</c>) and whether it is taking new referrals at all (running or remote
/// only, and accepting referrals). The use case reads them from the directory's <c>Service</c>.
/// </summary>
public sealed record ReferralTarget(Guid ServiceId, Guid OrganisationId, bool TakesDirectReferrals, bool IsTakingReferrals);
