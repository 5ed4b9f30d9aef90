using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Data.Identity;
using Waymark.Domain.Episodes;
using Waymark.Domain.Referrals;
using Waymark.Domain.Staff;
using Waymark.Web.Features.Episodes;

namespace Waymark.Web.Features.Allocation;

/// <summary>A link worker who could take the person: their weighted load against capacity, and why they are suggested.</summary>
public sealed record WorkerChoice(
    Guid Id, string Name, decimal Load, decimal Capacity, IReadOnlyList<string> Languages, IReadOnlyList<string> SuggestedBecause)
{
    public bool IsSuggested => SuggestedBecause.Count > 0;

    public bool WouldExceed(SupportIntensity intensity) => new AllocationCheck(Load, Capacity).WouldExceed(intensity);

    [JsonIgnore]
    public AllocationCheck Check => new(Load, Capacity);

    /// <summary>"12.5 of 30", for tables and messages.</summary>
    [JsonIgnore]
    public string LoadText => string.Create(CultureInfo.InvariantCulture, $"{Load:0.#} of {Capacity:0.#}");
}

/// <summary>Everything the allocation page shows: who the person is, what they need and who could take them.</summary>
public sealed record AllocationView(
    EpisodeHeader Header,
    Guid? PracticeId,
    string? PracticeName,
    IReadOnlyList<ReferralNeed> Needs,
    Priority? Priority,
    int DaysWaiting,
    SupportIntensity? Intensity,
    IReadOnlyList<WorkerChoice> Workers);

/// <summary>
/// The link workers of an episode's team with their loads, and the suggestions for one person: a worker who speaks
/// their preferred language, has worked with them before, or already supports people from their GP practice.
/// Every team covers all its practices, so "covers the practice" would suggest everyone; knowing the practice (its
/// staff, its patch) is what actually helps, so that is what is suggested.
/// </summary>
public sealed class AllocationQueries(AppDbContext db, EpisodeHeaders headers, TimeProvider clock)
{
    private static readonly string[] WorkerRoles = [StaffRoles.Name(StaffRole.LinkWorker), StaffRoles.Name(StaffRole.SeniorLinkWorker)];

    public async Task<AllocationView> LoadAsync(ClaimsPrincipal user, Guid episodeId, CancellationToken cancellationToken = default)
    {
        var header = await headers.LoadAsync(user, episodeId, cancellationToken);
        var episode = await db.Episodes.AsNoTracking().SingleAsync(e => e.Id == episodeId, cancellationToken);
        var referral = await db.Referrals.AsNoTracking().SingleAsync(r => r.Id == episode.ReferralId, cancellationToken);
        var person = await db.People.AsNoTracking().Where(p => p.Id == episode.PersonId)
            .Select(p => new { p.RegisteredPracticeId, p.CommunicationNeeds.PreferredLanguage })
            .SingleAsync(cancellationToken);
        var practiceName = person.RegisteredPracticeId is { } practiceId
            ? await db.Organisations.Where(o => o.Id == practiceId).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken)
            : null;

        var workers = await WorkersAsync(episode.TeamId, cancellationToken);
        var workedBefore = await db.Episodes.Where(e => e.PersonId == episode.PersonId)
            .SelectMany(e => e.Allocations.Select(a => a.WorkerId))
            .Distinct()
            .ToListAsync(cancellationToken);
        var workerIds = workers.Select(w => w.Id).ToList();
        var fromPractice = person.RegisteredPracticeId is { } practice
            ? await (from e in db.Episodes
                     where e.WorkerId != null && workerIds.Contains(e.WorkerId.Value)
                         && (e.Status == EpisodeStatus.Allocated || e.Status == EpisodeStatus.Active)
                     join p in db.People on e.PersonId equals p.Id
                     where p.RegisteredPracticeId == practice
                     group e by e.WorkerId into g
                     select new { WorkerId = g.Key!.Value, Count = g.Count() })
                .ToDictionaryAsync(x => x.WorkerId, x => x.Count, cancellationToken)
            : new Dictionary<Guid, int>();

        var choices = workers
            .Where(w => w.Id != episode.WorkerId)
            .Select(w => w with { SuggestedBecause = Reasons(w, person.PreferredLanguage, workedBefore, fromPractice, practiceName) })
            .OrderByDescending(w => w.SuggestedBecause.Count)
            .ThenBy(w => w.WouldExceed(episode.Intensity ?? SupportIntensity.Standard))
            .ThenBy(w => w.Load / w.Capacity)
            .ThenBy(w => w.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();

        return new AllocationView(header, person.RegisteredPracticeId, practiceName, referral.Needs, episode.TriageDecision?.Priority,
            WaitingListQuery.DaysBetween(referral.ReceivedAt, clock.GetUtcNow()), episode.Intensity, choices);
    }

    /// <summary>
    /// The team's active link workers and senior link workers with their weighted load (allocated and active episodes,
    /// weighted by support intensity) and capacity (their own, or the default). Two queries whatever the team's size.
    /// </summary>
    public async Task<IReadOnlyList<WorkerChoice>> WorkersAsync(Guid teamId, CancellationToken cancellationToken = default)
    {
        var workers = await db.Users.AsNoTracking()
            .Where(u => u.TeamId == teamId && !u.IsDisabled)
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && WorkerRoles.Contains(r.Name!))))
            .Select(u => new { u.Id, u.DisplayName, u.CaseloadCapacity, u.Languages })
            .ToListAsync(cancellationToken);
        var ids = workers.Select(w => w.Id).ToList();
        var held = await db.Episodes.AsNoTracking()
            .Where(e => e.WorkerId != null && ids.Contains(e.WorkerId.Value)
                && (e.Status == EpisodeStatus.Allocated || e.Status == EpisodeStatus.Active))
            .Select(e => new { WorkerId = e.WorkerId!.Value, e.Intensity, e.Status })
            .ToListAsync(cancellationToken);

        return [.. workers.Select(w => new WorkerChoice(
            w.Id,
            w.DisplayName,
            CaseloadLoad.Compute(held.Where(h => h.WorkerId == w.Id).Select(h => (h.Intensity ?? SupportIntensity.Standard, h.Status))),
            w.CaseloadCapacity ?? StaffUser.DefaultCaseloadCapacity,
            w.Languages,
            []))];
    }

    /// <summary>Why a worker suits this person, in plain words; empty when nothing stands out.</summary>
    public static IReadOnlyList<string> Reasons(
        WorkerChoice worker, string? preferredLanguage, IReadOnlyCollection<Guid> workedBefore, IReadOnlyDictionary<Guid, int> fromPractice,
        string? practiceName)
    {
        var reasons = new List<string>();
        if (workedBefore.Contains(worker.Id))
        {
            reasons.Add("Has worked with this person before");
        }

        if (!string.IsNullOrWhiteSpace(preferredLanguage)
            && worker.Languages.FirstOrDefault(l => string.Equals(l.Trim(), preferredLanguage.Trim(), StringComparison.OrdinalIgnoreCase)) is { } language)
        {
            reasons.Add($"Speaks {language}, the person's preferred language");
        }

        if (fromPractice.TryGetValue(worker.Id, out var count) && count > 0)
        {
            reasons.Add(count == 1
                ? $"Already supports 1 person from {practiceName ?? "the same GP practice"}"
                : $"Already supports {count} people from {practiceName ?? "the same GP practice"}");
        }

        return reasons;
    }
}
