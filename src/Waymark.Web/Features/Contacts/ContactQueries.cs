using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Contacts;
using Waymark.Domain.Episodes;
using Waymark.Web.Features.Common;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Infrastructure.Problems;

namespace Waymark.Web.Features.Contacts;

/// <summary>
/// An episode's contacts (newest first) and its contact plan with today's schedule, for those who may see the
/// episode (<see cref="EpisodeAccess"/>). With <c>audit</c> the read is recorded against the person; pages pass
/// false because their episode header has recorded it already.
/// </summary>
public sealed class ContactQueries(AppDbContext db, EpisodeAccess access, TimeProvider clock)
{
    public const int DefaultFrequencyDays = 14;

    public async Task<Paged<ContactView>> ListAsync(
        ClaimsPrincipal user, Guid episodeId, int? page, int? pageSize, bool audit, CancellationToken cancellationToken = default)
    {
        var episode = await OpenAsync(user, episodeId, audit, cancellationToken);
        return await db.Contacts.AsNoTracking()
            .Where(c => c.EpisodeId == episode.Id)
            .OrderByDescending(c => c.At).ThenByDescending(c => c.RecordedAt)
            .Select(c => new ContactView(
                c.Id, c.At, c.Mode, c.DurationMinutes, c.Outcome, c.Notes, c.RecordedBy,
                db.Users.Where(u => u.Id == c.RecordedBy).Select(u => u.DisplayName).FirstOrDefault(), c.RecordedAt))
            .ToPagedAsync(page, pageSize, cancellationToken);
    }

    public async Task<ContactPlanStatus> PlanAsync(ClaimsPrincipal user, Guid episodeId, bool audit, CancellationToken cancellationToken = default)
    {
        var episode = await OpenAsync(user, episodeId, audit, cancellationToken);
        return await StatusOfAsync(episode, cancellationToken);
    }

    /// <summary>The plan and schedule of an episode the caller has already been allowed to see.</summary>
    public async Task<ContactPlanStatus> StatusOfAsync(Episode episode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(episode);
        var plan = await db.ContactPlans.AsNoTracking().SingleOrDefaultAsync(p => p.EpisodeId == episode.Id, cancellationToken);
        var programme = episode.ProgrammeId is { } programmeId
            ? await db.Programmes.AsNoTracking().Where(p => p.Id == programmeId)
                .Select(p => new { p.DefaultContactFrequencyDays, p.NoContactThresholdDays }).SingleOrDefaultAsync(cancellationToken)
            : null;
        var lastReached = await db.Contacts.AsNoTracking()
            .Where(c => c.EpisodeId == episode.Id && c.Outcome == ContactOutcome.Reached)
            .OrderByDescending(c => c.At).Select(c => (DateTimeOffset?)c.At).FirstOrDefaultAsync(cancellationToken);

        var defaultFrequency = programme?.DefaultContactFrequencyDays ?? DefaultFrequencyDays;
        ContactScheduleView? schedule = null;
        if (episode.Status is EpisodeStatus.Allocated or EpisodeStatus.Active)
        {
            var allocatedOn = ContactTime.DateOf(episode.Allocations.Count > 0 ? episode.Allocations[0].From : episode.CreatedAt);
            var countingFrom = lastReached is { } at ? ContactTime.DateOf(at) : allocatedOn;
            var frequency = plan?.FrequencyDays ?? defaultFrequency;
            var threshold = programme?.NoContactThresholdDays ?? ContactSchedule.DefaultNoContactDays;
            var today = ContactSchedule.Calculate(countingFrom, frequency, ContactTime.Today(clock), threshold);
            schedule = new ContactScheduleView(
                countingFrom, lastReached is null, frequency, plan is not null, today.NextDue, today.IsOverdue, today.DaysSinceLastReached,
                today.NoContact, threshold);
        }

        return new ContactPlanStatus(
            episode.Id, episode.Status, plan is null ? null : ContactPlanView.From(plan), defaultFrequency, lastReached, schedule);
    }

    /// <summary>An episode the caller may see, untracked; with <paramref name="audit"/> the read is recorded.</summary>
    public async Task<Episode> OpenAsync(ClaimsPrincipal user, Guid episodeId, bool audit, CancellationToken cancellationToken = default) =>
        audit
            ? await access.OpenForReadingAsync(user, episodeId, cancellationToken)
            : await access.Visible(user).AsNoTracking().SingleOrDefaultAsync(e => e.Id == episodeId, cancellationToken)
                ?? throw new NotFoundException("episode", episodeId);
}
