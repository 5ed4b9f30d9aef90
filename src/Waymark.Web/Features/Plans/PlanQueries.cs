using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Plans;
using Waymark.Web.Features.Episodes;

namespace Waymark.Web.Features.Plans;

/// <summary>An episode's plan and goals, with the names of the staff who made each change of a goal's status.</summary>
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
        var names = await NamesAsync(plan?.Goals ?? [], cancellationToken);
        return PlanView.From(episodeId, plan, names);
    }

    /// <summary>A goal just changed by a use case, as the API answers it.</summary>
    public async Task<GoalView> DescribeAsync(Goal goal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(goal);
        return GoalView.From(goal, await NamesAsync([goal], cancellationToken));
    }

    private async Task<Dictionary<Guid, string>> NamesAsync(IEnumerable<Goal> goals, CancellationToken cancellationToken)
    {
        var ids = goals.SelectMany(g => g.History).Select(h => h.By).OfType<Guid>().Distinct().ToList();
        return ids.Count == 0
            ? []
            : await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }
}
