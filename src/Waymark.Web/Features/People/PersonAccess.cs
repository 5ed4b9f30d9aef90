using System.Security.Claims;
using Waymark.Data;
using Waymark.Domain.People;
using Waymark.Web.Features.Episodes;

namespace Waymark.Web.Features.People;

/// <summary>
/// Whose records a member of staff may see: a person is visible when any of their episodes, of any status, is
/// visible under <see cref="EpisodeAccess"/> (their team's for link workers, their provider's for service managers).
/// </summary>
public sealed class PersonAccess(AppDbContext db, EpisodeAccess episodes)
{
    public IQueryable<Person> Visible(ClaimsPrincipal user)
    {
        var visible = episodes.Visible(user);
        return db.People.Where(p => visible.Any(e => e.PersonId == p.Id));
    }
}
