using System.Net;
using System.Net.Http.Json;
using Waymark.Domain.Episodes;
using Waymark.Domain.Staff;
using Waymark.Web.Tests.Api;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.TeamPages;

/// <summary>
/// Who may triage and allocate (issue 3, "who sees what"): senior link workers, for their own team only. A senior of
/// another team gets "not found"; link workers and every other role are refused; nothing they try changes anything.
/// </summary>
public sealed class TeamAccess(TeamApp fixture) : IClassFixture<TeamApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(StaffRole.LinkWorker)]
    [InlineData(StaffRole.ServiceManager)]
    [InlineData(StaffRole.Referrer)]
    [InlineData(StaffRole.Partner)]
    [InlineData(StaffRole.Commissioner)]
    [InlineData(StaffRole.Administrator)]
    public async Task Only_senior_link_workers_open_the_team_pages(StaffRole role)
    {
        var referred = await fixture.CaseAsync(EpisodeStatus.Referred);
        var waiting = await fixture.CaseAsync(EpisodeStatus.Waiting);
        var client = await fixture.SignedInAsync(role);

        foreach (var url in new[] { "/team", "/team/triage", $"/team/triage/{referred.EpisodeId}", "/team/waiting-list",
                     $"/team/waiting-list/{waiting.EpisodeId}/allocate" })
        {
            var response = await client.GetAsync(url, Cancel);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.RedirectTarget().AbsolutePath == "/error/403",
                $"{role} on {url}: {(int)response.StatusCode} {response.Headers.Location}");
        }

        Assert.Equal(0, await fixture.ReadsOfAsync(referred.PersonId));
        Assert.Equal(0, await fixture.ReadsOfAsync(waiting.PersonId));
    }

    [Theory]
    [InlineData(StaffRole.LinkWorker)]
    [InlineData(StaffRole.ServiceManager)]
    [InlineData(StaffRole.Referrer)]
    [InlineData(StaffRole.Partner)]
    [InlineData(StaffRole.Commissioner)]
    [InlineData(StaffRole.Administrator)]
    public async Task Only_senior_link_workers_triage_and_allocate_through_the_API(StaffRole role)
    {
        var referred = await fixture.CaseAsync(EpisodeStatus.Referred);
        var waiting = await fixture.CaseAsync(EpisodeStatus.Waiting);
        var client = await fixture.SignedInAsync(role);

        var triage = await client.PostAsJsonAsync($"/api/episodes/{referred.EpisodeId}/triage", new { decision = "Accept", priority = "Routine" }, Cancel);
        var allocate = await client.PostAsJsonAsync($"/api/episodes/{waiting.EpisodeId}/allocation",
            new { workerId = fixture.LinkWorker.Id, intensity = "Standard" }, Cancel);
        var options = await client.GetAsync($"/api/episodes/{waiting.EpisodeId}/allocation", Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, triage.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, allocate.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, options.StatusCode);
        Assert.Equal(EpisodeStatus.Referred, (await fixture.EpisodeAsync(referred.EpisodeId)).Status);
        Assert.Equal(EpisodeStatus.Waiting, (await fixture.EpisodeAsync(waiting.EpisodeId)).Status);
    }

    [Fact]
    public async Task A_senior_link_worker_of_another_team_finds_neither_the_pages_nor_the_API_for_this_teams_people()
    {
        var referred = await fixture.CaseAsync(EpisodeStatus.Referred);
        var waiting = await fixture.CaseAsync(EpisodeStatus.Waiting);
        var other = await fixture.SignedInAsync(fixture.OtherSenior);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/team/triage/{referred.EpisodeId}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/team/waiting-list/{waiting.EpisodeId}/allocate", Cancel)).StatusCode);
        await (await other.PostAsJsonAsync($"/api/episodes/{referred.EpisodeId}/triage", new { decision = "Accept", priority = "Routine" }, Cancel))
            .AssertProblemAsync(HttpStatusCode.NotFound);
        await (await other.PostAsJsonAsync($"/api/episodes/{waiting.EpisodeId}/allocation",
            new { workerId = fixture.LinkWorker.Id, intensity = "Standard" }, Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await other.GetAsync($"/api/teams/{fixture.TeamId}/waiting-list", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);

        var triageList = await (await other.GetAsync("/team/triage", Cancel)).TextAsync();
        Assert.DoesNotContain(referred.FamilyName, triageList, StringComparison.Ordinal);
        var waitingList = await (await other.GetAsync("/team/waiting-list", Cancel)).TextAsync();
        Assert.DoesNotContain(waiting.FamilyName, waitingList, StringComparison.Ordinal);
        Assert.Equal(0, await fixture.ReadsOfAsync(referred.PersonId));
        Assert.Equal(EpisodeStatus.Referred, (await fixture.EpisodeAsync(referred.EpisodeId)).Status);
    }

    [Fact]
    public async Task The_team_home_counts_referrals_to_triage_and_the_waiting_list_of_its_own_team_with_the_longest_wait()
    {
        var senior = await fixture.SignedInAsync(StaffRole.SeniorLinkWorker);
        var before = await Admin.Html.ParseAsync(await senior.GetAsync("/team", Cancel));
        Assert.Contains("North team", before.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        foreach (var link in new[] { "/team/triage", "/team/waiting-list", "/team/caseload", "/team/referrals/new" })
        {
            Assert.NotNull(before.QuerySelector($"a[href='{link}']"));
        }

        await fixture.CaseAsync(EpisodeStatus.Referred);
        await fixture.CaseAsync(EpisodeStatus.Referred);
        await fixture.CaseAsync(EpisodeStatus.Referred, fixture.OtherTeamId);
        await fixture.AgoAsync(TimeSpan.FromDays(400), () => fixture.CaseAsync(EpisodeStatus.Waiting));
        await fixture.CaseAsync(EpisodeStatus.Waiting);
        var after = await Admin.Html.ParseAsync(await senior.GetAsync("/team", Cancel));

        Assert.Equal(Count(before, "to-triage") + 2, Count(after, "to-triage"));
        Assert.Equal(Count(before, "waiting") + 2, Count(after, "waiting"));
        Assert.Contains("The longest has waited 400 days", after.GetElementById("waiting")!.TextContent, StringComparison.Ordinal);
    }

    private static int Count(AngleSharp.Dom.IDocument page, string id)
    {
        var text = page.GetElementById(id)!.TextContent.Trim();
        var match = System.Text.RegularExpressions.Regex.Match(text, @"^(\d+)");
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }
}
