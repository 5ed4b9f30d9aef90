using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Episodes;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Infrastructure.Problems;

namespace Waymark.Web.Features.Allocation;

/// <summary>The numbers on a senior link worker's home page: what is waiting for them and for the team.</summary>
public sealed record TeamOverview(
    Guid TeamId, string TeamName, int ToTriage, int Waiting, int? LongestWaitDays, int Allocated, int Active);

/// <summary>
/// Counts a team's episodes by stage in one grouped query: the caller's own team (a senior link worker's home), or
/// every team the caller may see (a service manager's provider).
/// </summary>
public sealed class TeamOverviews(AppDbContext db, EpisodeAccess access, TimeProvider clock)
{
    public async Task<TeamOverview> ForMyTeamAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var teamId = user.TeamIdOf() ?? throw new NotFoundException("team", Guid.Empty);
        if (!await access.VisibleTeamIds(user).AnyAsync(id => id == teamId, cancellationToken))
        {
            throw new NotFoundException("team", teamId);
        }

        return await ForTeamAsync(user, teamId, cancellationToken);
    }

    /// <summary>One team the caller may see (a service manager: any of their provider's teams); any other is "not found".</summary>
    public async Task<TeamOverview> ForVisibleTeamAsync(ClaimsPrincipal user, Guid teamId, CancellationToken cancellationToken = default)
    {
        if (!await access.VisibleTeamIds(user).AnyAsync(id => id == teamId, cancellationToken))
        {
            throw new NotFoundException("team", teamId);
        }

        return await ForTeamAsync(user, teamId, cancellationToken);
    }

    /// <summary>Every team the caller may see, by name. A provider has a handful of teams, so one count each is fine.</summary>
    public async Task<IReadOnlyList<TeamOverview>> ForVisibleTeamsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var teamIds = await access.VisibleTeamIds(user).ToListAsync(cancellationToken);
        var overviews = new List<TeamOverview>();
        foreach (var teamId in teamIds)
        {
            overviews.Add(await ForTeamAsync(user, teamId, cancellationToken));
        }

        return [.. overviews.OrderBy(o => o.TeamName, StringComparer.OrdinalIgnoreCase)];
    }

    private async Task<TeamOverview> ForTeamAsync(ClaimsPrincipal user, Guid teamId, CancellationToken cancellationToken)
    {
        var teamName = await db.Teams.Where(t => t.Id == teamId).Select(t => t.Name).SingleAsync(cancellationToken);
        var open = new[] { EpisodeStatus.Referred, EpisodeStatus.Waiting, EpisodeStatus.Allocated, EpisodeStatus.Active };
        var counts = await access.Visible(user)
            .Where(e => e.TeamId == teamId && open.Contains(e.Status))
            .GroupBy(e => e.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Count(EpisodeStatus status) => counts.SingleOrDefault(c => c.Status == status)?.Count ?? 0;

        var oldestWaiting = await (
                from e in access.Visible(user).Where(e => e.TeamId == teamId && e.Status == EpisodeStatus.Waiting)
                join r in db.Referrals on e.ReferralId equals r.Id
                orderby r.ReceivedAt
                select (DateTimeOffset?)r.ReceivedAt)
            .FirstOrDefaultAsync(cancellationToken);
        var longest = oldestWaiting is { } received ? WaitingListQuery.DaysBetween(received, clock.GetUtcNow()) : (int?)null;

        return new TeamOverview(teamId, teamName, Count(EpisodeStatus.Referred), Count(EpisodeStatus.Waiting), longest,
            Count(EpisodeStatus.Allocated), Count(EpisodeStatus.Active));
    }
}
