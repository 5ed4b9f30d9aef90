using Microsoft.EntityFrameworkCore;
using Waymark.Data;

namespace Waymark.Web.Features.Teams;

public sealed record TeamSummary(Guid Id, string Name, Guid ProviderId, string ProviderName, bool IsActive, int PracticeCount, int MemberCount);

public sealed record TeamDetail(Guid Id, string Name, Guid ProviderId, string ProviderName, bool IsActive, IReadOnlyList<TeamPracticeView> Practices);

public sealed record TeamPracticeView(Guid Id, string Name, string? OdsCode);

public sealed class TeamQueries(AppDbContext db)
{
    public Task<List<TeamSummary>> ListAsync(Guid? providerId, bool includeInactive, CancellationToken cancellationToken = default) =>
        db.Teams.AsNoTracking()
            .Where(t => (includeInactive || t.IsActive) && (providerId == null || t.ProviderId == providerId))
            .Join(db.Organisations, t => t.ProviderId, o => o.Id, (t, o) => new { Team = t, Provider = o })
            .OrderBy(x => x.Provider.Name).ThenBy(x => x.Team.Name)
            .Select(x => new TeamSummary(
                x.Team.Id, x.Team.Name, x.Provider.Id, x.Provider.Name, x.Team.IsActive,
                x.Team.Practices.Count, db.Users.Count(u => u.TeamId == x.Team.Id && !u.IsDisabled)))
            .ToListAsync(cancellationToken);

    public async Task<TeamDetail?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var team = await db.Teams.AsNoTracking().Where(t => t.Id == id)
            .Join(db.Organisations, t => t.ProviderId, o => o.Id, (t, o) => new { t.Id, t.Name, t.ProviderId, ProviderName = o.Name, t.IsActive })
            .SingleOrDefaultAsync(cancellationToken);
        if (team is null)
        {
            return null;
        }

        var practices = await db.TeamPractices.AsNoTracking().Where(p => p.TeamId == id)
            .Join(db.Organisations, p => p.PracticeId, o => o.Id, (p, o) => o)
            .OrderBy(o => o.Name).Select(o => new TeamPracticeView(o.Id, o.Name, o.OdsCode)).ToListAsync(cancellationToken);
        return new TeamDetail(team.Id, team.Name, team.ProviderId, team.ProviderName, team.IsActive, practices);
    }
}
