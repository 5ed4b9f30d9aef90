using Waymark.Domain.Staff;

namespace Waymark.Web.Features.Users;

/// <summary>
/// What an administrator says about a user. The password is optional: when it is missing one is generated.
/// Languages are those the person speaks with people (allocation suggests them); null leaves them as they are.
/// </summary>
public sealed record UserInput(
    string? Email,
    string? DisplayName,
    Guid? OrganisationId,
    Guid? TeamId,
    IReadOnlyCollection<StaffRole> Roles,
    decimal? CaseloadCapacity = null,
    string? Password = null,
    IReadOnlyList<string>? Languages = null);

/// <summary>A new user, and the password to hand them when Waymark generated it (shown once, never stored).</summary>
public sealed record AddedUser(Guid Id, string Email, string? GeneratedPassword);
