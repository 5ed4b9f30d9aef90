using Waymark.Domain.Episodes;
using Waymark.Domain.Staff;
using Waymark.Web.Tests.Admin;

namespace Waymark.Web.Tests.People;

/// <summary>
/// A service manager's home counts where each of their provider's teams stands, and no other provider's. (Who may
/// open it at all is checked with every home page in PageAuthorization.)
/// </summary>
public sealed class ServiceOverview(PeopleApp fixture) : IClassFixture<PeopleApp>
{
    [Fact]
    public async Task A_service_manager_sees_each_of_their_teams_by_stage_and_no_other_providers_team()
    {
        await fixture.CaseAsync(fixture.OtherTeamId, EpisodeStatus.Referred);
        await fixture.CaseAsync(fixture.OtherTeamId, EpisodeStatus.Waiting);
        await fixture.CaseAsync(fixture.OtherTeamId, EpisodeStatus.Waiting);
        await fixture.CaseAsync(fixture.OtherProviderTeamId, EpisodeStatus.Waiting);
        var manager = await fixture.SignedInAsync(StaffRole.ServiceManager);

        var page = await manager.GetPageAsync("/service");

        var rows = page.QuerySelectorAll("tbody tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList());
        Assert.Contains("North team", rows.Keys);
        Assert.DoesNotContain("East team", rows.Keys);
        var south = rows["South team"];
        Assert.Equal(["1", "2", "0 days", "0", "0", "Waiting list for South team"], south);
    }
}
