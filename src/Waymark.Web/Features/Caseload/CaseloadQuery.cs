using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Contacts;
using Waymark.Domain.Episodes;
using Waymark.Domain.Plans;
using Waymark.Domain.Staff;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Features.Measures.Reviews;
using Waymark.Web.Features.OnwardReferrals;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Features.Caseload;

/// <summary>A link worker who may appear on a team caseload, for the worker filter.</summary>
public sealed record CaseloadWorker(Guid Id, string DisplayName);

/// <summary>
/// My caseload (issue 3, item 9): the people allocated to a link worker, with where their contacts stand today; and
/// the same across a senior link worker's team. Scoped by <see cref="EpisodeAccess"/>, so nobody sees another
/// team's people. Built to answer in a few milliseconds over a large service (docs/performance.md) with a fixed
/// number of queries, whatever the caseload's size:
/// (a) the episodes, by the (WorkerId, Status) or (TeamId, Status) index, with the person's name, the contact plan's
/// frequency and the programme's settings; (b) the last contact and last reached contact per episode, one GROUP BY
/// over the (EpisodeId, At) index; (c) open goals per episode, one GROUP BY; (d) active onward referrals with their
/// services, for the overdue and on-hold flags; (f) the measure schedule's facts (<see cref="MeasureScheduleLoader"/>:
/// the programmes' settings by id, the first and latest answer per episode and questionnaire in one GROUP BY, the
/// episodes' deferrals, the questionnaires' titles); and for a team, (e) the workers' names.
/// The schedule, filters, sort and page are then worked out in memory (<see cref="CaseloadRows"/>).
/// </summary>
public sealed class CaseloadQuery(AppDbContext db, EpisodeAccess access, OnwardReferralQueries onwardReferrals, MeasureScheduleLoader measures, TimeProvider clock)
{
    /// <summary>The caller's own caseload. Any worker filter in <paramref name="criteria"/> is ignored.</summary>
    public Task<CaseloadResult> ForWorkerAsync(ClaimsPrincipal user, CaseloadCriteria criteria, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var workerId = user.UserId() ?? Guid.Empty;
        return LoadAsync(user, workerId, null, criteria with { WorkerId = null }, cancellationToken);
    }

    /// <summary>
    /// A senior link worker's whole team, or one worker of it (<see cref="CaseloadCriteria.WorkerId"/>). Anyone
    /// else, and a worker outside the team, gets an empty caseload: the scope, not the request, decides.
    /// </summary>
    public Task<CaseloadResult> ForTeamAsync(ClaimsPrincipal user, CaseloadCriteria criteria, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(StaffRoles.Name(StaffRole.SeniorLinkWorker)) && user.TeamIdOf() is { } teamId
            ? LoadAsync(user, criteria.WorkerId, teamId, criteria, cancellationToken)
            : Task.FromResult(CaseloadRows.View([], criteria));
    }

