using System.Net;
using Waymark.Domain.Episodes;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Tests.Admin;

namespace Waymark.Web.Tests.Caseload;

/// <summary>/caseload (a link worker's home) and /team/caseload (a senior link worker's whole team).</summary>
public sealed class CaseloadPages(CaseloadApp app) : IClassFixture<CaseloadApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task My_caseload_shows_counts_and_flags_in_words_and_links_each_name_to_the_persons_contacts()
    {
        app.App.Clock.Set(CaseloadApp.Start.AddDays(-40));
        var silent = await app.App.CaseAtAsync(app.Data.TeamId, EpisodeStatus.Active, app.Worker.Id, app.Data.PracticeId);
        app.App.Clock.Set(CaseloadApp.Start);
        var waiting = await app.App.CaseAtAsync(app.Data.TeamId, EpisodeStatus.Allocated, app.Worker.Id, app.Data.PracticeId);

        var page = await (await app.ClientAsync(app.Worker)).GetPageAsync("/caseload");

        Assert.Equal("My caseload", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.True(int.Parse(page.QuerySelector("[data-count=overdue]")!.TextContent, System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.True(int.Parse(page.QuerySelector("[data-count=no-contact]")!.TextContent, System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.True(int.Parse(page.QuerySelector("[data-count=waiting]")!.TextContent, System.Globalization.CultureInfo.InvariantCulture) >= 1);

        var silentRow = page.QuerySelector($"tr[data-episode='{silent.EpisodeId}']")!;
        Assert.Equal($"/episodes/{silent.EpisodeId}/contacts", silentRow.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains($"{silent.FamilyName}, Sam", silentRow.TextContent, StringComparison.Ordinal);
        var tags = silentRow.QuerySelectorAll(".nhsuk-tag").Select(t => t.TextContent.Trim()).ToList();
        Assert.Contains("Overdue", tags);
        Assert.Contains("No contact for 40 days", tags);

        var waitingRow = page.QuerySelector($"tr[data-episode='{waiting.EpisodeId}']")!;
        Assert.Contains("Waiting for first contact", waitingRow.QuerySelectorAll(".nhsuk-tag").Select(t => t.TextContent.Trim()));
        Assert.NotNull(page.QuerySelector("caption"));
        Assert.All(page.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
    }

    [Fact]
    public async Task The_filter_form_narrows_the_table_and_the_headings_sort_it_keeping_the_filters()
    {
        app.App.Clock.Set(CaseloadApp.Start.AddDays(-20));
        var family = $"Filter{Guid.NewGuid():N}"[..14];
        var overdue = await app.App.CaseAtAsync(app.Data.TeamId, EpisodeStatus.Active, app.Worker.Id, app.Data.PracticeId, familyName: family + "a");
        app.App.Clock.Set(CaseloadApp.Start);
        var onTrack = await app.App.CaseAtAsync(app.Data.TeamId, EpisodeStatus.Active, app.Worker.Id, app.Data.PracticeId, familyName: family + "b");
        var client = await app.ClientAsync(app.Worker);

        var filtered = await client.GetPageAsync($"/caseload?Search={family}&Overdue=true");
        Assert.NotNull(filtered.QuerySelector($"tr[data-episode='{overdue.EpisodeId}']"));
        Assert.Null(filtered.QuerySelector($"tr[data-episode='{onTrack.EpisodeId}']"));
        Assert.Equal("checked", filtered.GetElementById("Overdue")!.GetAttribute("checked") is null ? null : "checked");
        Assert.Equal(family, filtered.GetElementById("Search")!.GetAttribute("value"));

        var nextDue = filtered.QuerySelectorAll("thead th a").Single(a => a.TextContent.Trim() == "Next contact due").GetAttribute("href")!;
        Assert.Contains($"search={family}", nextDue, StringComparison.Ordinal);
        Assert.Contains("overdue=true", nextDue, StringComparison.Ordinal);
        Assert.Contains("sort=NextDue", nextDue, StringComparison.Ordinal);

        var sorted = await client.GetPageAsync($"/caseload?search={family}&sort=NextDue&desc=true");
        Assert.Equal(
            [onTrack.EpisodeId.ToString(), overdue.EpisodeId.ToString()],
            sorted.QuerySelectorAll("tbody tr").Select(r => r.GetAttribute("data-episode")));
        Assert.Equal("descending", sorted.QuerySelectorAll("thead th").Single(th => th.TextContent.Contains("Next contact due", StringComparison.Ordinal)).GetAttribute("aria-sort"));

        var none = await client.GetPageAsync($"/caseload?search={family}&NoContact=true");
        Assert.Contains("No one on your caseload matches these filters", none.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_worker_with_nobody_allocated_sees_what_will_appear_here()
    {
        var page = await (await app.ClientAsync(app.SouthWorker)).GetPageAsync("/caseload");

        Assert.Contains("You have no one allocated to you yet", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("table"));
    }

    [Fact]
    public async Task The_team_caseload_shows_every_worker_and_filters_by_one()
    {
        app.App.Clock.Set(CaseloadApp.Start);
        var workers = await app.App.CaseAtAsync(app.Data.TeamId, EpisodeStatus.Active, app.Worker.Id, app.Data.PracticeId);
        var colleagues = await app.App.CaseAtAsync(app.Data.TeamId, EpisodeStatus.Active, app.Colleague.Id, app.Data.PracticeId);
        var client = await app.ClientAsync(app.Senior);

        var page = await client.GetPageAsync("/team/caseload?pageSize=500&search=" + colleagues.FamilyName);
        var row = page.QuerySelector($"tr[data-episode='{colleagues.EpisodeId}']")!;
        Assert.Contains("Casey Colleague", row.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("#WorkerId option"), o => o.GetAttribute("value") == app.Colleague.Id.ToString());
        Assert.DoesNotContain(page.QuerySelectorAll("#WorkerId option"), o => o.GetAttribute("value") == app.SouthWorker.Id.ToString());

        var one = await client.GetPageAsync($"/team/caseload?WorkerId={app.Worker.Id}&Search={workers.FamilyName}");
        Assert.NotNull(one.QuerySelector($"tr[data-episode='{workers.EpisodeId}']"));
        var other = await client.GetPageAsync($"/team/caseload?WorkerId={app.Worker.Id}&Search={colleagues.FamilyName}");
        Assert.Null(other.QuerySelector($"tr[data-episode='{colleagues.EpisodeId}']"));
    }

    [Fact]
    public async Task Another_teams_senior_sees_an_empty_team_caseload()
    {
        app.App.Clock.Set(CaseloadApp.Start);
        var north = await app.App.CaseAtAsync(app.Data.TeamId, EpisodeStatus.Active, app.Worker.Id, app.Data.PracticeId);

        var page = await (await app.ClientAsync(app.SouthSenior)).GetPageAsync($"/team/caseload?WorkerId={app.Worker.Id}");

        Assert.Null(page.QuerySelector($"tr[data-episode='{north.EpisodeId}']"));
        Assert.Contains("No one in your team is allocated", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_link_workers_see_my_caseload_and_only_seniors_the_team_caseload()
    {
        foreach (var role in new[] { StaffRole.Referrer, StaffRole.Partner, StaffRole.Commissioner, StaffRole.Administrator, StaffRole.ServiceManager })
        {
            var client = await app.ClientAsync(role);
            await AssertForbiddenAsync(client, "/caseload");
            await AssertForbiddenAsync(client, "/team/caseload");
        }

        await AssertForbiddenAsync(await app.ClientAsync(app.Worker), "/team/caseload");
        await (await app.ClientAsync(app.Senior)).GetPageAsync("/caseload");
    }

    private static async Task AssertForbiddenAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Cancel);
        Assert.True(HttpStatusCode.Redirect == response.StatusCode, $"{url}: expected a redirect to the 403 page, got {(int)response.StatusCode}");
        Assert.StartsWith("/error/403", response.Headers.Location!.OriginalString.Replace("http://localhost", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
