using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Waymark.Domain.Episodes;
using Waymark.Domain.Staff;
using Waymark.Web.Tests.Admin;

namespace Waymark.Web.Tests.Work;

/// <summary>The action plan: goals in the person's words, added, updated, changed, stopped and reopened.</summary>
public sealed class PlanPages(WorkApp fixture) : IClassFixture<WorkApp>
{
    private DateOnly Today => DateOnly.FromDateTime(fixture.App.Clock.GetUtcNow().UtcDateTime);

    public static List<(string Name, string Value)> GoalFields(
        string prefix, string? words, string steps = "", string whoHelps = "", DateOnly? target = null, DateOnly? review = null)
    {
        static string Part(DateOnly? date, Func<DateOnly, int> part) => date is { } d ? part(d).ToString(CultureInfo.InvariantCulture) : string.Empty;
        var fields = new List<(string Name, string Value)>
        {
            ($"{prefix}.Steps", steps),
            ($"{prefix}.WhoHelps", whoHelps),
            ($"{prefix}.TargetDate.Day", Part(target, d => d.Day)),
            ($"{prefix}.TargetDate.Month", Part(target, d => d.Month)),
            ($"{prefix}.TargetDate.Year", Part(target, d => d.Year)),
            ($"{prefix}.ReviewDate.Day", Part(review, d => d.Day)),
            ($"{prefix}.ReviewDate.Month", Part(review, d => d.Month)),
            ($"{prefix}.ReviewDate.Year", Part(review, d => d.Year)),
        };
        if (words is not null)
        {
            fields.Add(($"{prefix}.InTheirWords", words));
        }

        return fields;
    }

    [Fact]
    public async Task The_first_goal_makes_the_plan_and_shows_its_steps_helper_dates_and_status()
    {
        var person = await fixture.CaseAsync();
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var plan = $"/episodes/{person.EpisodeId}/plan";

        var empty = await client.GetPageAsync(plan);
        Assert.Contains("No goals have been agreed yet", empty.Text(), StringComparison.Ordinal);
        Assert.Contains("Plan", empty.QuerySelector(".nhsuk-contents-list__current")?.TextContent, StringComparison.Ordinal);

        var response = await client.PostFieldsAsync($"{plan}/goals/new", GoalFields("Input", "Get out of the house twice a week",
            "Walk to the corner shop\n\nTry the Tuesday walking group", "Mo, the walking group leader", Today.AddDays(60), Today.AddDays(28)));
        var page = await client.FollowAsync(response, plan);

        Assert.Equal("Goal added to the plan", page.Banner());
        var goal = page.QuerySelector("[data-goal]")!;
        Assert.Equal("Get out of the house twice a week", goal.QuerySelector("h3")?.TextContent);
        Assert.Equal("Not started", goal.QuerySelector(".nhsuk-tag")?.TextContent);
        Assert.Equal(["Walk to the corner shop", "Try the Tuesday walking group"], goal.QuerySelectorAll("ol li").Select(li => li.TextContent));
        Assert.Contains("Mo, the walking group leader", goal.TextContent, StringComparison.Ordinal);
        var en = CultureInfo.GetCultureInfo("en-GB");
        Assert.Contains(Today.AddDays(60).ToString("d MMMM yyyy", en), goal.TextContent, StringComparison.Ordinal);
        Assert.Contains($"Next review: {Today.AddDays(28).ToString("d MMMM yyyy", en)}", page.Text(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFieldsAsync($"{plan}/goals/new", GoalFields("Input", "Sort out my bills"))).StatusCode);
        var plans = await fixture.WithDbAsync(db => db.Plans.AsNoTracking().Where(p => p.EpisodeId == person.EpisodeId).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, Assert.Single(plans).Goals.Count);
    }