    /// <summary>The link workers of the caller's team, by name, for the team caseload's worker filter.</summary>
    public async Task<IReadOnlyList<CaseloadWorker>> TeamWorkersAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.TeamIdOf() is not { } teamId)
        {
            return [];
        }

        var roles = new[] { StaffRoles.Name(StaffRole.LinkWorker), StaffRoles.Name(StaffRole.SeniorLinkWorker) };
        return await db.Users.AsNoTracking()
            .Where(u => u.TeamId == teamId && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && roles.Contains(r.Name!))))
            .OrderBy(u => u.DisplayName)
            .Select(u => new CaseloadWorker(u.Id, u.DisplayName))
            .ToListAsync(cancellationToken);
    }

    private async Task<CaseloadResult> LoadAsync(
        ClaimsPrincipal user, Guid? workerId, Guid? teamId, CaseloadCriteria criteria, CancellationToken cancellationToken)
    {
        // One connection for the three or four queries: on SQLite each open also runs the connection's pragmas.
        await db.Database.OpenConnectionAsync(cancellationToken);
        List<CaseloadFacts> facts;
        Dictionary<Guid, string> names;
        try
        {
            facts = await LoadFactsAsync(user, workerId, teamId, cancellationToken);
            names = teamId is null ? [] : await WorkerNamesAsync(facts, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        var today = CaseloadRows.UkDate(clock.GetUtcNow());
        var rows = facts.Select(f => CaseloadRows.Build(f, names.GetValueOrDefault(f.WorkerId), today)).ToList();
        return CaseloadRows.View(rows, criteria);
    }

    private async Task<List<CaseloadFacts>> LoadFactsAsync(ClaimsPrincipal user, Guid? workerId, Guid? teamId, CancellationToken cancellationToken)
    {
        var episodes = access.Visible(user).AsNoTracking()
            .Where(e => e.Status == EpisodeStatus.Allocated || e.Status == EpisodeStatus.Active);
        if (workerId is { } worker)
        {
            episodes = episodes.Where(e => e.WorkerId == worker);
        }

        if (teamId is { } team)
        {
            episodes = episodes.Where(e => e.TeamId == team && e.WorkerId != null);
        }

        // (a) The episodes with the person, the contact plan and the programme: one row each, by index.
        var loaded = await (
            from e in episodes
            join p in db.People on e.PersonId equals p.Id
            select new
            {
                e.Id,
                e.PersonId,
                p.GivenName,
                p.FamilyName,
                p.PreferredName,
                p.NhsNumber,
                e.Status,
                e.Intensity,
                e.WorkerId,
                e.CreatedAt,
                e.ProgrammeId,
                AllocatedAt = e.Allocations.Where(a => a.To == null).Select(a => (DateTimeOffset?)a.From).FirstOrDefault(),
                FirstAllocatedAt = e.Allocations.Min(a => (DateTimeOffset?)a.From),
                FirstConversationAt = db.Conversations.Where(c => c.EpisodeId == e.Id).Min(c => (DateTimeOffset?)c.At),
                PlanFrequency = db.ContactPlans.Where(c => c.EpisodeId == e.Id).Select(c => (int?)c.FrequencyDays).FirstOrDefault(),
                ProgrammeFrequency = db.Programmes.Where(g => g.Id == e.ProgrammeId).Select(g => (int?)g.DefaultContactFrequencyDays).FirstOrDefault(),
                ProgrammeNoContact = db.Programmes.Where(g => g.Id == e.ProgrammeId).Select(g => (int?)g.NoContactThresholdDays).FirstOrDefault(),
            }).ToListAsync(cancellationToken);
        if (loaded.Count == 0)
        {
            return [];
        }

        var ids = loaded.Select(e => e.Id).ToList();

        // (b) Last contact and last reached contact per episode: one GROUP BY over the (EpisodeId, At) index.
        var contacts = await db.Contacts.AsNoTracking()
            .Where(c => ids.Contains(c.EpisodeId))
            .GroupBy(c => c.EpisodeId)
            .Select(g => new
            {
                EpisodeId = g.Key,
                Last = g.Max(c => (DateTimeOffset?)c.At),
                LastReached = g.Where(c => c.Outcome == ContactOutcome.Reached).Max(c => (DateTimeOffset?)c.At),
            })
            .ToDictionaryAsync(c => c.EpisodeId, cancellationToken);

        // (c) Open goals per episode: goals not started or in progress, through the episode's plan.
        var goals = await (
            from plan in db.Plans
            where ids.Contains(plan.EpisodeId)
            join goal in db.Set<Goal>() on plan.Id equals goal.PlanId
            where goal.Status == GoalStatus.NotStarted || goal.Status == GoalStatus.InProgress
            group goal by plan.EpisodeId into g
            select new { EpisodeId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.EpisodeId, g => g.Count, cancellationToken);

        // (d) Active onward referrals with their services' status and wait.
        var referrals = await onwardReferrals.SummariesForEpisodesAsync(ids, cancellationToken);

        // (f) The measure schedule: programme settings, first and latest answers, deferrals and titles.
        var programmes = await measures.ProgrammesAsync(loaded.Where(e => e.ProgrammeId != null).Select(e => e.ProgrammeId!.Value), cancellationToken);
        var starts = loaded.Select(e => new EpisodeMeasureStart(
            e.Id,
            MeasureScheduleLoader.StartOf(e.FirstConversationAt, e.FirstAllocatedAt, e.CreatedAt),
            e.ProgrammeId is { } programmeId ? programmes.GetValueOrDefault(programmeId, ProgrammeMeasures.Default) : ProgrammeMeasures.Default)).ToList();
        var schedules = await measures.FactsAsync(starts, cancellationToken);
        var titles = await measures.TitlesAsync(starts.SelectMany(s => s.Programme.Urls), cancellationToken);

        return [.. loaded.Select(e =>
        {
            var contact = contacts.GetValueOrDefault(e.Id);
            return new CaseloadFacts(
                e.Id, e.PersonId, e.GivenName, e.FamilyName, e.PreferredName, e.NhsNumber?.Value, e.Status, e.Intensity,
                e.WorkerId ?? Guid.Empty, e.AllocatedAt, e.CreatedAt, e.PlanFrequency, e.ProgrammeFrequency, e.ProgrammeNoContact,
                contact?.Last, contact?.LastReached, goals.GetValueOrDefault(e.Id))
            {
                OnwardReferrals = referrals.GetValueOrDefault(e.Id),
                Measures = schedules.GetValueOrDefault(e.Id) is { MeasureUrls.Count: > 0 } schedule ? schedule : null,
                MeasureTitles = titles,
            };
        })];
    }

    // (e) For a team: the names of the workers holding the episodes.
    private async Task<Dictionary<Guid, string>> WorkerNamesAsync(List<CaseloadFacts> facts, CancellationToken cancellationToken)
    {
        var workerIds = facts.Select(f => f.WorkerId).Distinct().ToList();
        return workerIds.Count == 0
            ? []
            : await db.Users.AsNoTracking().Where(u => workerIds.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName })
                .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }
}
