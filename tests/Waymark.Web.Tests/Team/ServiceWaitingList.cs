using System.Net;
using Waymark.Domain.Episodes;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Tests.Admin;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.TeamPages;

/// <summary>
/// /service/teams/{id}/waiting-list: a service manager reads any of their provider's teams' waiting lists, in the
/// team's order and without allocation; no one else may, and no other provider's team exists for them.
/// </summary>
public sealed class ServiceWaitingList(TeamApp fixture) : IClassFixture<TeamApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string Url(Guid teamId) => $"/service/teams/{teamId}/waiting-list";

    [Fact]
    public async Task A_manager_reads_each_of_their_teams_lists_urgent_first_then_longest_waiting()
    {
        var northRoutineOld = await fixture.AgoAsync(TimeSpan.FromDays(9), () => fixture.WaitingAsync(Priority.Routine));
        var northUrgentNew = await fixture.AgoAsync(TimeSpan.FromDays(1), () => fixture.WaitingAsync(Priority.Urgent));
        var northSoon = await fixture.AgoAsync(TimeSpan.FromDays(4), () => fixture.WaitingAsync(Priority.Soon));
        var southRoutine = await fixture.AgoAsync(TimeSpan.FromDays(12), () => fixture.WaitingAsync(Priority.Routine, fixture.OtherTeamId));
        var southUrgent = await fixture.AgoAsync(TimeSpan.FromDays(2), () => fixture.WaitingAsync(Priority.Urgent, fixture.OtherTeamId));
        var manager = await fixture.SignedInAsync(StaffRole.ServiceManager);

        var north = await manager.GetPageAsync(Url(fixture.TeamId));
        var south = await manager.GetPageAsync(Url(fixture.OtherTeamId));

        string[] Ours(AngleSharp.Dom.IDocument page, params TestCase[] cases) =>
            [.. page.Rows().Where(r => cases.Any(c => r[0].Contains(c.FamilyName, StringComparison.Ordinal)))
                .Select(r => string.Join(" | ", r[1], r[2], cases.Single(c => r[0].Contains(c.FamilyName, StringComparison.Ordinal)).FamilyName))];
        Assert.Equal(
            [$"Urgent | 1 day | {northUrgentNew.FamilyName}", $"Soon | 4 days | {northSoon.FamilyName}", $"Routine | 9 days | {northRoutineOld.FamilyName}"],
            Ours(north, northRoutineOld, northUrgentNew, northSoon, southRoutine, southUrgent));
        Assert.Equal(
            [$"Urgent | 2 days | {southUrgent.FamilyName}", $"Routine | 12 days | {southRoutine.FamilyName}"],
            Ours(south, northRoutineOld, northUrgentNew, northSoon, southRoutine, southUrgent));
        Assert.Equal("South team", south.QuerySelector("h1 .nhsuk-caption-l")?.TextContent.Replace(" -", "", StringComparison.Ordinal).Trim());
        Assert.Contains("NHS number:", north.Rows()[0][0], StringComparison.Ordinal);
        Assert.Equal(6, north.QuerySelectorAll("thead th[scope='col']").Length);
    }

    [Fact]
    public async Task The_list_is_to_read_only_with_no_way_to_allocate()
    {
        var waiting = await fixture.WaitingAsync(Priority.Soon);
        var manager = await fixture.SignedInAsync(StaffRole.ServiceManager);

        var page = await manager.GetPageAsync(Url(fixture.TeamId));

        Assert.Contains(page.Rows(), r => r[0].Contains(waiting.FamilyName, StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll("a[href*='/allocate']"));
        Assert.Empty(page.QuerySelectorAll("main form"));
        Assert.Contains("senior link workers allocate", page.Body!.TextContent, StringComparison.Ordinal);
        var allocate = await manager.GetAsync($"/team/waiting-list/{waiting.EpisodeId}/allocate", Cancel);
        Assert.Equal("/error/403", allocate.RedirectTarget().AbsolutePath);
    }

    [Fact]
    public async Task The_service_overview_links_each_of_the_managers_teams_to_its_list()
    {
        var manager = await fixture.SignedInAsync(StaffRole.ServiceManager);

        var page = await manager.GetPageAsync("/service");

        var links = page.QuerySelectorAll("tbody a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(Url(fixture.TeamId), links);
        Assert.Contains(Url(fixture.OtherTeamId), links);
        Assert.DoesNotContain(Url(fixture.OtherProviderTeamId), links);
        var north = page.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")?.TextContent == "North team");
        Assert.Equal("Waiting list for North team", north.QuerySelector("a")?.TextContent);
    }

    [Fact]
    public async Task Another_providers_team_or_no_team_is_not_found()
    {
        await fixture.WaitingAsync(Priority.Urgent, fixture.OtherProviderTeamId);
        var manager = await fixture.SignedInAsync(StaffRole.ServiceManager);

        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync(Url(fixture.OtherProviderTeamId), Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync(Url(Guid.NewGuid()), Cancel)).StatusCode);
    }

    [Theory]
    [InlineData(StaffRole.LinkWorker)]
    [InlineData(StaffRole.SeniorLinkWorker)]
    [InlineData(StaffRole.Referrer)]
    [InlineData(StaffRole.Partner)]
    [InlineData(StaffRole.Commissioner)]
    [InlineData(StaffRole.Administrator)]
    public async Task Everyone_but_service_managers_is_refused(StaffRole role)
    {
        var client = await fixture.SignedInAsync(role);

        var response = await client.GetAsync(Url(fixture.TeamId), Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/error/403", response.RedirectTarget().AbsolutePath);
    }

    [Fact]
    public async Task Someone_not_signed_in_is_sent_to_sign_in()
    {
        using var anonymous = fixture.App.CreateBrowserLikeClient();

        var response = await anonymous.GetAsync(Url(fixture.TeamId), Cancel);

        Assert.Equal("/account/sign-in", response.RedirectTarget().AbsolutePath);
    }

    [Fact]
    public async Task Like_the_teams_own_list_showing_who_is_waiting_is_not_a_read_of_each_record()
    {
        var waiting = await fixture.WaitingAsync(Priority.Routine);
        var manager = await fixture.SignedInAsync(StaffRole.ServiceManager);
        var senior = await fixture.SignedInAsync(StaffRole.SeniorLinkWorker);

        var managers = await manager.GetPageAsync(Url(fixture.TeamId));
        var seniors = await senior.GetPageAsync("/team/waiting-list");

        Assert.Contains(managers.Rows(), r => r[0].Contains(waiting.FamilyName, StringComparison.Ordinal));
        Assert.Contains(seniors.Rows(), r => r[0].Contains(waiting.FamilyName, StringComparison.Ordinal));
        Assert.Equal(0, await fixture.ReadsOfAsync(waiting.PersonId));
    }

    [Fact]
    public async Task A_long_list_is_paged()
    {
        var manager = await fixture.SignedInAsync(StaffRole.ServiceManager);
        var first = await manager.GetPageAsync(Url(fixture.OtherTeamId));
        var needed = Math.Max(0, 26 - first.Rows().Count);
        for (var i = 0; i < needed; i++)
        {
            await fixture.WaitingAsync(Priority.Routine, fixture.OtherTeamId);
        }

        var page = await manager.GetPageAsync(Url(fixture.OtherTeamId));
        var second = await manager.GetPageAsync($"{Url(fixture.OtherTeamId)}?page=2");

        Assert.Equal(25, page.Rows().Count);
        Assert.NotNull(page.QuerySelector($"a[href='{Url(fixture.OtherTeamId)}?page=2']"));
        Assert.NotEmpty(second.Rows());
        Assert.Empty(page.Rows().Select(r => r[0]).Intersect(second.Rows().Select(r => r[0])));
    }
}
