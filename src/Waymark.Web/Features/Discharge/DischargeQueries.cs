using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Infrastructure.Problems;

namespace Waymark.Web.Features.Discharge;

/// <summary>
/// An episode's discharge and its lost-contact evidence, for those who may see the episode. With <c>audit</c> the
/// read is recorded against the person; pages pass false because their episode header has recorded it already.
/// </summary>
public sealed class DischargeQueries(AppDbContext db, EpisodeAccess access)
{
    public async Task<DischargeStatus> StatusAsync(ClaimsPrincipal user, Guid episodeId, bool audit, CancellationToken cancellationToken = default)
    {
        var episode = audit
            ? await access.OpenForReadingAsync(user, episodeId, cancellationToken)
            : await access.Visible(user).AsNoTracking().SingleOrDefaultAsync(e => e.Id == episodeId, cancellationToken)
                ?? throw new NotFoundException("episode", episodeId);
        var evidence = await DischargeEpisode.LostContactEvidenceOf(db, episode, cancellationToken);
        return new DischargeStatus(DischargeView.From(episode), LostContactView.From(evidence.Rule.Assess(evidence.Contacts)));
    }
}
