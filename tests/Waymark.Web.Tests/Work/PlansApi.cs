using System.Net;
using System.Net.Http.Json;
using Waymark.Domain.Staff;
using Waymark.Web.Tests.Api;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.Work;

/// <summary>/api/episodes/{id}/plan: reading the plan, adding goals and changing them.</summary>
public sealed class PlansApi(WorkApp fixture) : IClassFixture<WorkApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private DateOnly Today => DateOnly.FromDateTime(fixture.App.Clock.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task An_episode_without_goals_has_an_empty_plan_and_the_first_goal_makes_it()
    {
        var person = await fixture.CaseAsync();
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var url = $"/api/episodes/{person.EpisodeId}/plan";

        var empty = await (await client.GetAsync(url, Cancel)).JsonAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, empty.GetProperty("planId").ValueKind);
        Assert.Equal(0, empty.GetProperty("goals").GetArrayLength());

        var added = await client.PostAsJsonAsync($"{url}/goals", new
        {
            inTheirWords = "Get my garden back",
            steps = new List<string> { "Borrow a mower", "  " },
            whoHelps = "Grandson",
            targetDate = Today.AddDays(30),
            reviewDate = Today.AddDays(10),
        }, Cancel);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var goal = await added.JsonAsync();
        Assert.Equal("NotStarted", goal.GetProperty("status").GetString());
        Assert.Equal(["Borrow a mower"], goal.GetProperty("steps").EnumerateArray().Select(s => s.GetString()));

        var plan = await (await client.GetAsync(url, Cancel)).JsonAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.String, plan.GetProperty("planId").ValueKind);
        Assert.Equal(goal.GetProperty("id").GetGuid(), Assert.Single(plan.GetProperty("goals").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_goal_is_started_revised_replaced_and_the_old_one_points_at_the_new()
    {
        var person = await fixture.CaseAsync();
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var url = $"/api/episodes/{person.EpisodeId}/plan";
        var goal = await (await client.PostAsJsonAsync($"{url}/goals", new { inTheirWords = "Swim once a week" }, Cancel)).JsonAsync();
        var goalUrl = $"{url}/goals/{goal.GetProperty("id").GetGuid()}";

        var started = await (await client.PostAsJsonAsync(goalUrl, new { change = "Start" }, Cancel)).JsonAsync();
        Assert.Equal("InProgress", started.GetProperty("status").GetString());

        var revised = await (await client.PostAsJsonAsync(goalUrl, new
        {
            change = "Revise",
            goal = new { steps = new List<string> { "Buy a swimming costume" }, whoHelps = "Leisure centre" },
        }, Cancel)).JsonAsync();
        Assert.Equal("Swim once a week", revised.GetProperty("inTheirWords").GetString());
        Assert.Equal("Leisure centre", revised.GetProperty("whoHelps").GetString());

        var replaced = await client.PostAsJsonAsync(goalUrl, new { change = "Replace", goal = new { inTheirWords = "Aqua aerobics on Fridays" } }, Cancel);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var next = await replaced.JsonAsync();
        Assert.Equal("Aqua aerobics on Fridays", next.GetProperty("inTheirWords").GetString());

        var goals = (await (await client.GetAsync(url, Cancel)).JsonAsync()).GetProperty("goals");
        Assert.Equal("Changed", goals[0].GetProperty("status").GetString());
        Assert.Equal(next.GetProperty("id").GetGuid(), goals[0].GetProperty("replacedById").GetGuid());
        Assert.Equal("NotStarted", goals[1].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Rules_broken_are_422_with_the_field_and_unknown_goals_are_404()
    {
        var person = await fixture.CaseAsync();
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var url = $"/api/episodes/{person.EpisodeId}/plan";

        var noWords = await (await client.PostAsJsonAsync($"{url}/goals", new { steps = new List<string> { "x" } }, Cancel)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(noWords.GetProperty("errors").TryGetProperty("inTheirWords", out _));
        var past = await (await client.PostAsJsonAsync($"{url}/goals", new { inTheirWords = "x", targetDate = Today.AddDays(-1) }, Cancel))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(past.GetProperty("errors").TryGetProperty("targetDate", out _));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await (await client.GetAsync(url, Cancel)).JsonAsync()).GetProperty("planId").ValueKind);

        var goal = await (await client.PostAsJsonAsync($"{url}/goals", new { inTheirWords = "Sleep better" }, Cancel)).JsonAsync();
        var goalUrl = $"{url}/goals/{goal.GetProperty("id").GetGuid()}";
        var stop = await (await client.PostAsJsonAsync(goalUrl, new { change = "Stop" }, Cancel)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(stop.GetProperty("errors").TryGetProperty("statusReason", out _));
        var reopen = await (await client.PostAsJsonAsync(goalUrl, new { change = "Reopen", reason = "x" }, Cancel)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(reopen.GetProperty("errors").TryGetProperty("status", out _));
        await (await client.PostAsJsonAsync(goalUrl, new { change = "Revise" }, Cancel)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        await (await client.PostAsJsonAsync(goalUrl, new { }, Cancel)).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await client.PostAsJsonAsync(goalUrl, new { change = "Celebrate" }, Cancel)).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await client.PostAsJsonAsync($"{url}/goals/{Guid.NewGuid()}", new { change = "Start" }, Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
        var other = await fixture.CaseAsync();
        await (await client.PostAsJsonAsync($"/api/episodes/{other.EpisodeId}/plan/goals/{goal.GetProperty("id").GetGuid()}", new { change = "Start" }, Cancel))
            .AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