    [Fact]
    public async Task A_goal_without_words_or_with_a_wrong_date_is_refused_by_its_field_keeping_what_was_typed()
    {
        var person = await fixture.CaseAsync();
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var url = $"/episodes/{person.EpisodeId}/plan/goals/new";

        var page = await Html.ParseAsync(await client.PostFieldsAsync(url, GoalFields("Input", "", "Phone the council", target: Today.AddDays(10))));
        Assert.Equal(["Enter the goal in the person's words"], page.ErrorSummary());
        Assert.Equal("Enter the goal in the person's words", page.FieldError("Input_InTheirWords"));
        Assert.Equal("Phone the council", page.GetElementById("Input_Steps")?.TextContent);

        var fields = GoalFields("Input", "Sleep better", review: Today.AddDays(-1));
        fields[2] = ("Input.TargetDate.Day", "40");
        fields[3] = ("Input.TargetDate.Month", "1");
        fields[4] = ("Input.TargetDate.Year", "2027");
        var dates = await Html.ParseAsync(await client.PostFieldsAsync(url, fields));
        Assert.Equal("The target date must be a real date, like 27 3 2027", dates.FieldError("Input_TargetDate"));
        Assert.Equal("40", dates.ValueOf("Input_TargetDate"));

        var past = await Html.ParseAsync(await client.PostFieldsAsync(url, GoalFields("Input", "Sleep better", review: Today.AddDays(-1))));
        Assert.Equal("The review date must be today or in the future", past.FieldError("Input_ReviewDate"));
    }

