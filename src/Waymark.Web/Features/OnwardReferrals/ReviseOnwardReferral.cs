using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Common;
using Waymark.Domain.OnwardReferrals;
using Waymark.Domain.Staff;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Features.OnwardReferrals;

/// <summary>
/// A draft's details as the link worker changes them; the goal and the service stay as they are (cancel and make a new
/// referral to change those). <paramref name="Extra"/> is what is shared beyond the minimum: the consent already recorded
/// covers the items it named, and <paramref name="ConsentRecorded"/> records the person's consent to exactly the items
/// now ticked. <paramref name="Send"/> sends the draft once changed.
/// </summary>
public sealed record OnwardReferralRevision(
    OnwardReferralKind? Kind,
    bool Accompanied,
    string? AgreedReason,
    SharedDataItems Extra = SharedDataItems.None,
    bool ConsentRecorded = false,
    bool Send = false);

/// <summary>
/// Changes a draft onward referral (and optionally sends it) for a link worker of the episode's team: referrals of
/// episodes outside <see cref="EpisodeAccess.Visible"/> are 404; a referral already sent is refused by the domain
/// ("Only a draft referral can be changed", field <c>Status</c>). One save, audited by the interceptor.
/// </summary>
public sealed class ReviseOnwardReferral(AppDbContext db, EpisodeAccess access, TimeProvider clock)
{
    public async Task<OnwardReferral> ExecuteAsync(ClaimsPrincipal user, Guid id, OnwardReferralRevision input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(input);
        if (!user.IsInRole(StaffRoles.Name(StaffRole.LinkWorker)) && !user.IsInRole(StaffRoles.Name(StaffRole.SeniorLinkWorker)))
        {
            throw OnwardReferralNotFound.For(id);
        }

        var episodes = access.Visible(user).Select(e => e.Id);
        var referral = await db.OnwardReferrals.FirstOrDefaultAsync(r => r.Id == id && episodes.Contains(r.EpisodeId), cancellationToken)
            ?? throw OnwardReferralNotFound.For(id);
        var by = user.UserId() ?? throw new DomainException("Only a member of staff can change a referral", "By");
        var now = clock.GetUtcNow();
        var service = ReferralTargets.From(await db.Services.AsNoTracking().SingleAsync(s => s.Id == referral.ServiceId, cancellationToken));

        // The domain checks the status first, so a sent referral is refused as such whatever else is wrong; an unknown
        // kind (0) is then refused as "select whether to signpost...".
        var shared = referral.Status == OnwardReferralStatus.Draft
            ? OnwardReferralSharing.Revised(referral.SharedData, input.Extra, input.ConsentRecorded, by, now)
            : referral.SharedData;
        referral.Revise(
            new OnwardReferralDetails(input.Kind ?? default, input.Accompanied, input.AgreedReason, shared), service, OnwardReferralActor.LinkWorker, now);
        if (input.Send)
        {
            referral.Send(service, OnwardReferralActor.LinkWorker, by, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return referral;
    }
}
