using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Measures;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Features.Measures.Fhir;
using Waymark.Web.Infrastructure.Problems;

namespace Waymark.Web.Features.Measures;

/// <summary>One measure's score as recorded with a response.</summary>
public sealed record RecordedScoreView(string MeasureId, string Name, decimal Value, int? RawTotal, string? Band);

/// <summary>A response as lists show it: which questionnaire, how and when, who recorded it, and its scores.</summary>
public sealed record QuestionnaireResponseView(
    Guid Id, Guid DefinitionId, string Title, string Url, string Version, ResponseMode Mode, DateTimeOffset AnsweredAt,
    DateTimeOffset RecordedAt, Guid? RecordedById, string? RecordedByName, IReadOnlyList<RecordedScoreView> Scores);

/// <summary>
/// Reads the responses recorded in an episode, and one response as FHIR, within the caller's scope (an episode they
/// may not see is "not found"). Both are reads of the person's record, so both are audited.
/// </summary>
public sealed class QuestionnaireResponseQueries(AppDbContext db, EpisodeAccess access, QuestionnaireCatalogue catalogue)
{
    /// <summary>An episode's responses, newest answered first.</summary>
    public async Task<IReadOnlyList<QuestionnaireResponseView>> ForEpisodeAsync(ClaimsPrincipal user, Guid episodeId, CancellationToken cancellationToken = default)
    {
        var episode = await access.OpenForReadingAsync(user, episodeId, cancellationToken);
        var responses = await db.QuestionnaireResponses.AsNoTracking()
            .Where(r => r.EpisodeId == episode.Id)
            .Join(db.QuestionnaireDefinitions, r => r.DefinitionId, d => d.Id, (r, d) => new { Response = r, d.Title })
            .ToListAsync(cancellationToken);
        var ids = responses.Select(r => r.Response.Id).ToList();
        var scores = (await db.MeasureScores.AsNoTracking().Where(s => ids.Contains(s.ResponseId)).ToListAsync(cancellationToken))
            .ToLookup(s => s.ResponseId);
        var recorders = responses.Select(r => r.Response.RecordedBy).OfType<Guid>().Distinct().ToList();
        var names = await db.Users.Where(u => recorders.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return responses
            .OrderByDescending(r => r.Response.AnsweredAt).ThenByDescending(r => r.Response.RecordedAt)
            .Select(r => new QuestionnaireResponseView(
                r.Response.Id, r.Response.DefinitionId, r.Title, r.Response.DefinitionUrl, r.Response.DefinitionVersion, r.Response.Mode,
                r.Response.AnsweredAt, r.Response.RecordedAt, r.Response.RecordedBy,
                r.Response.RecordedBy is { } by ? names.GetValueOrDefault(by) : null,
                scores[r.Response.Id].OrderBy(s => s.Position).Select(s => new RecordedScoreView(s.MeasureId, s.MeasureName, s.Value, s.RawTotal, s.BandLabel)).ToList()))
            .ToList();
    }

    /// <summary>One response as a FHIR R4 QuestionnaireResponse.</summary>
    public async Task<JsonObject> FhirAsync(ClaimsPrincipal user, Guid responseId, CancellationToken cancellationToken = default)
    {
        var response = await db.QuestionnaireResponses.AsNoTracking().SingleOrDefaultAsync(r => r.Id == responseId, cancellationToken);
        var visible = response?.EpisodeId is { } episodeId && await access.Visible(user).AnyAsync(e => e.Id == episodeId, cancellationToken);
        if (!visible)
        {
            throw new NotFoundException("questionnaire response", responseId);
        }

        await access.OpenForReadingAsync(user, response!.EpisodeId!.Value, cancellationToken);
        var definition = await catalogue.GetAsync(response.DefinitionId, cancellationToken);
        return QuestionnaireResponseFhir.ToJson(response, definition);
    }
}
