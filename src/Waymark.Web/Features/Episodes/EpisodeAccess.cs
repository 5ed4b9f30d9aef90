using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Episodes;
using Waymark.Domain.Staff;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Infrastructure.Problems;

namespace Waymark.Web.Features.Episodes;

/// <summary>
/// The one place that decides whose case work a member of staff may see (issue 3): link workers and senior link
/// workers the episodes of their own team; service managers those of any of their provider's teams. Referrers,
/// partners, commissioners, administrators and API clients see no episodes here (referrers get outcome summaries
/// through their own query). People are visible when one of their episodes is (<see cref="People.PersonAccess"/>).
/// </summary>
public sealed class EpisodeAccess(AppDbContext db, AuditTrail audit)
{
    public IQueryable<Episode> Visible(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var teamId = user.IsInRole(StaffRoles.Name(StaffRole.LinkWorker)) || user.IsInRole(StaffRoles.Name(StaffRole.SeniorLinkWorker))
            ? user.TeamIdOf()
            : null;
        var providerId = user.IsInRole(StaffRoles.Name(StaffRole.ServiceManager)) ? user.OrganisationIdOf() : null;
        if (teamId is null && providerId is null)
        {
            return db.Episodes.Where(e => false);
        }

        return db.Episodes.Where(e => e.TeamId == teamId || db.Teams.Any(t => t.Id == e.TeamId && t.ProviderId == providerId));
    }

    /// <summary>
    /// The teams whose episodes the caller may see, by the same rule as <see cref="Visible"/>: their own team for
    /// link workers, their provider's teams for service managers, none for anyone else.
    /// </summary>
    public IQueryable<Guid> VisibleTeamIds(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var teamId = user.IsInRole(StaffRoles.Name(StaffRole.LinkWorker)) || user.IsInRole(StaffRoles.Name(StaffRole.SeniorLinkWorker))
            ? user.TeamIdOf()
            : null;
        var providerId = user.IsInRole(StaffRoles.Name(StaffRole.ServiceManager)) ? user.OrganisationIdOf() : null;
        return teamId is null && providerId is null
            ? db.Teams.Where(t => false).Select(t => t.Id)
            : db.Teams.Where(t => t.Id == teamId || t.ProviderId == providerId).Select(t => t.Id);
    }

    /// <summary>
    /// An episode to change, tracked, if the caller may see it; otherwise "not found", never "forbidden", so its
    /// existence is not given away.
    /// </summary>
    public async Task<Episode> FindForWorkAsync(ClaimsPrincipal user, Guid episodeId, CancellationToken cancellationToken = default) =>
        await Visible(user).SingleOrDefaultAsync(e => e.Id == episodeId, cancellationToken)
            ?? throw new NotFoundException("episode", episodeId);

    /// <summary>
    /// An episode to look at, untracked, if the caller may see it. Looking at any part of an episode is looking at
    /// the person's record, so the read is audited against the person.
    /// </summary>
    public async Task<Episode> OpenForReadingAsync(ClaimsPrincipal user, Guid episodeId, CancellationToken cancellationToken = default)
    {
        var episode = await Visible(user).AsNoTracking().SingleOrDefaultAsync(e => e.Id == episodeId, cancellationToken)
            ?? throw new NotFoundException("episode", episodeId);
        await audit.RecordReadAsync<Domain.People.Person>(episode.PersonId, cancellationToken);
        return episode;
    }
}
