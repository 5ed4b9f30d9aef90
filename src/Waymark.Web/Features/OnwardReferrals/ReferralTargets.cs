using Waymark.Domain.Directory;
using Waymark.Domain.OnwardReferrals;

namespace Waymark.Web.Features.OnwardReferrals;

/// <summary>What an onward referral needs to know about a directory service, read from the listing.</summary>
public static class ReferralTargets
{
    /// <summary>
    /// Takes direct referrals when the listing's referral method is "direct through Waymark"; taking referrals when
    /// it is running (or remote only) and accepting them.
    /// </summary>
    public static ReferralTarget From(Service service)
    {
        ArgumentNullException.ThrowIfNull(service);
        return new ReferralTarget(service.Id, service.OrganisationId, service.ReferralMethod == ReferralMethod.Direct, service.IsTakingReferrals);
    }
}
