using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Waymark.Domain.Staff;
using Waymark.Web.Pages.Team;
using Waymark.Web.Tests.Admin;
using Waymark.Web.Tests.Api;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.Work;

/// <summary>
/// A goal's history of status changes, with who and why: in the plan API, on the goal page, and as its own dated
/// entries on the person's timeline.
/// </summary>
public sealed class GoalHistory(WorkApp fixture) : IClassFixture<WorkApp>
{
    private const string Words = "Walk to the shops";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string Squash(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    [Fact]
    public async Task The_plan_api_lists_each_change_of_a_goal_with_who_made_it_and_why()
    {
        var (person, goalId, _) = await GoalThroughItsLifeAsync();
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var plan = await (await client.GetAsync($"/api/episodes/{person.EpisodeId}/plan", Cancel)).JsonAsync();

        var goal = plan.GetProperty("goals").EnumerateArray().Single(g => g.GetProperty("id").GetGuid() == goalId);
        var history = goal.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["NotStarted", "InProgress", "Stopped", "InProgress", "Changed"], history.Select(h => h.GetProperty("status").GetString()));
        Assert.Equal(
            ["Test Link worker", "Test Link worker", "Test Senior link worker", "Test Link worker", "Test Link worker"],
            history.Select(h => h.GetProperty("byName").GetString()));
        Assert.Equal(fixture.Worker.Id, history[0].GetProperty("byId").GetGuid());
        Assert.Equal([null, null, "Knee operation", "Knee has healed", null], history.Select(h => h.GetProperty("reason").GetString()));
        var times = history.Select(h => h.GetProperty("at").GetDateTimeOffset()).ToList();
        Assert.Equal(times.Order(), times);
        Assert.Equal(5, times.Distinct().Count());
    }

    [Fact]
    public async Task The_api_answers_a_change_with_the_goal_and_its_history()
    {
        var person = await fixture.CaseAsync();
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var url = $"/api/episodes/{person.EpisodeId}/plan/goals";

        var added = await (await client.PostAsJsonAsync(url, new { inTheirWords = "Swim once a week" }, Cancel)).JsonAsync();
        Assert.Equal("NotStarted", Assert.Single(added.GetProperty("history").EnumerateArray()).GetProperty("status").GetString());

        var stopped = await client.PostAsJsonAsync($"{url}/{added.GetProperty("id").GetGuid()}", new { change = "Stop", reason = "Pool closed" }, Cancel);
        var history = (await stopped.JsonAsync()).GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(2, history.Count);
        Assert.Equal(("Stopped", "Pool closed", "Test Link worker"),
            (history[1].GetProperty("status").GetString(), history[1].GetProperty("reason").GetString(), history[1].GetProperty("byName").GetString()));

        var refused = await client.PostAsJsonAsync($"{url}/{added.GetProperty("id").GetGuid()}", new { change = "Start" }, Cancel);
        await refused.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        var plan = await (await client.GetAsync($"/api/episodes/{person.EpisodeId}/plan", Cancel)).JsonAsync();
        Assert.Equal(2, Assert.Single(plan.GetProperty("goals").EnumerateArray()).GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task The_goal_page_shows_what_happened_when_by_whom_and_why()
    {
        var (person, goalId, start) = await GoalThroughItsLifeAsync();
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var page = await client.GetPageAsync($"/episodes/{person.EpisodeId}/plan/goals/{goalId}");

        var table = page.GetElementById("goal-history")!;
        Assert.Equal("What has happened to this goal", table.QuerySelector("caption")?.TextContent.Trim());
        var rows = table.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => Squash(c.TextContent)).ToArray()).ToList();
        Assert.Equal(["Added, not started", "Started", "Stopped", "Reopened", "Changed for a new goal New goal: Walk to the park"], rows.Select(r => r[1]));
        Assert.Equal(["Test Link worker", "Test Link worker", "Test Senior link worker", "Test Link worker", "Test Link worker"], rows.Select(r => r[2]));
        Assert.Equal(["", "", "Knee operation", "Knee has healed", ""], rows.Select(r => r[3]));
        Assert.Equal(TeamDisplay.Day(start), rows[0][0]);
        Assert.Equal(["col", "col", "col", "col"], table.QuerySelectorAll("thead th").Select(th => th.GetAttribute("scope")));
    }

