using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Web.Features.Episodes;

namespace Waymark.Web.Features.Plans;

/// <summary>An episode's plan and goals.</summary>
public sealed class PlanQueries(AppDbContext db, EpisodeAccess access)
{
    /// <summary>For a caller who may see the episode (else "not found"); the read is audited against the person.</summary>
    public async Task<PlanView> GetAsync(ClaimsPrincipal user, Guid episodeId, CancellationToken cancellationToken = default)
    {
        var episode = await access.OpenForReadingAsync(user, episodeId, cancellationToken);
        return await ForEpisodeAsync(episode.Id, cancellationToken);
    }

    /// <summary>Only once the caller's access has been checked and audited (a page that loaded the episode header).</summary>
    public async Task<PlanView> ForEpisodeAsync(Guid episodeId, CancellationToken cancellationToken = default)
    {
        var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.EpisodeId == episodeId, cancellationToken);
        return PlanView.From(episodeId, plan);
    }
}
