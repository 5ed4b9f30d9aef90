using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Episodes;

namespace Waymark.Web.Features.Episodes;

/// <summary>Who and where: the line at the top of every page about one episode, and what its pages are built on.</summary>
public sealed record EpisodeHeader(
    Guid EpisodeId,
    Guid PersonId,
    string PersonName,
    string? NhsNumber,
    DateOnly DateOfBirth,
    EpisodeStatus Status,
    Guid TeamId,
    string TeamName,
    Guid? WorkerId,
    string? WorkerName,
    string? PreferredLanguage,
    bool NeedsInterpreter);

/// <summary>
/// Loads the header for an episode the caller may see (else "not found"), auditing the read against the person:
/// every page that shows part of an episode is a view of the person's record.
/// </summary>
public sealed class EpisodeHeaders(AppDbContext db, EpisodeAccess access)
{
    public async Task<EpisodeHeader> LoadAsync(ClaimsPrincipal user, Guid episodeId, CancellationToken cancellationToken = default)
    {
        var episode = await access.OpenForReadingAsync(user, episodeId, cancellationToken);
        var person = await db.People.AsNoTracking().Where(p => p.Id == episode.PersonId)
            .Select(p => new { p.GivenName, p.FamilyName, p.PreferredName, p.NhsNumber, p.DateOfBirth, p.CommunicationNeeds.PreferredLanguage, p.CommunicationNeeds.NeedsInterpreter })
            .SingleAsync(cancellationToken);
        var teamName = await db.Teams.Where(t => t.Id == episode.TeamId).Select(t => t.Name).SingleAsync(cancellationToken);
        var workerName = episode.WorkerId is { } workerId
            ? await db.Users.Where(u => u.Id == workerId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken)
            : null;
        var name = person.PreferredName is { } preferred ? $"{preferred} {person.FamilyName}" : $"{person.GivenName} {person.FamilyName}";
        return new EpisodeHeader(
            episode.Id, episode.PersonId, name, person.NhsNumber?.ToString(), person.DateOfBirth, episode.Status, episode.TeamId, teamName,
            episode.WorkerId, workerName, person.PreferredLanguage, person.NeedsInterpreter);
    }
}
