using System.Security.Claims;
using Waymark.Data;
using Waymark.Domain.People;
using Waymark.Domain.Staff;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Features.People;

/// <summary>
/// The one place that decides whose records a member of staff may see (issue 3): link workers and senior link
/// workers see people referred to their team; service managers see people referred to any of their provider's teams.
/// Everyone else sees no person records here. "Referred to" means the person has an episode, of any status, there.
/// </summary>
public sealed class PersonAccess(AppDbContext db)
{
    public IQueryable<Person> Visible(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var teamId = user.IsInRole(StaffRoles.Name(StaffRole.LinkWorker)) || user.IsInRole(StaffRoles.Name(StaffRole.SeniorLinkWorker))
            ? user.TeamIdOf()
            : null;
        var providerId = user.IsInRole(StaffRoles.Name(StaffRole.ServiceManager)) ? user.OrganisationIdOf() : null;
        if (teamId is null && providerId is null)
        {
            return db.People.Where(p => false);
        }

        return db.People.Where(p => db.Episodes.Any(e => e.PersonId == p.Id
            && (e.TeamId == teamId || db.Teams.Any(t => t.Id == e.TeamId && t.ProviderId == providerId))));
    }
}
