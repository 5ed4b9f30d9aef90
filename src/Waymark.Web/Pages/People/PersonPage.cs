using System.Security.Claims;
using Waymark.Domain.Staff;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Pages.People;

/// <summary>Small rules the record pages share.</summary>
public static class PersonPage
{
    /// <summary>Link workers and senior link workers keep records up to date; service managers only look.</summary>
    public static bool CanEdit(ClaimsPrincipal user) =>
        Policies.RolePolicies[Policies.LinkWorker].Any(role => user.IsInRole(StaffRoles.Name(role)));

    /// <summary>Age in whole years on <paramref name="today"/>.</summary>
    public static int Age(DateOnly dateOfBirth, DateOnly today)
    {
        var age = today.Year - dateOfBirth.Year;
        return dateOfBirth.AddYears(age) > today ? age - 1 : age;
    }
}
