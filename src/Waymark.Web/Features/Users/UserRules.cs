using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Data.Identity;
using Waymark.Domain.Common;
using Waymark.Domain.Organisations;
using Waymark.Domain.Staff;

namespace Waymark.Web.Features.Users;

/// <summary>Checks shared by adding and changing users: where they work must fit their roles.</summary>
internal static class UserRules
{
    public static async Task<Organisation> CheckPlacementAsync(AppDbContext db, UserInput input, CancellationToken cancellationToken)
    {
        var organisationId = input.OrganisationId ?? throw new DomainException("Select the organisation the person works for", "OrganisationId");
        var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken)
            ?? throw new DomainException("Select an organisation that exists", "OrganisationId");
        if (!organisation.IsActive)
        {
            throw new DomainException("The organisation is inactive; reactivate it first", "OrganisationId");
        }

        if (input.TeamId is { } teamId &&
            !await db.Teams.AnyAsync(t => t.Id == teamId && t.ProviderId == organisation.Id && t.IsActive, cancellationToken))
        {
            throw new DomainException("Select an active team that belongs to the person's organisation", "TeamId");
        }

        StaffRoles.EnsureValid(input.Roles, organisation.Kind, input.TeamId is not null);
        return organisation;
    }

    /// <summary>Waymark must always keep one administrator who can sign in.</summary>
    public static async Task EnsureAnotherActiveAdministratorAsync(UserManager<StaffUser> users, Guid leaving)
    {
        var admins = await users.GetUsersInRoleAsync(StaffRoles.Name(StaffRole.Administrator));
        if (!admins.Any(a => a.Id != leaving && !a.IsDisabled))
        {
            throw new DomainException("Waymark needs at least one active administrator; add another before removing this one");
        }
    }

    public static void ThrowIfFailed(IdentityResult result)
    {
        if (result.Succeeded)
        {
            return;
        }

        var error = result.Errors.First();
        var field = error.Code switch
        {
            _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => "Password",
            "DuplicateUserName" or "DuplicateEmail" or "InvalidEmail" or "InvalidUserName" => "Email",
            _ => null,
        };
        var message = error.Code switch
        {
            "DuplicateUserName" or "DuplicateEmail" => "A user with this email address already exists",
            "PasswordTooShort" => "Password must be 12 characters or more",
            "PasswordRequiresUniqueChars" => "Password must use at least 4 different characters",
            "InvalidEmail" or "InvalidUserName" => "Enter an email address in the correct format, like name@example.nhs.uk",
            _ => error.Description,
        };
        throw new DomainException(message, field);
    }
}
