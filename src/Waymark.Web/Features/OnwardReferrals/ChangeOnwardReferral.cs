using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Common;
using Waymark.Domain.OnwardReferrals;
using Waymark.Domain.Staff;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Features.OnwardReferrals;

/// <summary>A step in an onward referral's life (see docs/onward-referrals.md for who may take each).</summary>
public enum OnwardReferralStep
{
    Send = 1,
    Accept = 2,
    Reject = 3,
    Start = 4,
    Hold = 5,
    Complete = 6,
    Fail = 7,
    Cancel = 8,
}

/// <param name="Reason">Why it was rejected, failed or cancelled (required for those).</param>
/// <param name="ReasonText">The reason in words; required for <see cref="OnwardReferralReason.Other"/>.</param>
/// <param name="Note">Anything else worth saying with the step.</param>
public sealed record OnwardReferralStepInput(OnwardReferralReason? Reason = null, string? ReasonText = null, string? Note = null);

/// <summary>
/// Moves an onward referral on. The link worker of the person's team sends and cancels, and records what happened to a
/// signpost; a partner user answers direct referrals to their own organisation. Which side acts follows from the
/// route taken (<see cref="AsLinkWorkerAsync"/> or <see cref="AsPartnerAsync"/>), and each finds only the referrals
/// its caller may see (else 404). The domain refuses steps the status or the side does not allow. One save each.
/// </summary>
public sealed class ChangeOnwardReferral(AppDbContext db, EpisodeAccess access, TimeProvider clock)
{
    public async Task<OnwardReferral> AsLinkWorkerAsync(
        ClaimsPrincipal user, Guid id, OnwardReferralStep step, OnwardReferralStepInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsInRole(StaffRoles.Name(StaffRole.LinkWorker)) && !user.IsInRole(StaffRoles.Name(StaffRole.SeniorLinkWorker)))
        {
            throw OnwardReferralNotFound.For(id);
        }

        var episodes = access.Visible(user).Select(e => e.Id);
        var referral = await db.OnwardReferrals.FirstOrDefaultAsync(r => r.Id == id && episodes.Contains(r.EpisodeId), cancellationToken)
            ?? throw OnwardReferralNotFound.For(id);
        await ApplyAsync(referral, OnwardReferralActor.LinkWorker, user, step, input, cancellationToken);
        return referral;
    }

    public async Task<OnwardReferral> AsPartnerAsync(
        ClaimsPrincipal user, Guid id, OnwardReferralStep step, OnwardReferralStepInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var referral = await PartnerScope.Referrals(db, user).FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw OnwardReferralNotFound.For(id);
        await ApplyAsync(referral, OnwardReferralActor.Partner, user, step, input, cancellationToken);
        return referral;
    }

    private async Task ApplyAsync(
        OnwardReferral referral, OnwardReferralActor actor, ClaimsPrincipal user, OnwardReferralStep step, OnwardReferralStepInput input,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var by = user.UserId() ?? throw new DomainException("Only a member of staff can change a referral", "By");
        var now = clock.GetUtcNow();
        switch (step)
        {
            case OnwardReferralStep.Send:
                var service = await db.Services.AsNoTracking().SingleAsync(s => s.Id == referral.ServiceId, cancellationToken);
                referral.Send(ReferralTargets.From(service), actor, by, now);
                break;
            case OnwardReferralStep.Accept:
                referral.Accept(actor, by, now, input.Note);
                break;
            case OnwardReferralStep.Reject:
                referral.Reject(actor, input.Reason, input.ReasonText, by, now, input.Note);
                break;
            case OnwardReferralStep.Start:
                referral.Start(actor, by, now, input.Note);
                break;
            case OnwardReferralStep.Hold:
                referral.Hold(actor, by, now, input.Note);
                break;
            case OnwardReferralStep.Complete:
                referral.Complete(actor, by, now, input.Note);
                break;
            case OnwardReferralStep.Fail:
                referral.Fail(actor, input.Reason, input.ReasonText, by, now, input.Note);
                break;
            case OnwardReferralStep.Cancel:
                referral.Cancel(actor, input.Reason, input.ReasonText, by, now, input.Note);
                break;
            default:
                throw new DomainException("Choose what has happened to the referral", "Step");
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>
/// The one rule for what a partner user sees: sent direct referrals to their own organisation. Signposts and drafts
/// never reach an organisation; referrals to any other organisation are "not found".
/// </summary>
public static class PartnerScope
{
    public static IQueryable<OnwardReferral> Referrals(AppDbContext db, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        var organisationId = user.IsInRole(StaffRoles.Name(StaffRole.Partner)) ? user.OrganisationIdOf() : null;
        return organisationId is null
            ? db.OnwardReferrals.Where(r => false)
            : db.OnwardReferrals.Where(r =>
                r.OrganisationId == organisationId && r.Kind == OnwardReferralKind.Direct && r.Status != OnwardReferralStatus.Draft);
    }
}
