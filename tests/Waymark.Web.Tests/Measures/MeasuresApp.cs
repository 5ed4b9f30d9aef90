using Waymark.Domain.Episodes;
using Waymark.Domain.Organisations;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.Measures;

/// <summary>
/// The seeded app plus, for access rules, a link worker in another team of the same provider and a service manager
/// of another provider. Tests make their own people with <see cref="TestCases.CaseAtAsync"/>.
/// </summary>
public class MeasuresApp : SeededAppFixture
{
    public TestUser OtherTeamWorker { get; private set; } = null!;

    public TestUser OtherProviderManager { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var otherTeam = await App.AddTeamAsync("South team", Data.ProviderId);
        OtherTeamWorker = await App.AddUserAsync("south.worker@test.waymark.example", Data.ProviderId, otherTeam, StaffRole.LinkWorker, "South Worker");
        var provider = await App.AddOrganisationAsync("Eastfield Community Links", OrganisationKind.Provider);
        OtherProviderManager = await App.AddUserAsync("east.manager@test.waymark.example", provider, null, StaffRole.ServiceManager, "East Manager");
    }

    /// <summary>A person active with the North team, held by the seeded link worker.</summary>
    public Task<TestCase> ActiveCaseAsync() =>
        App.CaseAtAsync(Data.TeamId, EpisodeStatus.Active, Data.User(StaffRole.LinkWorker).Id);
}