    [Fact]
    public async Task A_goal_moves_from_not_started_to_in_progress_to_achieved_and_is_reopened_with_a_reason()
    {
        var (person, goalId, client) = await GoalAsync("Join a choir");
        var url = $"/episodes/{person}/plan/goals/{goalId}";

        var form = await client.GetPageAsync(url);
        Assert.Equal(["Start", "Achieve", "Stop"], form.QuerySelectorAll("input[name='Status.Change']").Select(i => i.GetAttribute("value")));

        await client.FollowAsync(await client.PostFieldsAsync($"{url}?handler=status", [("Status.Change", "Start")], url), $"/episodes/{person}/plan");
        var achieved = await client.FollowAsync(
            await client.PostFieldsAsync($"{url}?handler=status", [("Status.Change", "Achieve")], url), $"/episodes/{person}/plan");
        Assert.Equal("Goal marked as achieved", achieved.Banner());
        Assert.Equal("Achieved", achieved.QuerySelector($"[data-goal='{goalId}'] .nhsuk-tag")?.TextContent);

        var noReason = await Html.ParseAsync(await client.PostFieldsAsync($"{url}?handler=status", [("Status.Change", "Reopen")], url));
        Assert.Equal(["Enter why the goal is reopened"], noReason.ErrorSummary());
        Assert.Equal("Enter why the goal is reopened", noReason.FieldError("Status_StatusReason"));

        var reopened = await client.FollowAsync(await client.PostFieldsAsync($"{url}?handler=status",
            [("Status.Change", "Reopen"), ("Status.StatusReason", "The choir moved to a new night")], url), $"/episodes/{person}/plan");
        Assert.Equal("In progress", reopened.QuerySelector($"[data-goal='{goalId}'] .nhsuk-tag")?.TextContent);
        Assert.Contains("The choir moved to a new night", reopened.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stopping_a_goal_needs_a_reason_and_a_status_the_goal_cannot_take_is_refused()
    {
        var (person, goalId, client) = await GoalAsync("Apply for a bus pass");
        var url = $"/episodes/{person}/plan/goals/{goalId}";

        var wrong = await Html.ParseAsync(await client.PostFieldsAsync($"{url}?handler=status", [("Status.Change", "Reopen")], url));
        Assert.Equal("Choose what has happened to the goal", wrong.FieldError("Status_Change"));

        var page = await Html.ParseAsync(await client.PostFieldsAsync($"{url}?handler=status", [("Status.Change", "Stop")], url));
        Assert.Equal("Enter why the goal is stopped", page.FieldError("Status_StatusReason"));
        Assert.Equal(["Stop"], page.CheckedValues("Status.Change"));

        var stopped = await client.FollowAsync(await client.PostFieldsAsync($"{url}?handler=status",
            [("Status.Change", "Stop"), ("Status.StatusReason", "Got one through her daughter")], url), $"/episodes/{person}/plan");
        var card = stopped.QuerySelector($"[data-goal='{goalId}']")!;
        Assert.Equal("Stopped", card.QuerySelector(".nhsuk-tag")?.TextContent);
        Assert.Contains("Why it stopped", card.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_steps_helper_and_dates_are_changed_and_the_goal_keeps_its_words()
    {
        var (person, goalId, client) = await GoalAsync("Cook a hot meal most days");
        var url = $"/episodes/{person}/plan/goals/{goalId}";
        var form = await client.GetPageAsync(url);
        Assert.Equal("Buy a slow cooker", form.GetElementById("Details_Steps")?.TextContent);

        var page = await client.FollowAsync(await client.PostFieldsAsync($"{url}?handler=details",
            GoalFields("Details", null, "Buy a slow cooker\nCookery class at the community centre", "Her son", Today.AddDays(90), Today.AddDays(14)), url),
            $"/episodes/{person}/plan");

        Assert.Equal("Goal updated", page.Banner());
        var card = page.QuerySelector($"[data-goal='{goalId}']")!;
        Assert.Equal("Cook a hot meal most days", card.QuerySelector("h3")?.TextContent);
        Assert.Equal(2, card.QuerySelectorAll("ol li").Length);
        Assert.Contains("Her son", card.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_person_wants_something_different_the_goal_shows_as_changed_and_the_new_goal_takes_its_place()
    {
        var (person, goalId, client) = await GoalAsync("Go back to work full time");
        var url = $"/episodes/{person}/plan/goals/{goalId}";

        var refused = await Html.ParseAsync(await client.PostFieldsAsync($"{url}?handler=replace", GoalFields("Replacement", " "), url));
        Assert.Equal("Enter the goal in the person's words", refused.FieldError("Replacement_InTheirWords"));

        var page = await client.FollowAsync(await client.PostFieldsAsync($"{url}?handler=replace",
            GoalFields("Replacement", "Volunteer two mornings a week", "Visit the volunteer centre"), url), $"/episodes/{person}/plan");

        Assert.Equal("Goal changed to what the person wants now", page.Banner());
        var old = page.QuerySelector($"[data-goal='{goalId}']")!;
        Assert.Equal("Changed", old.QuerySelector(".nhsuk-tag")?.TextContent);
        Assert.Contains("Volunteer two mornings a week", old.TextContent, StringComparison.Ordinal);
        Assert.Null(old.QuerySelector("a"));
        var replacement = page.QuerySelectorAll("[data-goal]").Single(g => g.QuerySelector("h3")?.TextContent == "Volunteer two mornings a week");
        Assert.Equal("Not started", replacement.QuerySelector(".nhsuk-tag")?.TextContent);

        var changed = await client.GetPageAsync(url);
        Assert.Empty(changed.QuerySelectorAll("input[name='Status.Change']"));
        Assert.Contains("This goal was changed for another one", changed.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_goal_of_another_episode_is_not_found()
    {
        var (_, goalId, client) = await GoalAsync("Learn to use a tablet");
        var other = await fixture.CaseAsync();

        var response = await client.GetAsync($"/episodes/{other.EpisodeId}/plan/goals/{goalId}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Goals_cannot_be_added_once_the_episode_has_ended_and_the_plan_page_offers_no_changes()
    {
        var person = await fixture.CaseAsync(EpisodeStatus.Discharged);
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var plan = await client.GetPageAsync($"/episodes/{person.EpisodeId}/plan");
        Assert.Null(plan.QuerySelector($"a[href='/episodes/{person.EpisodeId}/plan/goals/new']"));

        var page = await Html.ParseAsync(await client.PostFieldsAsync($"/episodes/{person.EpisodeId}/plan/goals/new", GoalFields("Input", "Anything")));
        Assert.Equal(["Goals can be added only while the person is allocated to a link worker or active; this episode is discharged"], page.ErrorSummary());
    }

    private async Task<(Guid EpisodeId, Guid GoalId, HttpClient Client)> GoalAsync(string words)
    {
        var person = await fixture.CaseAsync();
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var response = await client.PostFieldsAsync($"/episodes/{person.EpisodeId}/plan/goals/new", GoalFields("Input", words, "Buy a slow cooker"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetPageAsync($"/episodes/{person.EpisodeId}/plan");
        var goal = page.QuerySelectorAll("[data-goal]").Single(g => g.QuerySelector("h3")?.TextContent == words);
        return (person.EpisodeId, Guid.Parse(goal.GetAttribute("data-goal")!), client);
    }
}
