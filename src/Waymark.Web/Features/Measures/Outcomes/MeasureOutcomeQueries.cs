using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Common;
using Waymark.Domain.Measures;
using Waymark.Domain.Staff;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Features.Measures.Reviews;

namespace Waymark.Web.Features.Measures.Outcomes;

/// <summary>Which people the outcome shares cover: a team and a programme (optional), and when their baseline was (UK dates, inclusive).</summary>
public sealed record OutcomeCriteria(Guid? TeamId = null, Guid? ProgrammeId = null, DateOnly? From = null, DateOnly? To = null);

/// <summary>
/// One measure's outcome between baseline and latest review: how many people improved, were unchanged or were worse
/// (by <see cref="MeasureChange.Of"/>), and how many have a baseline but no review yet. Every count is protected by
/// <see cref="SmallNumbers"/> (1 to 4 shown as "fewer than 5", the rest rounded to the nearest 5); the total is
/// protected from the true count, and the shares are worked out from the protected counts, so no share gives away a
/// suppressed count.
/// </summary>
public sealed record MeasureOutcome(
    string QuestionnaireUrl, string QuestionnaireTitle, string MeasureId, string MeasureName,
    ProtectedCount Improved, ProtectedCount Unchanged, ProtectedCount Worse, ProtectedCount Reviewed, ProtectedCount AwaitingReview)
{
    /// <summary>The share of reviewed people in one outcome, as a whole percentage; null when either count is suppressed or none were reviewed.</summary>
    public static int? Share(ProtectedCount part, ProtectedCount whole) =>
        part.Value is { } p && whole.Value is { } w && w > 0 ? (int)Math.Round(100m * p / w, MidpointRounding.AwayFromZero) : null;

    public int? ImprovedShare => Share(Improved, Reviewed);

    public int? UnchangedShare => Share(Unchanged, Reviewed);

    public int? WorseShare => Share(Worse, Reviewed);
}

/// <summary>The outcome report: the criteria as applied, the teams and programmes it may be filtered by, and one row per measure.</summary>
public sealed record OutcomeReport(OutcomeCriteria Criteria, IReadOnlyList<OutcomeTeam> Teams, IReadOnlyList<OutcomeProgramme> Programmes, IReadOnlyList<MeasureOutcome> Measures);

public sealed record OutcomeTeam(Guid Id, string Name);

public sealed record OutcomeProgramme(Guid Id, Guid TeamId, string Name);

