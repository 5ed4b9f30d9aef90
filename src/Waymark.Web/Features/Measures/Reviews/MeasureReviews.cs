using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Common;
using Waymark.Domain.Episodes;
using Waymark.Domain.Measures;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Features.Measures.Reviews;

/// <summary>One measure's next occasion in an episode, with the questionnaire's title.</summary>
public sealed record MeasureReviewView(
    string QuestionnaireUrl, string Title, MeasureOccasion Occasion, int ReviewNumber, DateOnly DueOn, MeasureDueState State,
    DateOnly ScheduledOn, bool Deferred, string? DeferralReason)
{
    public static MeasureReviewView From(MeasureDue due, string title)
    {
        ArgumentNullException.ThrowIfNull(due);
        return new(due.Url, title, due.Occasion, due.ReviewNumber, due.DueOn, due.State, due.ScheduledOn, due.IsDeferred, due.DeferralReason);
    }

    /// <summary>"Baseline", "Review 2", "At discharge".</summary>
    public string OccasionName => MeasureWords.Occasion(Occasion, ReviewNumber);
}

/// <summary>A "not appropriate now" as recorded.</summary>
public sealed record MeasureDeferralView(Guid Id, string QuestionnaireUrl, string Title, string Reason, DateOnly Until, string? DeferredBy, DateTimeOffset DeferredAt);

/// <summary>
/// An episode's measure schedule: the programme's settings, each measure's next occasion (while the person is in
/// support) and the deferrals recorded, newest first.
/// </summary>
public sealed record EpisodeMeasureSchedule(
    Guid EpisodeId, string? ProgrammeName, int ReviewWeeks, bool AskAtDischarge, bool InSupport, DateOnly Start,
    IReadOnlyList<MeasureReviewView> Next, IReadOnlyList<MeasureDeferralView> Deferrals);

/// <summary>How pages and messages word the schedule.</summary>
public static class MeasureWords
{
    public static string Occasion(MeasureOccasion occasion, int reviewNumber) => occasion switch
    {
        MeasureOccasion.Baseline => "Baseline",
        MeasureOccasion.Review => $"Review {reviewNumber}",
        _ => "At discharge",
    };

    public static string State(MeasureDueState state) => state switch
    {
        MeasureDueState.NotYetDue => "Not yet due",
        MeasureDueState.Due => "Due",
        _ => "Overdue",
    };
}

/// <summary>Reads an episode's measure schedule for those who may see the episode.</summary>
public sealed class MeasureReviewQueries(AppDbContext db, EpisodeAccess access, MeasureScheduleLoader loader, TimeProvider clock)
{
    /// <summary>
    /// The schedule of an episode the caller may see (else not found). With <paramref name="audit"/> the read is
    /// recorded against the person; pages pass false because their episode header has recorded it already.
    /// <paramref name="preparingDischarge"/> shows the discharge occasion (the discharge page).
    /// </summary>
    public async Task<EpisodeMeasureSchedule> ForEpisodeAsync(
        ClaimsPrincipal user, Guid episodeId, bool audit, bool preparingDischarge = false, CancellationToken cancellationToken = default)
    {
        var episode = audit
            ? await access.OpenForReadingAsync(user, episodeId, cancellationToken)
            : await access.Visible(user).AsNoTracking().SingleOrDefaultAsync(e => e.Id == episodeId, cancellationToken)
                ?? throw new Infrastructure.Problems.NotFoundException("episode", episodeId);
        var programme = episode.ProgrammeId is { } programmeId
            ? await db.Programmes.AsNoTracking().Where(p => p.Id == programmeId).SingleOrDefaultAsync(cancellationToken)
            : null;
        var measures = programme is null ? ProgrammeMeasures.Default : ProgrammeMeasures.Of(programme);
        var firstConversation = await db.Conversations.Where(c => c.EpisodeId == episode.Id).MinAsync(c => (DateTimeOffset?)c.At, cancellationToken);
        var start = MeasureScheduleLoader.StartOf(firstConversation, episode.Allocations.Count > 0 ? episode.Allocations[0].From : null, episode.CreatedAt);
        var facts = (await loader.FactsAsync([new EpisodeMeasureStart(episode.Id, start, measures, preparingDischarge)], cancellationToken))[episode.Id];
        var deferrals = await (
            from d in db.MeasureDeferrals.AsNoTracking()
            where d.EpisodeId == episode.Id
            join u in db.Users on d.DeferredBy equals u.Id into who
            from u in who.DefaultIfEmpty()
            select new { d.Id, d.QuestionnaireUrl, d.Reason, d.Until, Name = u == null ? null : u.DisplayName, d.DeferredAt })
            .ToListAsync(cancellationToken);
        var titles = await loader.TitlesAsync(measures.Urls.Concat(deferrals.Select(d => d.QuestionnaireUrl)), cancellationToken);
        var today = UkTime.Today(clock.GetUtcNow());
        var inSupport = episode.Status.IsInSupport();
        var next = inSupport
            ? MeasureSchedule.Next(facts, today).Select(d => MeasureReviewView.From(d, titles.GetValueOrDefault(d.Url, d.Url))).ToList()
            : [];
        return new EpisodeMeasureSchedule(
            episode.Id, programme?.Name, measures.ReviewWeeks, measures.AskAtDischarge, inSupport, start, next,
            [.. deferrals.OrderByDescending(d => d.DeferredAt)
                .Select(d => new MeasureDeferralView(d.Id, d.QuestionnaireUrl, titles.GetValueOrDefault(d.QuestionnaireUrl, d.QuestionnaireUrl), d.Reason, d.Until, d.Name, d.DeferredAt))]);
    }
}

/// <summary>What a link worker says when a questionnaire is not appropriate now.</summary>
public sealed record DeferMeasureInput(string? QuestionnaireUrl, string? Reason, DateOnly? Until);

/// <summary>
/// Records "not appropriate now" for one of the programme's questionnaires in an episode allocated or active with the
/// caller's team: it moves that measure's next occasion to the date given, without penalty. One save; audited by the
/// interceptor.
/// </summary>
public sealed class DeferMeasure(AppDbContext db, EpisodeAccess access, TimeProvider clock)
{
    public const string NotAsked = "Choose a questionnaire this person's programme asks";

    public async Task<MeasureDeferral> ExecuteAsync(ClaimsPrincipal user, Guid episodeId, DeferMeasureInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var episode = await access.FindForWorkAsync(user, episodeId, cancellationToken);
        episode.EnsureInSupport("A measure can be put off");
        var urls = episode.ProgrammeId is { } programmeId
            ? await db.Programmes.AsNoTracking().Where(p => p.Id == programmeId).Select(p => p.MeasureUrls).SingleAsync(cancellationToken)
            : ProgrammeMeasures.Default.Urls;
        if (!string.IsNullOrWhiteSpace(input.QuestionnaireUrl) && !urls.Contains(input.QuestionnaireUrl.Trim()))
        {
            throw new DomainException(NotAsked, nameof(MeasureDeferral.QuestionnaireUrl));
        }

        var deferral = MeasureDeferral.Record(episode.Id, input.QuestionnaireUrl, input.Reason, input.Until, user.UserId() ?? Guid.Empty, clock.GetUtcNow());
        db.MeasureDeferrals.Add(deferral);
        await db.SaveChangesAsync(cancellationToken);
        return deferral;
    }
}
