using System.Net;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Domain.Episodes;
using Waymark.Domain.Staff;
using Waymark.Web.Features.Allocation;
using Waymark.Web.Tests.Admin;
using Waymark.Web.Tests.Api;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.TeamPages;

/// <summary>The waiting list: priority first, then days waiting (always shown), scoped to the team or provider.</summary>
public sealed class WaitingList(TeamApp fixture) : IClassFixture<TeamApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_API_orders_by_priority_then_longest_waiting_counting_whole_days_from_the_referral()
    {
        var eightDaysAgo = TimeSpan.FromDays(7) + TimeSpan.FromHours(23);
        var threeDaysAgo = TimeSpan.FromDays(2) + TimeSpan.FromHours(23);
        var routineOld = await fixture.AgoAsync(eightDaysAgo, () => fixture.WaitingAsync(Priority.Routine));
        var soonOld = await fixture.AgoAsync(eightDaysAgo, () => fixture.WaitingAsync(Priority.Soon));
        var urgentNew = await fixture.AgoAsync(threeDaysAgo, () => fixture.WaitingAsync(Priority.Urgent));
        var routineNew = await fixture.AgoAsync(threeDaysAgo, () => fixture.WaitingAsync(Priority.Routine));
        var urgentNewest = await fixture.WaitingAsync(Priority.Urgent);
        var ours = new[] { routineOld, soonOld, urgentNew, routineNew, urgentNewest }.Select(c => c.EpisodeId).ToHashSet();
        var senior = await fixture.SignedInAsync(StaffRole.SeniorLinkWorker);

        var body = await (await senior.GetAsync($"/api/teams/{fixture.TeamId}/waiting-list?pageSize=100", Cancel)).JsonAsync();

        var items = body.GetProperty("items").EnumerateArray().Where(i => ours.Contains(i.GetProperty("episodeId").GetGuid())).ToList();
        Assert.Equal([urgentNew.EpisodeId, urgentNewest.EpisodeId, soonOld.EpisodeId, routineOld.EpisodeId, routineNew.EpisodeId],
            items.Select(i => i.GetProperty("episodeId").GetGuid()));
        Assert.Equal([2, 0, 7, 7, 2], items.Select(i => i.GetProperty("daysWaiting").GetInt32()));
        Assert.Equal("Urgent", items[0].GetProperty("priority").GetString());
        Assert.Equal("LonelinessAndIsolation", items[0].GetProperty("needs")[0].GetString());
        Assert.Equal("Riverside Medical Centre", items[0].GetProperty("practiceName").GetString());
    }

    [Fact]
    public async Task The_page_shows_priority_days_waiting_needs_practice_and_language_and_pages()
    {
        var urgent = await fixture.AgoAsync(TimeSpan.FromDays(1), () => fixture.WaitingAsync(Priority.Urgent));
        var senior = await fixture.SignedInAsync(StaffRole.SeniorLinkWorker);

        var page = await senior.GetPageAsync("/team/waiting-list");

        var row = Assert.Single(page.Rows(), r => r[0].Contains(urgent.FamilyName, StringComparison.Ordinal));
        Assert.Equal("Urgent", row[1]);
        Assert.Equal("1 day", row[2]);
        Assert.Equal("Loneliness and isolation", row[3]);
        Assert.Equal("Riverside Medical Centre", row[4]);
        Assert.Equal("English", row[5]);
        Assert.NotNull(page.QuerySelector($"a[href='/team/waiting-list/{urgent.EpisodeId}/allocate']"));
        Assert.Equal("Urgent", page.Rows()[0][1]);

        await fixture.WaitingAsync(Priority.Routine);
        var paged = await (await senior.GetAsync($"/api/teams/{fixture.TeamId}/waiting-list?pageSize=1&page=2", Cancel)).JsonAsync();
        Assert.Single(paged.GetProperty("items").EnumerateArray());
        Assert.Equal(2, paged.GetProperty("page").GetInt32());
        Assert.True(paged.GetProperty("totalCount").GetInt32() >= 2);
    }

    [Fact]
    public async Task Link_workers_see_their_own_teams_list_and_managers_their_providers_teams()
    {
        var north = await fixture.WaitingAsync(Priority.Routine);
        var south = await fixture.WaitingAsync(Priority.Routine, fixture.OtherTeamId);
        var linkWorker = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var manager = await fixture.SignedInAsync(StaffRole.ServiceManager);

        var own = await (await linkWorker.GetAsync($"/api/teams/{fixture.TeamId}/waiting-list?pageSize=100", Cancel)).JsonAsync();
        Assert.Contains(own.GetProperty("items").EnumerateArray(), i => i.GetProperty("episodeId").GetGuid() == north.EpisodeId);
        await (await linkWorker.GetAsync($"/api/teams/{fixture.OtherTeamId}/waiting-list", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);

        var southList = await (await manager.GetAsync($"/api/teams/{fixture.OtherTeamId}/waiting-list?pageSize=100", Cancel)).JsonAsync();
        var southIds = southList.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("episodeId").GetGuid()).ToList();
        Assert.Contains(south.EpisodeId, southIds);
        Assert.DoesNotContain(north.EpisodeId, southIds);
        await (await manager.GetAsync($"/api/teams/{fixture.OtherProviderTeamId}/waiting-list", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await manager.GetAsync($"/api/teams/{Guid.NewGuid()}/waiting-list", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(StaffRole.Referrer)]
    [InlineData(StaffRole.Partner)]
    [InlineData(StaffRole.Commissioner)]
    [InlineData(StaffRole.Administrator)]
    public async Task Other_roles_are_refused_the_waiting_list(StaffRole role)
    {
        var client = await fixture.SignedInAsync(role);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/teams/{fixture.TeamId}/waiting-list", Cancel)).StatusCode);
    }

    [Fact]
    public async Task The_query_can_be_called_directly_as_the_benchmark_does()
    {
        var waiting = await fixture.WaitingAsync(Priority.Soon);
        var senior = fixture.Senior;
        var user = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, senior.Id.ToString()),
            new Claim(ClaimTypes.Role, StaffRoles.Name(StaffRole.SeniorLinkWorker)),
            new Claim(Waymark.Web.Infrastructure.Auth.WaymarkClaims.TeamId, fixture.TeamId.ToString()),
            new Claim(Waymark.Web.Infrastructure.Auth.WaymarkClaims.OrganisationId, fixture.Data.ProviderId.ToString()),
        ], "Test"));

        var page = await fixture.App.WithScopeAsync(services =>
            services.GetRequiredService<WaitingListQuery>().ListAsync(user, fixture.TeamId, 1, 100, Cancel));

        Assert.Contains(page.Items, i => i.EpisodeId == waiting.EpisodeId && i.Priority == Priority.Soon);
    }
}
