using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Common;
using Waymark.Domain.OnwardReferrals;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Infrastructure.Problems;

namespace Waymark.Web.Features.OnwardReferrals;

/// <summary>
/// An onward referral as the link worker fills it in. <paramref name="Extra"/> is what is shared beyond the minimum;
/// <paramref name="ConsentRecorded"/> says the person agreed to share exactly those items (recorded as consent by the
/// caller, now). <paramref name="Send"/> sends it at once; otherwise it is kept as a draft.
/// </summary>
public sealed record OnwardReferralInput(
    Guid? GoalId,
    Guid? ServiceId,
    OnwardReferralKind? Kind,
    bool Accompanied,
    string? AgreedReason,
    SharedDataItems Extra = SharedDataItems.None,
    bool ConsentRecorded = false,
    bool Send = false);

/// <summary>
/// Makes an onward referral from an open goal of an episode the caller may work on, to a directory service: a draft
/// or sent at once. One save, audited by the interceptor.
/// </summary>
public sealed class MakeOnwardReferral(AppDbContext db, EpisodeAccess access, TimeProvider clock)
{
    public async Task<OnwardReferral> ExecuteAsync(ClaimsPrincipal user, Guid episodeId, OnwardReferralInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var episode = await access.FindForWorkAsync(user, episodeId, cancellationToken);
        var plan = await db.Plans.FirstOrDefaultAsync(p => p.EpisodeId == episode.Id, cancellationToken);
        if (input.GoalId is not { } goalId || plan is null || plan.Goals.All(g => g.Id != goalId))
        {
            throw new DomainException("Choose a goal from this person's plan", nameof(OnwardReferralInput.GoalId));
        }

        var service = input.ServiceId is { } serviceId
            ? await db.Services.AsNoTracking().FirstOrDefaultAsync(s => s.Id == serviceId, cancellationToken)
            : null;
        if (service is null)
        {
            throw new DomainException("Choose a service from the directory", nameof(OnwardReferralInput.ServiceId));
        }

        if (input.Kind is not { } kind)
        {
            throw new DomainException("Select whether to signpost the person or refer them directly", nameof(OnwardReferralInput.Kind));
        }

        var now = clock.GetUtcNow();
        var by = user.UserId() ?? throw new DomainException("Only a member of staff can make an onward referral", "By");
        var shared = OnwardReferralSharing.From(input.Extra, input.ConsentRecorded, by, now);
        var referral = OnwardReferral.Create(
            episode, plan, goalId, ReferralTargets.From(service), new OnwardReferralDetails(kind, input.Accompanied, input.AgreedReason, shared),
            input.Send, by, now);
        db.OnwardReferrals.Add(referral);
        await db.SaveChangesAsync(cancellationToken);
        return referral;
    }
}

public static class OnwardReferralSharing
{
    /// <summary>
    /// The minimum unless extra items are ticked; then the ticked items with the person's consent to exactly those,
    /// recorded by the caller now, or the domain's refusal when consent is not recorded.
    /// </summary>
    public static SharedData From(SharedDataItems extra, bool consentRecorded, Guid by, DateTimeOffset now) =>
        extra == SharedDataItems.None
            ? SharedData.Minimum
            : SharedData.Create(extra, consentRecorded && extra.IsKnown() ? SharingConsent.Record(extra, by, now) : null);

    /// <summary>
    /// What a revised draft shares: with <paramref name="consentRecorded"/>, the ticked items with consent to exactly
    /// those, recorded now; otherwise the ticked items under the consent already recorded on the draft, which the domain
    /// refuses for any item the person did not agree to.
    /// </summary>
    public static SharedData Revised(SharedData current, SharedDataItems extra, bool consentRecorded, Guid by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(current);
        return consentRecorded || extra == SharedDataItems.None
            ? From(extra, consentRecorded, by, now)
            : SharedData.Create(extra, current.Consent);
    }
}

/// <summary>Thrown as 404 for an onward referral the caller may not see; never says whether it exists.</summary>
internal static class OnwardReferralNotFound
{
    public static NotFoundException For(Guid id) => new("onward referral", id);
}