/// <summary>
/// Team and service outcome shares (issue 5, "Seeing change" at team and service level). Scope: a senior link worker
/// sees their team, a service manager their provider's teams, a commissioner every team; a team or programme outside
/// the scope gives an empty report, never another team's figures. Only counts of people leave this class, never a
/// person and never a worker: there is no breakdown by worker.
/// <para>
/// For each episode (a person's time in a programme) and measure: the baseline is the first score recorded in the
/// episode and the latest review the last one, when it comes from a later response. The period filters on the
/// baseline's UK date. Scores are read from <c>db.MeasureScores</c> (one row per measure per response, written at
/// recording) for the scope's episodes; the change rule reads each measure as the questionnaire's current version
/// defines it (direction, meaningful change), with the service's scoring options.
/// </para>
/// </summary>
public sealed class MeasureOutcomeQueries(AppDbContext db, EpisodeAccess access, MeasureScheduleLoader loader, QuestionnaireCatalogue catalogue, ScoringOptions scoring)
{
    public async Task<OutcomeReport> ReportAsync(ClaimsPrincipal user, OutcomeCriteria criteria, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(criteria);
        var everyTeam = user.IsInRole(StaffRoles.Name(StaffRole.Commissioner));
        var visibleTeams = everyTeam ? db.Teams.Select(t => t.Id) : access.VisibleTeamIds(user);
        var teams = await db.Teams.AsNoTracking().Where(t => visibleTeams.Contains(t.Id)).OrderBy(t => t.Name)
            .Select(t => new OutcomeTeam(t.Id, t.Name)).ToListAsync(cancellationToken);
        var teamIds = teams.Select(t => t.Id).Where(id => criteria.TeamId is null || id == criteria.TeamId).ToList();
        var programmes = await db.Programmes.AsNoTracking().Where(p => teamIds.Contains(p.TeamId)).OrderBy(p => p.Name)
            .Select(p => new OutcomeProgramme(p.Id, p.TeamId, p.Name)).ToListAsync(cancellationToken);

        var episodes = db.Episodes.Where(e => teamIds.Contains(e.TeamId));
        if (criteria.ProgrammeId is { } programmeId)
        {
            episodes = episodes.Where(e => e.ProgrammeId == programmeId);
        }

        var scores = await (
            from s in db.MeasureScores.AsNoTracking()
            join e in episodes on s.EpisodeId equals e.Id
            select new { EpisodeId = e.Id, s.ResponseId, s.DefinitionUrl, s.MeasureId, s.MeasureName, s.Value, s.AnsweredAt })
            .ToListAsync(cancellationToken);

        var outcomes = new List<MeasureOutcome>();
        var urls = scores.Select(s => s.DefinitionUrl).Distinct(StringComparer.Ordinal).ToList();
        var names = await loader.TitlesAsync(urls, cancellationToken);
        foreach (var url in urls.OrderBy(u => names.GetValueOrDefault(u, u), StringComparer.OrdinalIgnoreCase))
        {
            var measures = (await catalogue.CurrentAsync(url, cancellationToken))?.Measures(scoring).ToList() ?? [];
            var ofUrl = scores.Where(s => s.DefinitionUrl == url).ToList();
            var measureIds = ofUrl.Select(s => s.MeasureId).Distinct(StringComparer.Ordinal)
                .OrderBy(id => measures.FindIndex(m => m.Id == id) is var i && i < 0 ? int.MaxValue : i).ThenBy(id => id, StringComparer.Ordinal);
            foreach (var measureId in measureIds)
            {
                var measure = measures.Find(m => m.Id == measureId);
                var counts = new Dictionary<ChangeOutcome, int>();
                var awaiting = 0;
                var name = ofUrl.Where(s => s.MeasureId == measureId).OrderByDescending(s => s.AnsweredAt).First().MeasureName;
                foreach (var episode in ofUrl.Where(s => s.MeasureId == measureId).GroupBy(s => s.EpisodeId))
                {
                    var ordered = episode.OrderBy(s => s.AnsweredAt).ThenBy(s => s.ResponseId).ToList();
                    var (baseline, latest) = (ordered[0], ordered[^1]);
                    var baselineDay = UkTime.Today(baseline.AnsweredAt);
                    if ((criteria.From is { } from && baselineDay < from) || (criteria.To is { } to && baselineDay > to))
                    {
                        continue;
                    }

                    if (latest.ResponseId == baseline.ResponseId || measure is null)
                    {
                        awaiting += measure is null ? 0 : 1;
                        continue;
                    }

                    var outcome = MeasureChange.Of(new MeasureScore(measure, baseline.Value, null, null), new MeasureScore(measure, latest.Value, null, null)).Outcome;
                    counts[outcome] = counts.GetValueOrDefault(outcome) + 1;
                }

                if (counts.Count == 0 && awaiting == 0)
                {
                    continue;
                }

                outcomes.Add(new MeasureOutcome(
                    url, names.GetValueOrDefault(url, url), measureId, measure?.Name ?? name,
                    SmallNumbers.Protect(counts.GetValueOrDefault(ChangeOutcome.Improved)),
                    SmallNumbers.Protect(counts.GetValueOrDefault(ChangeOutcome.Unchanged)),
                    SmallNumbers.Protect(counts.GetValueOrDefault(ChangeOutcome.Worse)),
                    SmallNumbers.Total(counts.Values),
                    SmallNumbers.Protect(awaiting)));
            }
        }

        return new OutcomeReport(criteria, teams, programmes, outcomes);
    }
}
