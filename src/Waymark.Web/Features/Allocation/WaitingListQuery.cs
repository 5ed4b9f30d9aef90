using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Episodes;
using Waymark.Domain.Referrals;
using Waymark.Web.Features.Common;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Infrastructure.Problems;

namespace Waymark.Web.Features.Allocation;

/// <summary>One person on a team's waiting list: who, how urgent, how long they have waited and what they need.</summary>
public sealed record WaitingListItem(
    Guid EpisodeId,
    Guid PersonId,
    string PersonName,
    string? NhsNumber,
    Priority Priority,
    Urgency Urgency,
    DateTimeOffset ReceivedAt,
    int DaysWaiting,
    IReadOnlyList<NeedCategory> Needs,
    string? PracticeName,
    string? PreferredLanguage,
    bool NeedsInterpreter);

/// <summary>
/// A team's waiting list: the people accepted at triage and not yet allocated, most urgent first and, within a
/// priority, longest waiting first. Days waiting count from when the referral was received, since that is how long
/// the person has been waiting for help. One query for the page (episodes by team and status use their index) and
/// one count; needs come with the page's rows, so nothing is loaded per person or beyond the page.
/// </summary>
public sealed class WaitingListQuery(AppDbContext db, EpisodeAccess access, TimeProvider clock)
{
    /// <summary>
    /// The team's waiting list, a page at a time (pages start at 1; sizes are clamped to 1–100). A team the caller
    /// may not see is "not found".
    /// </summary>
    public async Task<Paged<WaitingListItem>> ListAsync(
        ClaimsPrincipal user, Guid teamId, int? page, int? pageSize, CancellationToken cancellationToken = default)
    {
        if (!await access.VisibleTeamIds(user).AnyAsync(id => id == teamId, cancellationToken))
        {
            throw new NotFoundException("team", teamId);
        }

        var waiting = access.Visible(user).Where(e => e.TeamId == teamId && e.Status == EpisodeStatus.Waiting);
        var size = Math.Clamp(pageSize ?? PagingExtensions.DefaultPageSize, 1, PagingExtensions.MaxPageSize);
        var total = await waiting.CountAsync(cancellationToken);
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
            .ToListAsync(cancellationToken);

        var now = clock.GetUtcNow();
        return new Paged<WaitingListItem>(
            [.. rows.Select(r => new WaitingListItem(
                r.Id, r.PersonId, $"{r.PreferredName ?? r.GivenName} {r.FamilyName}", r.NhsNumber?.Value, r.Priority ?? Priority.Routine,
                r.Urgency, r.ReceivedAt, DaysBetween(r.ReceivedAt, now), r.Needs, r.PracticeName, r.PreferredLanguage, r.NeedsInterpreter))],
            number, size, total);
    }

    /// <summary>Whole days from <paramref name="from"/> to <paramref name="now"/> (never negative).</summary>
    public static int DaysBetween(DateTimeOffset from, DateTimeOffset now) => Math.Max(0, (int)Math.Floor((now - from).TotalDays));
}
