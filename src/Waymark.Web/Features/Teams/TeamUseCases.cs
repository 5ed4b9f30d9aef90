using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Common;
using Waymark.Domain.Organisations;
using Waymark.Domain.Teams;
using Waymark.Web.Infrastructure.Problems;

namespace Waymark.Web.Features.Teams;

public sealed record TeamInput(string? Name, Guid? ProviderId, IReadOnlyCollection<Guid> PracticeIds);

/// <summary>Adds a team to a provider, covering the given practices.</summary>
public sealed class CreateTeam(AppDbContext db, TimeProvider clock)
{
    public async Task<Team> ExecuteAsync(TeamInput input, CancellationToken cancellationToken = default)
    {
        var providerId = input.ProviderId ?? throw new DomainException("Select the provider the team belongs to", nameof(input.ProviderId));
        var provider = await db.Organisations.FindAsync([providerId], cancellationToken)
            ?? throw new DomainException("Select a provider that exists", nameof(input.ProviderId));
        var team = Team.Create(input.Name, provider, clock.GetUtcNow());
        await TeamRules.EnsureUniqueNameAsync(db, team, cancellationToken);
        team.CoverPractices(await TeamRules.LoadPracticesAsync(db, input.PracticeIds, cancellationToken));
        db.Teams.Add(team);
        await db.SaveChangesAsync(cancellationToken);
        return team;
    }
}

/// <summary>Renames a team, changes the practices it covers, or (de)activates it.</summary>
public sealed class UpdateTeam(AppDbContext db)
{
    public async Task<Team> ExecuteAsync(Guid id, TeamInput input, bool isActive, CancellationToken cancellationToken = default)
    {
        var team = await db.Teams.Include(t => t.Practices).SingleOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw new NotFoundException("team", id);
        if (input.ProviderId is { } providerId && providerId != team.ProviderId)
        {
            throw new DomainException("A team cannot move to another provider; add a new team instead", nameof(input.ProviderId));
        }

        team.Rename(input.Name);
        await TeamRules.EnsureUniqueNameAsync(db, team, cancellationToken);
        team.CoverPractices(await TeamRules.LoadPracticesAsync(db, input.PracticeIds, cancellationToken));
        if (isActive)
        {
            team.Reactivate();
        }
        else
        {
            team.Deactivate();
        }

        await db.SaveChangesAsync(cancellationToken);
        return team;
    }
}

internal static class TeamRules
{
    public static async Task EnsureUniqueNameAsync(AppDbContext db, Team team, CancellationToken cancellationToken)
    {
        if (await db.Teams.AnyAsync(t => t.ProviderId == team.ProviderId && t.Name == team.Name && t.Id != team.Id, cancellationToken))
        {
            throw new DomainException($"This provider already has a team called {team.Name}", nameof(Team.Name));
        }
    }

    public static async Task<List<Organisation>> LoadPracticesAsync(AppDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var practices = await db.Organisations.Where(o => ids.Contains(o.Id)).ToListAsync(cancellationToken);
        return practices.Count == ids.Distinct().Count()
            ? practices
            : throw new DomainException("One or more of the practices selected does not exist", "PracticeIds");
    }
}
