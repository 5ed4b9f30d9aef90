using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Episodes;
using Waymark.Web.Features.Common;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Bench;

/// <summary>
/// STAND-IN, to be replaced by the app's own query once merged: the same query as the team area's
/// Features/Allocation/WaitingListQuery.ListAsync (branch i3-team, not yet merged when this benchmark was written):
/// the caller must see the team; the team's Waiting episodes (scoped by EpisodeAccess) with referral, person and
/// practice, ordered by priority (urgent, soon, routine) then longest waiting, one page plus a count; needs come
/// with the page. When merged, call <c>new WaitingListQuery(db, access, clock).ListAsync(user, teamId, page, size)</c>.
/// </summary>
internal static class WaitingListEquivalent
{
    public static async Task<Paged<object>> ListAsync(
        AppDbContext db, EpisodeAccess access, TimeProvider clock, ClaimsPrincipal user, Guid teamId, int? page, int? pageSize)
    {
        var userTeam = user.TeamIdOf();
        if (!await db.Teams.AnyAsync(t => t.Id == teamId && t.Id == userTeam))
        {
            throw new InvalidOperationException("The caller cannot see this team.");
        }

        var waiting = access.Visible(user).Where(e => e.TeamId == teamId && e.Status == EpisodeStatus.Waiting);
        var size = Math.Clamp(pageSize ?? PagingExtensions.DefaultPageSize, 1, PagingExtensions.MaxPageSize);
        var total = await waiting.CountAsync();
        var number = Math.Clamp(page ?? 1, 1, Math.Max(1, (int)Math.Ceiling(total / (double)size)));
        var rows = await (
                from e in waiting
                join r in db.Referrals on e.ReferralId equals r.Id
                join p in db.People on e.PersonId equals p.Id
                from practice in db.Organisations.Where(o => o.Id == p.RegisteredPracticeId).DefaultIfEmpty()
                orderby (e.TriageDecision!.Priority == Priority.Urgent ? 0 : e.TriageDecision.Priority == Priority.Soon ? 1 : 2),
                    r.ReceivedAt, e.Id
                select new
                {
                    e.Id,
                    e.PersonId,
                    p.GivenName,
                    p.FamilyName,
                    p.PreferredName,
                    p.NhsNumber,
                    e.TriageDecision!.Priority,
                    r.Urgency,
                    r.ReceivedAt,
                    Needs = r.Needs.Select(n => n.Category).ToList(),
                    PracticeName = practice == null ? null : practice.Name,
                    p.CommunicationNeeds.PreferredLanguage,
                    p.CommunicationNeeds.NeedsInterpreter,
                })
            .AsNoTracking()
            .Skip((number - 1) * size)
            .Take(size)
            .ToListAsync();
        var now = clock.GetUtcNow();
        return new Paged<object>([.. rows.Select(r => (object)new { r.Id, r.FamilyName, Days = (now - r.ReceivedAt).TotalDays })], number, size, total);
    }
}
