using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Waymark.Data;
using Waymark.Data.Identity;
using Waymark.Domain.Staff;

namespace Waymark.Web.Features.Users;

/// <summary>Adds a user with their roles in one transaction. Used by the admin pages, the API and `waymark users add`.</summary>
public sealed class AddUser(AppDbContext db, UserManager<StaffUser> users, TimeProvider clock)
{
    public async Task<AddedUser> ExecuteAsync(UserInput input, CancellationToken cancellationToken = default)
    {
        await UserRules.CheckPlacementAsync(db, input, cancellationToken);
        var user = StaffUser.Create(input.Email, input.DisplayName, input.OrganisationId!.Value, input.TeamId, clock.GetUtcNow());
        user.SetCaseloadCapacity(input.Roles, input.CaseloadCapacity);
        user.Languages = StaffLanguages.Clean(input.Languages);
        var generated = string.IsNullOrEmpty(input.Password) ? GeneratePassword() : null;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        UserRules.ThrowIfFailed(await users.CreateAsync(user, input.Password is { Length: > 0 } given ? given : generated!));
        UserRules.ThrowIfFailed(await users.AddToRolesAsync(user, input.Roles.Distinct().Select(StaffRoles.Name)));
        await transaction.CommitAsync(cancellationToken);
        return new AddedUser(user.Id, user.Email!, generated);
    }

    /// <summary>Four groups of four characters from an alphabet without look-alikes: easy to read out, 80 bits.</summary>
    public static string GeneratePassword()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
        var groups = Enumerable.Range(0, 4).Select(_ => RandomNumberGenerator.GetString(alphabet, 4));
        return string.Join('-', groups);
    }
}
