using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Common;
using Waymark.Domain.Contacts;
using Waymark.Domain.Episodes;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Features.Discharge;

public sealed record DischargeInput(DischargeReason? Reason, string? Summary);

/// <summary>
/// Discharges an allocated or active episode with a reason and a summary for the referrer and GP. For lost contact
/// the episode's contacts and the programme's rule go to the domain, which refuses unless the rule is met. One save.
/// </summary>
public sealed class DischargeEpisode(AppDbContext db, EpisodeAccess access, TimeProvider clock)
{
    public async Task<DischargeView> ExecuteAsync(ClaimsPrincipal user, Guid episodeId, DischargeInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var episode = await access.FindForWorkAsync(user, episodeId, cancellationToken);
        var reason = input.Reason ?? throw new DomainException("Select the reason for discharge", "Reason");
        var evidence = reason == DischargeReason.LostContact ? await LostContactEvidenceOf(db, episode, cancellationToken) : null;
        var by = user.UserId() ?? throw new InvalidOperationException("Episodes are discharged by members of staff.");
        try
        {
            episode.Discharge(reason, input.Summary, by, clock.GetUtcNow(), evidence);
        }
        catch (DomainException error) when (error.Field is nameof(Episode.DischargeReason) or nameof(Episode.DischargeSummary))
        {
            // The request names its fields reason and summary, as the form does.
            throw new DomainException(error.Message, error.Field == nameof(Episode.DischargeSummary) ? "Summary" : "Reason");
        }

        await db.SaveChangesAsync(cancellationToken);
        return DischargeView.From(episode);
    }

    /// <summary>Every contact of the episode as the lost-contact rule sees it, with the programme's rule (or the default).</summary>
    public static async Task<LostContactEvidence> LostContactEvidenceOf(AppDbContext db, Episode episode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(episode);
        var contacts = await db.Contacts.AsNoTracking().Where(c => c.EpisodeId == episode.Id)
            .Select(c => new { c.At, c.Mode, c.Outcome }).ToListAsync(cancellationToken);
        var programme = episode.ProgrammeId is { } programmeId
            ? await db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == programmeId, cancellationToken)
            : null;
        return new LostContactEvidence(
            [.. contacts.Select(c => new ContactAttempt(c.At, c.Mode, c.Outcome == ContactOutcome.Reached))],
            programme?.LostContact ?? LostContactRule.Default);
    }
}
