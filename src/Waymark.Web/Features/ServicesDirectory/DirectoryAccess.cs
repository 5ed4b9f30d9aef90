using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Directory;
using Waymark.Domain.Staff;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Infrastructure.Problems;

namespace Waymark.Web.Features.ServicesDirectory;

/// <summary>
/// The one rule for who may change which listings: service managers the whole directory, partner users their own
/// organisation's services, nobody else anything. A listing outside the caller's reach is "not found", never
/// "forbidden". Reading the directory is open to everyone the search page admits: it is public through ORUK anyway.
/// </summary>
public sealed class DirectoryAccess(AppDbContext db)
{
    public static bool MaintainsWholeDirectory(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(StaffRoles.Name(StaffRole.ServiceManager));
    }

    /// <summary>The organisation a partner user maintains listings for; null for managers (all) and anyone else.</summary>
    public static Guid? PartnerOrganisation(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return !MaintainsWholeDirectory(user) && user.IsInRole(StaffRoles.Name(StaffRole.Partner)) ? user.OrganisationIdOf() : null;
    }

    public static bool CanMaintain(ClaimsPrincipal user, Guid organisationId) =>
        MaintainsWholeDirectory(user) || (PartnerOrganisation(user) is { } own && own == organisationId);

    /// <summary>The services the caller may change (tracked, for use cases; add AsNoTracking to read).</summary>
    public IQueryable<Service> Maintainable(ClaimsPrincipal user)
    {
        if (MaintainsWholeDirectory(user))
        {
            return db.Services;
        }

        var own = PartnerOrganisation(user);
        return own is null ? db.Services.Where(s => false) : db.Services.Where(s => s.OrganisationId == own);
    }

    public async Task<Service> FindForMaintenanceAsync(ClaimsPrincipal user, Guid serviceId, CancellationToken cancellationToken = default) =>
        await Maintainable(user).SingleOrDefaultAsync(s => s.Id == serviceId, cancellationToken)
            ?? throw new NotFoundException("service", serviceId);
}
