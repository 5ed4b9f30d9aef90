using Waymark.Domain.Organisations;
using Waymark.Domain.Staff;
using Waymark.Domain.Teams;

namespace Waymark.Data.Seeding;

/// <summary>What <see cref="DemoDataSeeder"/> created, in the order it created it. Later areas add lists here.</summary>
public sealed record DemoData(
    Organisation Provider,
    IReadOnlyList<Team> Teams,
    IReadOnlyList<Organisation> Practices,
    IReadOnlyList<Organisation> Partners,
    Organisation Commissioner,
    IReadOnlyList<DemoUser> Users,
    DemoCases Cases)
{
    public IEnumerable<Organisation> Organisations => [Provider, .. Practices, .. Partners, Commissioner];

    /// <summary>Link workers and senior link workers: the people who hold caseloads.</summary>
    public IEnumerable<DemoUser> LinkWorkers => Users.Where(u => StaffRoles.NeedsTeam(u.Role));
}

/// <summary>A seeded member of staff. Demo accounts (<see cref="IsDemoAccount"/>) can sign in with the demo password.</summary>
public sealed record DemoUser(
    Guid Id, string Email, string DisplayName, StaffRole Role, Guid OrganisationId, Guid? TeamId, bool IsDemoAccount, decimal? Capacity = null);
