using Microsoft.AspNetCore.Identity;
using Waymark.Data;
using Waymark.Data.Identity;
using Waymark.Domain.Common;
using Waymark.Domain.Staff;
using Waymark.Web.Infrastructure.Problems;

namespace Waymark.Web.Features.Users;

/// <summary>Changes a user's name, team, roles and capacity. Email and organisation stay: they identify the account.</summary>
public sealed class ChangeUser(AppDbContext db, UserManager<StaffUser> users)
{
    public async Task ExecuteAsync(Guid id, UserInput input, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(id.ToString()) ?? throw new NotFoundException("user", id);
        await UserRules.CheckPlacementAsync(db, input with { OrganisationId = user.OrganisationId }, cancellationToken);

        var current = (await users.GetRolesAsync(user)).ToHashSet();
        var wanted = input.Roles.Select(StaffRoles.Name).ToHashSet();
        if (current.Contains(StaffRoles.Name(StaffRole.Administrator)) && !wanted.Contains(StaffRoles.Name(StaffRole.Administrator)))
        {
            await UserRules.EnsureAnotherActiveAdministratorAsync(users, user.Id);
        }

        user.DisplayName = Text.Required(input.DisplayName, "DisplayName", "the person's name", StaffUser.DisplayNameMaxLength);
        user.TeamId = input.TeamId;
        user.SetCaseloadCapacity(input.Roles, input.CaseloadCapacity);
        if (input.Languages is not null)
        {
            user.Languages = StaffLanguages.Clean(input.Languages);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        UserRules.ThrowIfFailed(await users.UpdateAsync(user));
        UserRules.ThrowIfFailed(await users.RemoveFromRolesAsync(user, current.Except(wanted)));
        UserRules.ThrowIfFailed(await users.AddToRolesAsync(user, wanted.Except(current)));
        // Roles and team are in the sign-in cookie: a new stamp makes the user's session pick them up.
        UserRules.ThrowIfFailed(await users.UpdateSecurityStampAsync(user));
        await transaction.CommitAsync(cancellationToken);
    }
}
