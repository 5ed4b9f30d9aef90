using Microsoft.Extensions.DependencyInjection;
using Waymark.Domain.Organisations;
using Waymark.Domain.Staff;
using Waymark.Web.Features.Organisations;
using Waymark.Web.Features.Teams;
using Waymark.Web.Features.Users;

namespace Waymark.Testing;

/// <summary>
/// A small believable service for tests, made through the app's own use cases: one provider with a team covering a
/// practice, a second practice not covered, a partner, a commissioner, and one user per role.
/// </summary>
public sealed record TestData(
    Guid ProviderId, Guid TeamId, Guid PracticeId, Guid OtherPracticeId, Guid PartnerId, Guid CommissionerId,
    IReadOnlyDictionary<StaffRole, TestUser> Users)
{
    public const string Password = "correct horse battery";

    public TestUser User(StaffRole role) => Users[role];

    public static async Task<TestData> SeedAsync(WaymarkAppFactory app) => await app.WithScopeAsync(async services =>
    {
        var organisations = services.GetRequiredService<CreateOrganisation>();
        var provider = await organisations.ExecuteAsync(new("Northfield Wellbeing Service", OrganisationKind.Provider, null));
        var practice = await organisations.ExecuteAsync(new("Riverside Medical Centre", OrganisationKind.GpPractice, "Y10001"));
        var other = await organisations.ExecuteAsync(new("Hilltop Surgery", OrganisationKind.GpPractice, "Y10002"));
        var partner = await organisations.ExecuteAsync(new("Age Well Northfield", OrganisationKind.Partner, null));
        var commissioner = await organisations.ExecuteAsync(new("Northfield ICB", OrganisationKind.Commissioner, null));
        var team = await services.GetRequiredService<CreateTeam>().ExecuteAsync(new("North team", provider.Id, [practice.Id]));

        var addUser = services.GetRequiredService<AddUser>();
        var users = new Dictionary<StaffRole, TestUser>();
        foreach (var role in StaffRoles.All)
        {
            var (organisationId, teamId) = role switch
            {
                StaffRole.LinkWorker or StaffRole.SeniorLinkWorker => (provider.Id, (Guid?)team.Id),
                StaffRole.ServiceManager or StaffRole.Administrator => (provider.Id, null),
                StaffRole.Referrer => (practice.Id, null),
                StaffRole.Partner => (partner.Id, null),
                _ => (commissioner.Id, null),
            };
            var email = $"{role.ToString().ToLowerInvariant()}@test.waymark.example";
            var added = await addUser.ExecuteAsync(new UserInput(email, $"Test {StaffRoles.DisplayName(role)}", organisationId, teamId, [role], Password: Password));
            users[role] = new TestUser(added.Id, email, Password, role);
        }

        return new TestData(provider.Id, team.Id, practice.Id, other.Id, partner.Id, commissioner.Id, users);
    });
}

public sealed record TestUser(Guid Id, string Email, string Password, StaffRole Role);
