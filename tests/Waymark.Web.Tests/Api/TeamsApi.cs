using System.Net;
using System.Net.Http.Json;
using Waymark.Domain.Staff;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.Api;

/// <summary>/api/teams: an administrator creates a team covering practices; staff and API clients read it.</summary>
public sealed class TeamsApi(SeededApp fixture) : IClassFixture<SeededApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_administrator_creates_a_team_and_anyone_reads_it_with_its_practices()
    {
        var admin = await fixture.SignedInAsync(StaffRole.Administrator);
        var data = fixture.Data;

        var created = await admin.PostAsJsonAsync("/api/teams",
            new { name = "South team", providerId = data.ProviderId, practiceIds = new[] { data.PracticeId, data.OtherPracticeId } }, Cancel);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();
        Assert.Equal($"/api/teams/{id}", created.RedirectTarget().AbsolutePath);

        var (_, key) = await fixture.IssueApiKeyAsync("Team reader");
        foreach (var reader in new[] { await fixture.SignedInAsync(StaffRole.LinkWorker), fixture.WithApiKey(key) })
        {
            var response = await reader.GetAsync($"/api/teams/{id}", Cancel);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var team = await response.JsonAsync();
            Assert.Equal("South team", team.GetProperty("name").GetString());
            Assert.Equal(data.ProviderId, team.GetProperty("providerId").GetGuid());
            Assert.Equal("Northfield Wellbeing Service", team.GetProperty("providerName").GetString());
            var practices = team.GetProperty("practices").EnumerateArray().ToList();
            Assert.Equal(
                new[] { ("Hilltop Surgery", "Y10002", data.OtherPracticeId), ("Riverside Medical Centre", "Y10001", data.PracticeId) },
                practices.Select(p => (p.GetProperty("name").GetString()!, p.GetProperty("odsCode").GetString()!, p.GetProperty("id").GetGuid())).ToArray());
        }
    }

    [Fact]
    public async Task Lists_active_teams_with_their_practice_count()
    {
        var client = await fixture.SignedInAsync(StaffRole.ServiceManager);

        var response = await client.GetAsync($"/api/teams?providerId={fixture.Data.ProviderId}", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var north = (await response.JsonAsync()).EnumerateArray().Single(t => t.GetProperty("id").GetGuid() == fixture.Data.TeamId);
        Assert.Equal("North team", north.GetProperty("name").GetString());
        Assert.Equal(1, north.GetProperty("practiceCount").GetInt32());
        Assert.Equal(2, north.GetProperty("memberCount").GetInt32()); // the seeded link worker and senior link worker
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("partner")]
    public async Task A_team_covering_something_that_is_not_a_practice_is_refused_with_422(string what)
    {
        var admin = await fixture.SignedInAsync(StaffRole.Administrator);
        var covered = what == "partner" ? fixture.Data.PartnerId : Guid.NewGuid();

        var response = await admin.PostAsJsonAsync("/api/teams",
            new { name = $"Odd team ({what})", providerId = fixture.Data.ProviderId, practiceIds = new[] { covered } }, Cancel);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("practiceIds", out _));
    }
}
