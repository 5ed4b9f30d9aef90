using Microsoft.Extensions.DependencyInjection;
using Waymark.Domain.Common;
using Waymark.Domain.Organisations;
using Waymark.Domain.Staff;
using Waymark.Web.Features.Organisations;
using Waymark.Web.Features.Teams;
using Waymark.Web.Features.Users;

namespace Waymark.Testing;

/// <summary>
/// More organisations, teams and users beyond <see cref="TestData"/>, made through the app's own use cases, so access
/// tests can put someone just outside each scope (another team, another provider, another partner).
/// </summary>
public static class TestOrganisations
{
    public static Task<Guid> AddOrganisationAsync(this WaymarkAppFactory app, string name, OrganisationKind kind, string? odsCode = null) =>
        app.WithScopeAsync(async services =>
            (await services.GetRequiredService<CreateOrganisation>().ExecuteAsync(new(name, kind, odsCode))).Id);

    public static Task<Guid> AddTeamAsync(this WaymarkAppFactory app, string name, Guid providerId, IReadOnlyList<Guid>? practiceIds = null) =>
        app.WithScopeAsync(async services =>
            (await services.GetRequiredService<CreateTeam>().ExecuteAsync(new(name, providerId, practiceIds ?? []))).Id);

    /// <summary>A user with one role and the test password; the name defaults to "Other {role}".</summary>
    public static Task<TestUser> AddUserAsync(
        this WaymarkAppFactory app, string email, Guid organisationId, Guid? teamId, StaffRole role,
        string? name = null, decimal? capacity = null, IReadOnlyList<string>? languages = null) =>
        app.WithScopeAsync(async services =>
        {
            var added = await services.GetRequiredService<AddUser>().ExecuteAsync(new UserInput(
                email, name ?? $"Other {StaffRoles.DisplayName(role)}", organisationId, teamId, [role], capacity, TestData.Password, languages));
            return new TestUser(added.Id, email, TestData.Password, role);
        });

    /// <summary>A valid NHS number, almost certainly not used before: 9 random digits and their check digit.</summary>
    public static string NewNhsNumber()
    {
        while (true)
        {
            var first = string.Concat(Enumerable.Range(0, 9).Select(_ => (char)('0' + Random.Shared.Next(10))));
            var check = NhsNumber.CheckValue(first);
            if (check < 10)
            {
                return first + (char)('0' + check);
            }
        }
    }
}
