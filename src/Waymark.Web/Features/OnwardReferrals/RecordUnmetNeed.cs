using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Common;
using Waymark.Domain.OnwardReferrals;
using Waymark.Domain.Referrals;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Features.OnwardReferrals;

/// <param name="Need">The need that was not met.</param>
/// <param name="Reason">Why: no service, no capacity or none the person can use.</param>
/// <param name="Note">What was missing, about the service side only.</param>
/// <param name="OnwardReferralId">The referral rejected for no capacity that showed the gap, when there was one.</param>
public sealed record UnmetNeedInput(NeedCategory? Need, UnmetNeedReason? Reason, string? Note = null, Guid? OnwardReferralId = null);

/// <summary>
/// Records a gap in the register from a person's episode the caller may work on: the episode's team, and the district
/// of the person's postcode (the postcode itself is not kept). One save.
/// </summary>
public sealed class RecordUnmetNeed(AppDbContext db, EpisodeAccess access, TimeProvider clock)
{
    public async Task<UnmetNeed> ExecuteAsync(ClaimsPrincipal user, Guid episodeId, UnmetNeedInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var episode = await access.FindForWorkAsync(user, episodeId, cancellationToken);
        var postcode = await db.People.Where(p => p.Id == episode.PersonId).Select(p => p.Address.Postcode).SingleAsync(cancellationToken);
        OnwardReferral? referral = null;
        if (input.OnwardReferralId is { } referralId)
        {
            referral = await db.OnwardReferrals.AsNoTracking().FirstOrDefaultAsync(r => r.Id == referralId && r.EpisodeId == episode.Id, cancellationToken)
                ?? throw OnwardReferralNotFound.For(referralId);
        }

        if (input.Need is not { } need)
        {
            throw new DomainException("Select the need that was not met", nameof(UnmetNeedInput.Need));
        }

        if (input.Reason is not { } reason)
        {
            throw new DomainException("Select why the need was not met", nameof(UnmetNeedInput.Reason));
        }

        var now = clock.GetUtcNow();
        var by = user.UserId() ?? throw new DomainException("Only a member of staff can record an unmet need", "By");
        var gap = UnmetNeed.Record(need, episode.TeamId, postcode, reason, input.Note, by, UkTime.Today(now), now, referral);
        db.UnmetNeeds.Add(gap);
        await db.SaveChangesAsync(cancellationToken);
        return gap;
    }
}
