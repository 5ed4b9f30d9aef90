using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Common;
using Waymark.Domain.Measures;
using Waymark.Domain.People;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Features.Measures.Charts;
using Waymark.Web.Infrastructure.Problems;

namespace Waymark.Web.Features.Measures.Progress;

/// <summary>
/// Change over time for one episode or one person: the scores stored with each response (<c>db.MeasureScores</c>,
/// never re-scored), each plan goal's scores and HbA1c results. Scoped by <see cref="EpisodeAccess"/>; reads are audited
/// against the person (the pages through the episode header or person record, the API here).
/// </summary>
public sealed class MeasureProgressQueries(
    AppDbContext db, EpisodeAccess access, QuestionnaireCatalogue catalogue, ScoringOptions scoring)
{
    /// <summary>For a caller who may see the episode (else "not found"); the read is audited against the person.</summary>
    public async Task<EpisodeMeasures> GetAsync(ClaimsPrincipal user, Guid episodeId, CancellationToken cancellationToken = default)
    {
        var episode = await access.OpenForReadingAsync(user, episodeId, cancellationToken);
        return await ForEpisodeAsync(user, episode.Id, cancellationToken);
    }

    /// <summary>
    /// Only once the caller's access has been checked and audited (a page that loaded the episode header). HbA1c is the
    /// person's, so it lists their results from every episode the caller may see.
    /// </summary>
    public async Task<EpisodeMeasures> ForEpisodeAsync(ClaimsPrincipal user, Guid episodeId, CancellationToken cancellationToken = default)
    {
        var episode = await access.Visible(user).AsNoTracking().Where(e => e.Id == episodeId)
            .Select(e => new { e.Id, e.PersonId })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("episode", episodeId);
        var scores = await db.MeasureScores.AsNoTracking().Where(s => s.EpisodeId == episodeId).ToListAsync(cancellationToken);
        var questionnaires = await QuestionnairesAsync(scores, cancellationToken);
        var goals = await GoalsAsync(episodeId, cancellationToken);
        var offers = await OffersHbA1cAsync(episode.PersonId, cancellationToken);
        var hba1c = await HbA1cAsync(user, episode.PersonId, cancellationToken);
        return new EpisodeMeasures(episode.Id, episode.PersonId, questionnaires, goals, offers, hba1c);
    }

    /// <summary>
    /// The person's measures for their record page, one block per episode the caller may see that has any scores
    /// (newest episode first), so change is read from each episode's own baseline. The record page audits the read.
    /// </summary>
    public async Task<IReadOnlyList<EpisodeMeasures>> ForPersonAsync(ClaimsPrincipal user, Guid personId, CancellationToken cancellationToken = default)
    {
        var episodeIds = await access.Visible(user).Where(e => e.PersonId == personId)
            .OrderByDescending(e => e.CreatedAt).Select(e => e.Id).ToListAsync(cancellationToken);
        var scores = await db.MeasureScores.AsNoTracking()
            .Where(s => s.PersonId == personId && s.EpisodeId != null && episodeIds.Contains(s.EpisodeId.Value))
            .ToListAsync(cancellationToken);
        var result = new List<EpisodeMeasures>();
        foreach (var episodeId in episodeIds.Where(id => scores.Any(s => s.EpisodeId == id)))
        {
            var questionnaires = await QuestionnairesAsync([.. scores.Where(s => s.EpisodeId == episodeId)], cancellationToken);
            result.Add(new EpisodeMeasures(episodeId, personId, questionnaires, [], false, []));
        }

        return result;
    }

    /// <summary>The person's HbA1c results from the episodes the caller may see, as a series (null when there are none and it is not offered).</summary>
    public async Task<(bool Offered, IReadOnlyList<HbA1cView> Results)> HbA1cForPersonAsync(
        ClaimsPrincipal user, Guid personId, CancellationToken cancellationToken = default) =>
        (await OffersHbA1cAsync(personId, cancellationToken), await HbA1cAsync(user, personId, cancellationToken));

    private async Task<List<QuestionnaireProgress>> QuestionnairesAsync(List<RecordedScore> scores, CancellationToken cancellationToken)
    {
        var result = new List<QuestionnaireProgress>();
        foreach (var byUrl in scores.GroupBy(s => s.DefinitionUrl).OrderBy(g => g.Min(s => s.AnsweredAt)))
        {
            // The current version reads every older one (measures match by id); a retired questionnaire, its last version.
            var definition = await catalogue.CurrentAsync(byUrl.Key, cancellationToken)
                ?? (await catalogue.AllAsync(cancellationToken)).LastOrDefault(d => d.Url == byUrl.Key);
            var measures = definition is null ? [] : MeasuresOf(definition);
            var series = byUrl.GroupBy(s => s.MeasureId)
                .OrderBy(g => IndexOf(measures, g.Key))
                .Select(g => SeriesOf(g.OrderBy(s => s.AnsweredAt).ToList(), measures.FirstOrDefault(m => m.Id == g.Key)))
                .ToList();
            result.Add(new QuestionnaireProgress(byUrl.Key, definition?.Title ?? byUrl.Key, series));
        }

        return result;
    }

    /// <summary>The service's threshold where it fits the questionnaire; a questionnaire it cannot apply to keeps its own.</summary>
    private IReadOnlyList<Measure> MeasuresOf(QuestionnaireDefinition definition)
    {
        try
        {
            return definition.Measures(scoring);
        }
        catch (DomainException)
        {
            return definition.Measures();
        }
    }

    private static int IndexOf(IReadOnlyList<Measure> measures, string id)
    {
        var index = measures.ToList().FindIndex(m => m.Id == id);
        return index < 0 ? int.MaxValue : index;
    }

    /// <summary>
    /// A measure's scores as a series. A measure the current definition no longer has is still charted, on the range
    /// of its own scores, read as higher-is-better with no bands (its recorded band labels still show in the table).
    /// </summary>
    private static ChartSeries SeriesOf(List<RecordedScore> rows, Measure? measure)
    {
        measure ??= new Measure(rows[0].MeasureId, rows[0].MeasureName, ScoreDirection.HigherIsBetter,
            rows.Min(r => r.Value), Math.Max(rows.Max(r => r.Value), rows.Min(r => r.Value) + 1), [], MeaningfulChange: decimal.MaxValue);
        return new ChartSeries(measure.Name, measure, [.. rows.Select(r => new ChartPoint(UkTime.Today(r.AnsweredAt), r.Value, r.BandLabel))])
        {
            FirstIsBaseline = true,
        };
    }

    private async Task<List<GoalProgress>> GoalsAsync(Guid episodeId, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.EpisodeId == episodeId, cancellationToken);
        if (plan is null)
        {
            return [];
        }

        var goalIds = plan.Goals.Select(g => g.Id).ToList();
        var scores = (await db.GoalScores.AsNoTracking().Where(s => goalIds.Contains(s.GoalId)).ToListAsync(cancellationToken))
            .ToLookup(s => s.GoalId);
        return [.. plan.Goals.OrderBy(g => g.CreatedAt).ThenBy(g => g.Id).Select(g => new GoalProgress(g.Id, g.InTheirWords, g.Status,
            new ChartSeries(g.InTheirWords, GoalScore.Measure,
                [.. scores[g.Id].OrderBy(s => s.At).ThenBy(s => s.RecordedAt).Select(s => new ChartPoint(UkTime.Today(s.At), s.Score, null))])))];
    }

    /// <summary>HbA1c is offered for people with type 2 diabetes; others see nothing about it.</summary>
    private async Task<bool> OffersHbA1cAsync(Guid personId, CancellationToken cancellationToken)
    {
        var conditions = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => p.LongTermConditions)
            .SingleOrDefaultAsync(cancellationToken);
        return conditions?.Contains(LongTermCondition.Type2Diabetes) == true;
    }

    private async Task<List<HbA1cView>> HbA1cAsync(ClaimsPrincipal user, Guid personId, CancellationToken cancellationToken)
    {
        var visible = access.Visible(user).Where(e => e.PersonId == personId).Select(e => e.Id);
        var results = await db.HbA1cResults.AsNoTracking()
            .Where(r => r.PersonId == personId && r.EpisodeId != null && visible.Contains(r.EpisodeId.Value))
            .ToListAsync(cancellationToken);
        var ids = results.Select(r => r.RecordedBy).Distinct().ToList();
        var names = ids.Count == 0 ? [] : await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return [.. results.OrderBy(r => r.TakenOn).ThenBy(r => r.RecordedAt)
            .Select(r => new HbA1cView(r.Id, r.Value, r.TakenOn, r.Source, r.SourceDetail, r.RecordedBy, r.RecordedAt, names.GetValueOrDefault(r.RecordedBy)))];
    }
}