    [Fact]
    public async Task The_timeline_lists_each_change_of_a_goal_as_its_own_dated_entry_in_plain_words()
    {
        var (person, _, _) = await GoalThroughItsLifeAsync();
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var timeline = await (await client.GetAsync($"/api/people/{person.PersonId}/timeline", Cancel)).JsonAsync();

        var goals = timeline.GetProperty("entries").GetProperty("items").EnumerateArray()
            .Where(e => e.GetProperty("kind").GetString()!.StartsWith("Goal", StringComparison.Ordinal)).ToList();
        // The change and the new goal happen at the same moment: as elsewhere on the timeline, the change is listed first.
        Assert.Equal(["GoalChanged", "GoalAdded", "GoalReopened", "GoalStopped", "GoalStarted", "GoalAdded"],
            goals.Select(e => e.GetProperty("kind").GetString()));
        string Title(int i) => goals[i].GetProperty("title").GetString()!;
        string? Detail(int i) => goals[i].GetProperty("detail").GetString();
        Assert.Equal("Goal changed: \u201cWalk to the shops\u201d", Title(0));
        Assert.Equal("Replaced by \u201cWalk to the park\u201d. Recorded by Test Link worker.", Detail(0));
        Assert.Equal("Goal added: \u201cWalk to the park\u201d", Title(1));
        Assert.Equal("Goal reopened: \u201cWalk to the shops\u201d", Title(2));
        Assert.Equal("Why it was reopened: Knee has healed. Recorded by Test Link worker.", Detail(2));
        Assert.Equal("Goal stopped: \u201cWalk to the shops\u201d", Title(3));
        Assert.Equal("Why it stopped: Knee operation. Recorded by Test Senior link worker.", Detail(3));
        Assert.Equal("Goal started: \u201cWalk to the shops\u201d", Title(4));
        Assert.Equal("Goal added: \u201cWalk to the shops\u201d", Title(5));
        var times = goals.Select(e => e.GetProperty("at").GetDateTimeOffset()).ToList();
        Assert.Equal(times.OrderDescending(), times);
    }

    [Fact]
    public async Task The_timeline_page_shows_the_stopped_goal_and_its_reason()
    {
        var (person, _, _) = await GoalThroughItsLifeAsync();
        var client = await fixture.SignedInAsync(StaffRole.SeniorLinkWorker);

        var page = await client.GetPageAsync($"/people/{person.PersonId}/timeline");

        var stopped = Squash(Assert.Single(page.QuerySelectorAll("li[data-kind='GoalStopped']")).TextContent);
        Assert.Contains("Goal stopped: \u201cWalk to the shops\u201d", stopped, StringComparison.Ordinal);
        Assert.Contains("Why it stopped: Knee operation", stopped, StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll("li[data-kind='GoalStarted']"));
        Assert.Single(page.QuerySelectorAll("li[data-kind='GoalReopened']"));
        Assert.Equal(2, page.QuerySelectorAll("li[data-kind='GoalAdded']").Length);
    }

    [Fact]
    public async Task The_history_is_only_for_those_who_may_see_the_episode()
    {
        var (person, goalId, _) = await GoalThroughItsLifeAsync();

        var stranger = await fixture.SignedInAsync(fixture.OtherProviderManager);
        await (await stranger.GetAsync($"/api/episodes/{person.EpisodeId}/plan", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.GetAsync($"/api/people/{person.PersonId}/timeline", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
        var otherTeam = await fixture.SignedInAsync(fixture.OtherTeamWorker);
        Assert.Equal(HttpStatusCode.NotFound,
            (await otherTeam.GetAsync($"/episodes/{person.EpisodeId}/plan/goals/{goalId}", Cancel)).StatusCode);
        foreach (var role in new[] { StaffRole.Referrer, StaffRole.Partner, StaffRole.Commissioner, StaffRole.Administrator })
        {
            var client = await fixture.SignedInAsync(role);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/episodes/{person.EpisodeId}/plan", Cancel)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/people/{person.PersonId}/timeline", Cancel)).StatusCode);
        }
    }

    /// <summary>
    /// A goal added and started by the link worker, stopped by the senior, reopened and then changed for a new goal
    /// by the link worker, an hour apart, all through the pages. Returns when it was added.
    /// </summary>
    private async Task<(Waymark.Testing.TestCase Person, Guid GoalId, DateTimeOffset Start)> GoalThroughItsLifeAsync()
    {
        var person = await fixture.CaseAsync();
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var senior = await fixture.SignedInAsync(StaffRole.SeniorLinkWorker);
        var plan = $"/episodes/{person.EpisodeId}/plan";
        var now = fixture.App.Clock.GetUtcNow();
        var start = now.AddHours(-5);
        try
        {
            fixture.App.Clock.Set(start);
            Assert.Equal(HttpStatusCode.Redirect,
                (await worker.PostFieldsAsync($"{plan}/goals/new", PlanPages.GoalFields("Input", Words))).StatusCode);
            var page = await worker.GetPageAsync(plan);
            var goalId = Guid.Parse(page.QuerySelectorAll("[data-goal]").Single(g => g.QuerySelector("h3")?.TextContent == Words).GetAttribute("data-goal")!);
            var url = $"{plan}/goals/{goalId}";

            async Task StepAsync(HttpClient client, int hour, string handler, IEnumerable<(string, string)> fields)
            {
                fixture.App.Clock.Set(start.AddHours(hour));
                Assert.Equal(HttpStatusCode.Redirect, (await client.PostFieldsAsync($"{url}?handler={handler}", fields, url)).StatusCode);
            }

            await StepAsync(worker, 1, "status", [("Status.Change", "Start")]);
            await StepAsync(senior, 2, "status", [("Status.Change", "Stop"), ("Status.StatusReason", "Knee operation")]);
            await StepAsync(worker, 3, "status", [("Status.Change", "Reopen"), ("Status.StatusReason", "Knee has healed")]);
            await StepAsync(worker, 4, "replace", PlanPages.GoalFields("Replacement", "Walk to the park"));
            return (person, goalId, start);
        }
        finally
        {
            fixture.App.Clock.Set(now);
        }
    }
}
