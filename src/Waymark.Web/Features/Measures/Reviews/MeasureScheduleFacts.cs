using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Common;
using Waymark.Domain.Measures;
using Waymark.Domain.Programmes;

namespace Waymark.Web.Features.Measures.Reviews;

/// <summary>What a programme asks and when: its measures, review interval and whether it asks at discharge.</summary>
public sealed record ProgrammeMeasures(IReadOnlyList<string> Urls, int ReviewWeeks, bool AskAtDischarge)
{
    /// <summary>For an episode with no programme: what a new programme asks (ONS4 and UCLA-3, every 12 weeks, at discharge).</summary>
    public static ProgrammeMeasures Default { get; } = new([BuiltInQuestionnaires.Ons4Url, BuiltInQuestionnaires.Ucla3Url], 12, true);

    public static ProgrammeMeasures Of(Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return new([.. programme.MeasureUrls], programme.ReviewWeeks, programme.AskMeasuresAtDischarge);
    }
}

/// <summary>One episode whose measure schedule is wanted: when support started and its programme's settings.</summary>
public sealed record EpisodeMeasureStart(Guid EpisodeId, DateOnly Start, ProgrammeMeasures Programme, bool PreparingDischarge = false);

/// <summary>
/// Loads what <see cref="MeasureSchedule"/> needs for many episodes at once, in a fixed number of small queries whatever
/// their number (the caseload reads a whole team): each programme's settings by id; the first and latest answer per
/// episode and questionnaire (one GROUP BY over the responses' EpisodeId index: only those two dates decide the
/// schedule); and the episodes' deferrals (rare rows, by their EpisodeId index). The schedule itself is pure.
/// </summary>
public sealed class MeasureScheduleLoader(AppDbContext db)
{
    /// <summary>The support start of an episode: its first conversation, else its allocation, else its creation.</summary>
    public static DateOnly StartOf(DateTimeOffset? firstConversationAt, DateTimeOffset? allocatedAt, DateTimeOffset createdAt) =>
        UkTime.Today(firstConversationAt ?? allocatedAt ?? createdAt);

    public async Task<Dictionary<Guid, ProgrammeMeasures>> ProgrammesAsync(IEnumerable<Guid> programmeIds, CancellationToken cancellationToken = default)
    {
        var ids = programmeIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var programmes = await db.Programmes.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        return programmes.ToDictionary(p => p.Id, ProgrammeMeasures.Of);
    }

    public async Task<Dictionary<Guid, MeasureScheduleFacts>> FactsAsync(IReadOnlyCollection<EpisodeMeasureStart> episodes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(episodes);
        var ids = episodes.Where(e => e.Programme.Urls.Count > 0).Select(e => e.EpisodeId).ToList();
        if (ids.Count == 0)
        {
            return episodes.ToDictionary(e => e.EpisodeId, e => Facts(e, [], []));
        }

        var answered = await db.QuestionnaireResponses.AsNoTracking()
            .Where(r => r.EpisodeId != null && ids.Contains(r.EpisodeId.Value))
            .GroupBy(r => new { EpisodeId = r.EpisodeId!.Value, r.DefinitionUrl })
            .Select(g => new { g.Key.EpisodeId, g.Key.DefinitionUrl, First = g.Min(r => r.AnsweredAt), Latest = g.Max(r => r.AnsweredAt) })
            .ToListAsync(cancellationToken);
        var deferrals = await db.MeasureDeferrals.AsNoTracking()
            .Where(d => ids.Contains(d.EpisodeId))
            .ToListAsync(cancellationToken);

        var answersByEpisode = answered.ToLookup(a => a.EpisodeId, a => (IEnumerable<MeasureAnswered>)
            [new MeasureAnswered(a.DefinitionUrl, UkTime.Today(a.First)), new MeasureAnswered(a.DefinitionUrl, UkTime.Today(a.Latest))]);
        var deferralsByEpisode = deferrals.ToLookup(d => d.EpisodeId, d => d.ToFact());
        return episodes.ToDictionary(
            e => e.EpisodeId,
            e => Facts(e, [.. answersByEpisode[e.EpisodeId].SelectMany(a => a)], [.. deferralsByEpisode[e.EpisodeId]]));
    }

    /// <summary>The current title of each questionnaire url (the latest version's), for showing; the url itself when unknown.</summary>
    public async Task<Dictionary<string, string>> TitlesAsync(IEnumerable<string> urls, CancellationToken cancellationToken = default)
    {
        var wanted = urls.Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        var found = await db.QuestionnaireDefinitions.AsNoTracking()
            .Where(d => wanted.Contains(d.Url))
            .Select(d => new { d.Url, d.Title, d.Status })
            .ToListAsync(cancellationToken);
        return wanted.ToDictionary(
            url => url,
            url => found.Where(f => f.Url == url).OrderBy(f => f.Status == QuestionnaireStatus.Active ? 0 : 1).Select(f => f.Title).FirstOrDefault() ?? url,
            StringComparer.Ordinal);
    }

    private static MeasureScheduleFacts Facts(EpisodeMeasureStart e, IReadOnlyList<MeasureAnswered> answered, IReadOnlyList<MeasureDeferred> deferred) =>
        new(e.Programme.Urls, e.Programme.ReviewWeeks, e.Programme.AskAtDischarge, e.Start, answered, deferred, e.PreparingDischarge);
}
