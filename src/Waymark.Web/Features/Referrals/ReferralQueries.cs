using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Data.Interceptors;
using Waymark.Domain.Audit;
using Waymark.Domain.Organisations;
using Waymark.Domain.People;
using Waymark.Domain.Referrals;
using Waymark.Web.Features.Common;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Infrastructure.Problems;

namespace Waymark.Web.Features.Referrals;

/// <summary>One row of a referrer's list: who, when, and where the referral has got to (status and outcome only).</summary>
public sealed record PracticeReferralItem(
    Guid ReferralId, string PersonName, string? NhsNumber, DateTimeOffset ReceivedAt, ReferralSource Source, ReferralProgress Progress);

public sealed record NeedView(NeedCategory Category, string? InTheirWords);

/// <summary>A referral as the API client that sent it sees it: what it sent, and where the referral has got to.</summary>
public sealed record ApiReferralView(
    Guid Id,
    DateTimeOffset ReceivedAt,
    Guid? PracticeId,
    string TeamName,
    Urgency Urgency,
    bool PersonAgreed,
    IReadOnlyList<NeedView> Needs,
    string Status,
    string StatusText,
    string? Outcome,
    string? Reason);

/// <summary>
/// What referrers and API clients may read about referrals: status and outcome, never the team's notes,
/// conversations, plans or contacts. Each list of people shown is audited as reads of their records.
/// </summary>
public sealed class ReferralQueries(AppDbContext db, ReferralAccess access, IAuditActorAccessor actor, AuditTrail audit, TimeProvider clock)
{
    /// <summary>The referrals made by the caller's own practice (whoever entered them), newest first.</summary>
    public async Task<Paged<PracticeReferralItem>> ForPracticeAsync(ClaimsPrincipal user, int? page, CancellationToken cancellationToken = default)
    {
        var rows = await (
                from r in access.MadeBy(user).AsNoTracking()
                join e in db.Episodes.AsNoTracking() on r.Id equals e.ReferralId
                join p in db.People.AsNoTracking() on r.PersonId equals p.Id
                orderby r.ReceivedAt descending, r.Id descending
                select new
                {
                    r.Id,
                    r.PersonId,
                    p.GivenName,
                    p.FamilyName,
                    p.NhsNumber,
                    r.ReceivedAt,
                    r.Source,
                    e.Status,
                    e.TriageDecision,
                    e.DischargeReason,
                    e.DischargeSummary,
                    e.PersonDeclinedReason,
                })
            .ToPagedAsync(page, PagingExtensions.DefaultPageSize, cancellationToken);

        // Seeing names and outcomes is a view of those people's records: one read event each, saved together.
        var now = clock.GetUtcNow();
        foreach (var personId in rows.Items.Select(r => r.PersonId).Distinct())
        {
            db.AuditEvents.Add(AuditEvent.Create(now, actor.Current, AuditAction.Read, nameof(Person), personId.ToString()));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new Paged<PracticeReferralItem>(
            [.. rows.Items.Select(r => new PracticeReferralItem(
                r.Id, $"{r.GivenName} {r.FamilyName}", r.NhsNumber?.ToString(), r.ReceivedAt, r.Source,
                ReferralProgress.Of(r.Status, r.TriageDecision, r.DischargeReason, r.DischargeSummary, r.PersonDeclinedReason)))],
            rows.Page, rows.PageSize, rows.TotalCount);
    }

    /// <summary>Active GP practices some active team covers — the ones a referral can be routed from — by name.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> CoveredPracticesAsync(CancellationToken cancellationToken = default)
    {
        var practices = await db.Organisations.AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.GpPractice && o.IsActive
                && db.TeamPractices.Any(tp => tp.PracticeId == o.Id && db.Teams.Any(t => t.Id == tp.TeamId && t.IsActive)))
            .OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name })
            .ToListAsync(cancellationToken);
        return [.. practices.Select(p => (p.Id, p.Name))];
    }

    /// <summary>A referral the calling API client sent; any other is "not found".</summary>
    public async Task<ApiReferralView> ForApiClientAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken = default)
    {
        var view = await FindForApiClientAsync(user.ApiClientIdOf() ?? Guid.Empty, id, cancellationToken)
            ?? throw new NotFoundException("referral", id);
        await audit.RecordReadAsync<Referral>(id, cancellationToken);
        return view;
    }

    internal async Task<ApiReferralView?> FindForApiClientAsync(Guid clientId, Guid id, CancellationToken cancellationToken)
    {
        var found = await (
                from r in db.Referrals.AsNoTracking()
                where r.Id == id && r.ReferrerUserId == clientId
                join e in db.Episodes.AsNoTracking() on r.Id equals e.ReferralId
                join t in db.Teams.AsNoTracking() on e.TeamId equals t.Id
                select new { Referral = r, TeamName = t.Name, e.Status, e.TriageDecision, e.DischargeReason, e.DischargeSummary, e.PersonDeclinedReason })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var referral = found.Referral;
        var progress = ReferralProgress.Of(found.Status, found.TriageDecision, found.DischargeReason, found.DischargeSummary, found.PersonDeclinedReason);
        return new ApiReferralView(
            referral.Id, referral.ReceivedAt, referral.ReferringOrganisationId, found.TeamName, referral.Urgency, referral.PersonAgreed,
            [.. referral.Needs.Select(n => new NeedView(n.Category, n.InTheirWords))], progress.Status.ToString(), progress.StatusText, progress.Outcome, progress.Reason);
    }
}
