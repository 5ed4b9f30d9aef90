using System.Security.Claims;
using Waymark.Domain.Staff;

namespace Waymark.Web.Pages.Shared;

/// <summary>
/// Each role's home page, in landing order: someone with several roles lands on the first that applies, and the
/// header shows a link for each.
/// </summary>
public static class Navigation
{
    public static IReadOnlyList<RoleHome> Homes { get; } =
    [
        new(StaffRole.SeniorLinkWorker, "/team", "Team"),
        new(StaffRole.LinkWorker, "/caseload", "My caseload"),
        new(StaffRole.ServiceManager, "/service", "Service"),
        new(StaffRole.Referrer, "/referrals", "Referrals"),
        new(StaffRole.Partner, "/partner", "Referrals received"),
        new(StaffRole.Commissioner, "/reports", "Reports"),
        new(StaffRole.Administrator, "/admin", "Administration"),
    ];

    public static IEnumerable<RoleHome> For(ClaimsPrincipal user)
    {
        var homes = Homes.Where(h => user.IsInRole(StaffRoles.Name(h.Role))).ToList();
        // A senior link worker also holds a caseload.
        if (user.IsInRole(StaffRoles.Name(StaffRole.SeniorLinkWorker)) && homes.All(h => h.Role != StaffRole.LinkWorker))
        {
            homes.Insert(1, Homes.Single(h => h.Role == StaffRole.LinkWorker));
        }

        // Case workers find any of their people's records from every page.
        if (homes.FirstOrDefault(h => h.Role is StaffRole.LinkWorker or StaffRole.ServiceManager) is { } caseWork)
        {
            homes.Add(new RoleHome(caseWork.Role, "/people", "People"));
        }

        // Case workers and partners search the directory (partners also keep their own listings there).
        if (homes.FirstOrDefault(h => h.Role is StaffRole.LinkWorker or StaffRole.ServiceManager or StaffRole.Partner) is { } directory)
        {
            homes.Add(new RoleHome(directory.Role, "/directory", "Directory"));
        }

        return homes;
    }

    public static string LandingPage(ClaimsPrincipal user) => For(user).FirstOrDefault()?.Path ?? "/account";
}

public sealed record RoleHome(StaffRole Role, string Path, string Title);
