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
/// the person has been waiting for help. One query for the page and one count; needs come with the page's rows, so
/// nothing is loaded per person or beyond the page.
/// <para>
/// Speed (issue 3: ≤ 100 ms at p95 with lists of thousands): "longest waiting" is ordered by the episode's own
/// <see cref="Episode.CreatedAt"/>, not the referral's ReceivedAt. The two are the same instant: an episode is
/// opened in the transaction that receives its referral, with the same clock reading (MakeReferral, the demo seed).
/// Ordering by a column of the episode lets the index IX_episodes_waiting_list (TeamId, Status, priority, CreatedAt,
/// Id; migration WaitingListBandIndex) serve the order.
/// Priority is a string column whose urgency order is not its text order, so the page is read per band: the first
/// <c>skip + size</c> episodes of each priority straight from the index (every Waiting episode has a priority:
/// only triage acceptance, which requires one, puts an episode on the list), combined with UNION ALL (at most
/// three bands' worth of ids), and only those few episodes are ordered, joined and paged. The database never sorts
/// the whole list.
/// </para>
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

        var skip = (number - 1) * size;
        IQueryable<Episode> Band(Priority priority) => waiting
            .Where(e => e.TriageDecision!.Priority == priority)
            .OrderBy(e => e.CreatedAt).ThenBy(e => e.Id)
            .Take(skip + size);
        var candidates = Band(Priority.Urgent).Concat(Band(Priority.Soon)).Concat(Band(Priority.Routine)).Select(e => e.Id);

        var rows = await (
                from e in db.Episodes
                where candidates.Contains(e.Id)
                join r in db.Referrals on e.ReferralId equals r.Id
                join p in db.People on e.PersonId equals p.Id
                from practice in db.Organisations.Where(o => o.Id == p.RegisteredPracticeId).DefaultIfEmpty()
                orderby (e.TriageDecision!.Priority == Priority.Urgent ? 0 : e.TriageDecision.Priority == Priority.Soon ? 1 : 2),
                    e.CreatedAt, e.Id
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
                    // The identity key keeps the referrer's order; a projected collection has none of its own on PostgreSQL.
                    Needs = r.Needs.OrderBy(n => EF.Property<int>(n, "Id")).Select(n => n.Category).ToList(),
                    PracticeName = practice == null ? null : practice.Name,
                    p.CommunicationNeeds.PreferredLanguage,
                    p.CommunicationNeeds.NeedsInterpreter,
                })
            .AsNoTracking()
            .Skip(skip)
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
