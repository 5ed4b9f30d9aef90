using Waymark.Domain.Common;
using Waymark.Domain.Organisations;

namespace Waymark.Domain.Staff;

/// <summary>
/// The rules that tie roles to organisations: access is scoped by where a person works, so a role only makes sense
/// in the right kind of organisation (a referrer belongs to a practice, a partner user to a partner organisation,
/// link workers to a team within a provider).
/// </summary>
public static class StaffRoles
{
    public static IReadOnlyList<StaffRole> All { get; } = Enum.GetValues<StaffRole>();

    /// <summary>The name used for the role in sign-in claims, the database and the CLI.</summary>
    public static string Name(StaffRole role) => role.ToString();

    public static string DisplayName(StaffRole role) => role switch
    {
        StaffRole.LinkWorker => "Link worker",
        StaffRole.SeniorLinkWorker => "Senior link worker",
        StaffRole.ServiceManager => "Service manager",
        StaffRole.Referrer => "Referrer",
        StaffRole.Partner => "Partner organisation",
        StaffRole.Commissioner => "Commissioner",
        StaffRole.Administrator => "Administrator",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    public static bool TryParse(string? value, out StaffRole role)
    {
        var compact = value?.Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        return Enum.TryParse(compact, ignoreCase: true, out role) && Enum.IsDefined(role);
    }

    /// <summary>The kind of organisation a role must belong to; null when any kind will do.</summary>
    public static OrganisationKind? RequiredOrganisationKind(StaffRole role) => role switch
    {
        StaffRole.LinkWorker or StaffRole.SeniorLinkWorker or StaffRole.ServiceManager => OrganisationKind.Provider,
        StaffRole.Referrer => OrganisationKind.GpPractice,
        StaffRole.Partner => OrganisationKind.Partner,
        StaffRole.Commissioner => OrganisationKind.Commissioner,
        StaffRole.Administrator => null,
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    public static bool NeedsTeam(StaffRole role) => role is StaffRole.LinkWorker or StaffRole.SeniorLinkWorker;

    /// <summary>
    /// Checks a set of roles against where the user works. Throws a <see cref="DomainException"/> naming the first
    /// rule broken.
    /// </summary>
    public static void EnsureValid(IReadOnlyCollection<StaffRole> roles, OrganisationKind organisationKind, bool hasTeam)
    {
        if (roles.Count == 0)
        {
            throw new DomainException("Select at least one role", "Roles");
        }

        foreach (var role in roles)
        {
            if (RequiredOrganisationKind(role) is { } required && required != organisationKind)
            {
                throw new DomainException(
                    $"{DisplayName(role)} must belong to a {KindName(required)}, not a {KindName(organisationKind)}", "Roles");
            }

            if (NeedsTeam(role) && !hasTeam)
            {
                throw new DomainException($"Select a team for a {DisplayName(role).ToLowerInvariant()}", "TeamId");
            }
        }
    }

    public static string KindName(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Provider => "provider organisation",
        OrganisationKind.GpPractice => "GP practice",
        OrganisationKind.Partner => "partner organisation",
        OrganisationKind.Commissioner => "commissioner",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
