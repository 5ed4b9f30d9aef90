using System.Security.Claims;
using Waymark.Data;
using Waymark.Domain.Referrals;
using Waymark.Domain.Staff;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Features.Referrals;

/// <summary>
/// The one rule for which referrals a referrer or an API client may read: a referrer their practice's (whoever entered
/// them), a client the ones it sent. Staff who work cases see people through EpisodeAccess instead.
/// </summary>
public sealed class ReferralAccess(AppDbContext db)
{
    /// <summary>The referrals the caller made, as a referrer's practice or an API client; none for anyone else.</summary>
    public IQueryable<Referral> MadeBy(ClaimsPrincipal user)
    {
        if (user.ApiClientIdOf() is { } clientId)
        {
            return db.Referrals.Where(r => r.ReferrerUserId == clientId);
        }

        return user.IsInRole(StaffRoles.Name(StaffRole.Referrer)) && user.OrganisationIdOf() is { } practiceId
            ? db.Referrals.Where(r => r.ReferringOrganisationId == practiceId)
            : db.Referrals.Where(r => false);
    }
}
