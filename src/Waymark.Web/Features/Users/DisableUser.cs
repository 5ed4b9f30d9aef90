using Microsoft.AspNetCore.Identity;
using Waymark.Data.Identity;
using Waymark.Domain.Common;
using Waymark.Web.Infrastructure.Problems;

namespace Waymark.Web.Features.Users;

/// <summary>
/// Stops a user signing in (people leave; accounts are never deleted, so the audit trail still names them by id).
/// Their sessions end within a minute because the security stamp changes.
/// </summary>
public sealed class DisableUser(UserManager<StaffUser> users)
{
    public async Task ExecuteAsync(Guid id, Guid? actingUserId, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(id.ToString()) ?? throw new NotFoundException("user", id);
        if (user.Id == actingUserId)
        {
            throw new DomainException("You cannot disable your own account");
        }

        if (user.IsDisabled)
        {
            return;
        }

        if (await users.IsInRoleAsync(user, Domain.Staff.StaffRoles.Name(Domain.Staff.StaffRole.Administrator)))
        {
            await UserRules.EnsureAnotherActiveAdministratorAsync(users, user.Id);
        }

        user.IsDisabled = true;
        UserRules.ThrowIfFailed(await users.UpdateAsync(user));
        UserRules.ThrowIfFailed(await users.UpdateSecurityStampAsync(user));
    }
}

/// <summary>Lets a disabled or locked-out user sign in again.</summary>
public sealed class EnableUser(UserManager<StaffUser> users)
{
    public async Task ExecuteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(id.ToString()) ?? throw new NotFoundException("user", id);
        user.IsDisabled = false;
        UserRules.ThrowIfFailed(await users.UpdateAsync(user));
        UserRules.ThrowIfFailed(await users.SetLockoutEndDateAsync(user, null));
        UserRules.ThrowIfFailed(await users.ResetAccessFailedCountAsync(user));
    }
}
