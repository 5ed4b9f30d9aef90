using System.Net;
using Waymark.Domain.Measures;
using Waymark.Domain.Staff;
using Waymark.Web.Tests.Admin;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.MeasureReviews;

/// <summary>/episodes/{id}/measure-reviews and its "not appropriate now" form.</summary>
public sealed class MeasureReviewPages(MeasureReviewsApp app) : IClassFixture<MeasureReviewsApp>
{
    private static string Schedule(Guid episodeId) => $"/episodes/{episodeId}/measure-reviews";

    private static string Defer(Guid episodeId, string url = BuiltInQuestionnaires.Ons4Url) =>
        $"/episodes/{episodeId}/measure-reviews/defer?url={Uri.EscapeDataString(url)}";

    [Fact]
    public async Task The_page_shows_each_measures_next_occasion_and_its_read_is_audited()
    {
        var person = await app.AllocatedAsync(30);
        await app.RecordOns4Async(person, MeasureReviewsApp.Start.AddDays(-28));
        var reads = await app.ReadsOfAsync(person.PersonId);

        var page = await (await app.ClientAsync(app.Worker)).GetPageAsync(Schedule(person.EpisodeId));

        Assert.Equal("Measure reviews", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("page", page.QuerySelector("nav [aria-current=page]")?.GetAttribute("aria-current"));
        var rows = page.QuerySelectorAll("[data-measure-schedule] tbody tr").Select(r => r.QuerySelectorAll("td").Take(2).Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal([["ONS4 personal wellbeing", "Review 1"], ["UCLA three-item loneliness scale", "Baseline"]], rows);
        Assert.Contains("Overdue", page.QuerySelector($"tr[data-measure='{BuiltInQuestionnaires.Ucla3Url}']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("26 Apr 2027", page.QuerySelector($"tr[data-measure='{BuiltInQuestionnaires.Ons4Url}']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll("a").Count(a => a.TextContent.StartsWith("Not appropriate now", StringComparison.Ordinal)));
        Assert.Equal(reads + 1, await app.ReadsOfAsync(person.PersonId));
    }

    [Fact]
    public async Task The_discharge_page_lists_the_measures_with_a_baseline_that_were_not_answered_in_the_last_14_days()
    {
        var person = await app.AllocatedAsync(100);
        await app.RecordOns4Async(person, MeasureReviewsApp.Start.AddDays(-90));
        await app.RecordUcla3Async(person, MeasureReviewsApp.Start.AddDays(-90));
        await app.RecordUcla3Async(person, MeasureReviewsApp.Start.AddDays(-3));

        var page = await (await app.ClientAsync(app.Worker)).GetPageAsync($"/episodes/{person.EpisodeId}/discharge");

        var due = page.GetElementById("discharge-measures");
        Assert.NotNull(due);
        Assert.Equal(["ONS4 personal wellbeing"], due.QuerySelectorAll("li").Select(li => li.TextContent.Trim()));
        Assert.NotNull(due.QuerySelector($"a[href='/episodes/{person.EpisodeId}/questionnaires']"));

        var noBaseline = await app.AllocatedAsync(10);
        var nothingDue = await (await app.ClientAsync(app.Worker)).GetPageAsync($"/episodes/{noBaseline.EpisodeId}/discharge");
        Assert.Null(nothingDue.GetElementById("discharge-measures"));
    }

    [Fact]
    public async Task A_link_worker_puts_a_measure_off_with_a_reason_and_a_date_and_sees_it_recorded()
    {
        var person = await app.AllocatedAsync(20);
        var client = await app.ClientAsync(app.Worker);
        var form = await client.GetPageAsync(Defer(person.EpisodeId));
        Assert.Contains("ONS4 personal wellbeing", form.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);

        var posted = await client.PostFieldsAsync(Defer(person.EpisodeId),
            [("url", BuiltInQuestionnaires.Ons4Url), ("Reason", "Her husband died last week"), ("Until.Day", "29"), ("Until.Month", "3"), ("Until.Year", "2027")]);

        var page = await client.FollowAsync(posted, Schedule(person.EpisodeId));
        Assert.Equal("ONS4 personal wellbeing put off until 29 Mar 2027", page.Banner());
        var ons4 = page.QuerySelector($"tr[data-measure='{BuiltInQuestionnaires.Ons4Url}']")!.TextContent;
        Assert.Contains("29 Mar 2027", ons4, StringComparison.Ordinal);
        Assert.Contains("Put off from 9 Feb 2027: Her husband died last week", ons4, StringComparison.Ordinal);
        Assert.DoesNotContain("Overdue", ons4, StringComparison.Ordinal);
        Assert.Equal(["ONS4 personal wellbeing", "Her husband died last week", "29 Mar 2027", "1 Mar 2027 by Test " + StaffRoles.DisplayName(StaffRole.LinkWorker)], page.QuerySelectorAll("[data-deferrals] tbody tr td").Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public async Task Putting_off_needs_a_reason_and_a_date_after_today_within_26_weeks_and_keeps_what_was_typed()
    {
        var person = await app.AllocatedAsync(5);
        var client = await app.ClientAsync(app.Worker);

        var empty = await Html.ParseAsync(await client.PostFieldsAsync(Defer(person.EpisodeId), [("url", BuiltInQuestionnaires.Ons4Url), ("Reason", "")]));
        Assert.Equal(["Enter why asking is not appropriate now, for example a bereavement"], empty.ErrorSummary());

        var past = await Html.ParseAsync(await client.PostFieldsAsync(Defer(person.EpisodeId),
            [("url", BuiltInQuestionnaires.Ons4Url), ("Reason", "In hospital"), ("Until.Day", "1"), ("Until.Month", "3"), ("Until.Year", "2027")]));
        Assert.Equal(["The date to ask again must be in the future"], past.ErrorSummary());
        Assert.Equal("In hospital", past.GetElementById("Reason")!.TextContent);

        var far = await Html.ParseAsync(await client.PostFieldsAsync(Defer(person.EpisodeId),
            [("url", BuiltInQuestionnaires.Ons4Url), ("Reason", "In hospital"), ("Until.Day", "1"), ("Until.Month", "3"), ("Until.Year", "2028")]));
        Assert.Contains("within 26 weeks", Assert.Single(far.ErrorSummary()), StringComparison.Ordinal);

        var nonsense = await Html.ParseAsync(await client.PostFieldsAsync(Defer(person.EpisodeId),
            [("url", BuiltInQuestionnaires.Ons4Url), ("Reason", "In hospital"), ("Until.Day", "31"), ("Until.Month", "2"), ("Until.Year", "2027")]));
        Assert.Equal(["The date to ask again must be a real date, like 27 3 2027"], nonsense.ErrorSummary());
        Assert.Equal("31", nonsense.ValueOf("Until"));
    }

    [Fact]
    public async Task A_questionnaire_the_programme_does_not_ask_cannot_be_put_off()
    {
        var person = await app.AllocatedAsync(5);

        var response = await (await app.ClientAsync(app.Worker)).GetAsync(Defer(person.EpisodeId, "https://example.org/q/other"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_service_manager_reads_the_schedule_but_does_not_put_measures_off()
    {
        var person = await app.AllocatedAsync(5);
        var manager = await app.ClientAsync(StaffRole.ServiceManager);

        var page = await manager.GetPageAsync(Schedule(person.EpisodeId));
        Assert.DoesNotContain(page.QuerySelectorAll("a"), a => a.TextContent.StartsWith("Not appropriate now", StringComparison.Ordinal));

        var defer = await manager.GetAsync(Defer(person.EpisodeId), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, defer.StatusCode);
        Assert.Equal("/error/403", defer.RedirectTarget().AbsolutePath);
    }

    [Fact]
    public async Task Staff_outside_the_team_get_not_found_and_other_roles_are_refused()
    {
        var person = await app.AllocatedAsync(5);

        foreach (var outsider in new[] { app.SouthWorker, app.SouthSenior, app.OtherProviderManager })
        {
            var client = await app.ClientAsync(outsider);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Schedule(person.EpisodeId), TestContext.Current.CancellationToken)).StatusCode);
        }

        var south = await app.ClientAsync(app.SouthWorker);
        Assert.Equal(HttpStatusCode.NotFound, (await south.GetAsync(Defer(person.EpisodeId), TestContext.Current.CancellationToken)).StatusCode);

        foreach (var role in new[] { StaffRole.Referrer, StaffRole.Partner, StaffRole.Commissioner, StaffRole.Administrator })
        {
            var client = await app.ClientAsync(role);
            foreach (var url in new[] { Schedule(person.EpisodeId), Defer(person.EpisodeId) })
            {
                var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Equal("/error/403", response.RedirectTarget().AbsolutePath);
            }
        }
    }
}
