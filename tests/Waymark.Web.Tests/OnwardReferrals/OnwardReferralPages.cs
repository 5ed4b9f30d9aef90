using System.Net;
using Waymark.Domain.OnwardReferrals;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Tests.Admin;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.OnwardReferrals;

/// <summary>
/// The pages: from a goal to a referral (choose a service, say how, what is shared, send), the referral page with its
/// history and the link worker's steps, the plan's status tags, the partner inbox with the overdue flag and the
/// partner's answer, and recording an unmet need that the gap reports count.
/// </summary>
public sealed class OnwardReferralPages(OnwardApp fixture) : IClassFixture<OnwardApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_link_worker_goes_from_the_goal_to_a_sent_referral_and_sees_it_on_the_plan()
    {
        var (person, goalId) = await fixture.CaseWithGoalAsync();
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var goalPage = await client.GetPageAsync($"/episodes/{person.EpisodeId}/plan/goals/{goalId}");
        var link = Assert.Single(goalPage.QuerySelectorAll("a"), a => a.TextContent.Trim() == "Refer to a service").GetAttribute("href")!;
        Assert.Equal($"/episodes/{person.EpisodeId}/onward-referrals/new?goalId={goalId}", link);

        var search = await client.GetPageAsync($"{link}&search=caf%C3%A9");
        Assert.NotNull(search.QuerySelector(".nhsuk-navigation, nav"));
        var choose = Assert.Single(search.QuerySelectorAll("table a"), a => a.TextContent.Trim() == "Carers' café").GetAttribute("href")!;
        Assert.DoesNotContain(search.QuerySelectorAll("table a"), a => a.TextContent.Contains("Knit", StringComparison.Ordinal));

        var form = await client.GetPageAsync(choose);
        Assert.Contains("how to contact them", form.Body!.TextContent, StringComparison.Ordinal);
        var posted = await client.PostFieldsAsync(choose,
        [
            ("Input.GoalId", goalId.ToString()), ("Input.Kind", "Direct"), ("Input.Accompanied", "yes"),
            ("Input.AgreedReason", "Would like company while caring"), ("Input.Extra", "DateOfBirth"), ("Input.Consent", "yes"), ("intent", "send"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var location = posted.Headers.Location!.OriginalString;
        var page = await client.FollowAsync(posted, location);
        Assert.Equal("Referral to Carers' café sent", page.Banner());
        Assert.Equal("Waiting for a reply", page.QuerySelector("[data-referral-status]")!.TextContent.Trim());
        Assert.Equal(["Draft", "Waiting for a reply"], page.Rows().Select(r => r[1]));
        Assert.Contains("date of birth", page.Body!.TextContent, StringComparison.Ordinal);

        var plan = await client.GetPageAsync($"/episodes/{person.EpisodeId}/plan");
        var referrals = plan.QuerySelector($"[data-goal-referrals='{goalId}']")!;
        Assert.Contains("Carers' café", referrals.TextContent, StringComparison.Ordinal);
        Assert.Contains("Waiting for a reply", referrals.QuerySelector(".nhsuk-tag")!.TextContent, StringComparison.Ordinal);
        var referral = Assert.Single(await fixture.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.OnwardReferrals.Where(r => r.EpisodeId == person.EpisodeId), Cancel)));
        Assert.Equal((SharedDataItems.DateOfBirth, SharedDataItems.DateOfBirth, true), (referral.SharedData.Extra, referral.SharedData.Consent?.AgreedTo, referral.Accompanied));
    }

    [Fact]
    public async Task Mistakes_on_the_form_are_shown_in_an_error_summary_and_what_was_typed_is_kept()
    {
        var (person, goalId) = await fixture.CaseWithGoalAsync();
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var url = $"/episodes/{person.EpisodeId}/onward-referrals/new?goalId={goalId}&serviceId={fixture.DirectServiceId}";

        var noReason = await Html.ParseAsync(await client.PostFieldsAsync(url,
            [("Input.GoalId", goalId.ToString()), ("Input.Kind", "Direct"), ("Input.Accompanied", "no"), ("Input.AgreedReason", ""), ("intent", "draft")]));
        Assert.Equal(["Enter the reason for the referral, in words agreed with the person"], noReason.ErrorSummary());
        Assert.NotNull(noReason.FieldError("Input_AgreedReason"));

        var noConsent = await Html.ParseAsync(await client.PostFieldsAsync(url,
        [
            ("Input.GoalId", goalId.ToString()), ("Input.Kind", "Direct"), ("Input.Accompanied", "no"), ("Input.AgreedReason", "Company on Tuesdays"),
            ("Input.Extra", "Address"), ("intent", "send"),
        ]));
        var error = Assert.Single(noConsent.ErrorSummary());
        Assert.StartsWith("Record the person's consent before sharing their address", error, StringComparison.Ordinal);
        Assert.Equal("Company on Tuesdays", noConsent.GetElementById("Input_AgreedReason")!.TextContent);
        Assert.Equal(["Address"], noConsent.CheckedValues("Input.Extra"));
        Assert.Empty(await fixture.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.OnwardReferrals.Where(r => r.EpisodeId == person.EpisodeId), Cancel)));
    }

    [Fact]
    public async Task A_draft_is_sent_then_cancelled_with_a_reason_from_the_referral_page()
    {
        var (person, goalId) = await fixture.CaseWithGoalAsync();
        var id = await fixture.ReferralAsync(person, goalId, fixture.DirectServiceId, send: false);
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var url = $"/episodes/{person.EpisodeId}/onward-referrals/{id}";

        var sent = await client.FollowAsync(await client.PostFormAsync($"{url}?handler=send", new Dictionary<string, string>(), url), url);
        Assert.Equal("Referral sent to Carers' café", sent.Banner());

        var noReason = await Html.ParseAsync(await client.PostFormAsync($"{url}?handler=cancel", new Dictionary<string, string>(), url));
        Assert.Equal(["Select why the referral is cancelled"], noReason.ErrorSummary());
        Assert.NotNull(noReason.QuerySelector("details[open]"));

        var cancelled = await client.FollowAsync(
            await client.PostFormAsync($"{url}?handler=cancel", new Dictionary<string, string> { ["Cancellation.Reason"] = "PersonDeclined" }, url), url);
        Assert.Equal("Referral cancelled", cancelled.Banner());
        Assert.Equal("The person declined", cancelled.Rows()[^1][3]);
        Assert.Equal(OnwardReferralStatus.Cancelled, (await fixture.LoadAsync(id)).Status);
    }

    [Fact]
    public async Task The_partner_inbox_flags_a_referral_with_no_reply_after_ten_working_days_and_the_partner_answers_it()
    {
        // One sent just now; one sent four weeks ago (the exact due day is unit-tested in the domain).
        var today = fixture.App.Clock.GetUtcNow();
        var (onTime, onTimeGoal) = await fixture.CaseWithGoalAsync(goal: "Get some time for myself");
        var (late, lateGoal) = await fixture.CaseWithGoalAsync(goal: "Get some time for myself");
        await fixture.ReferralAsync(onTime, onTimeGoal, fixture.DirectServiceId);
        Guid lateId;
        try
        {
            fixture.App.Clock.Set(today.AddDays(-28));
            lateId = await fixture.ReferralAsync(late, lateGoal, fixture.DirectServiceId);
        }
        finally
        {
            fixture.App.Clock.Set(today);
        }

        var partner = await fixture.SignedInAsync(StaffRole.Partner);
        var inbox = await partner.GetPageAsync("/partner?status=Requested");
        string RowOf(TestCase person) =>
            Assert.Single(inbox.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains(person.FamilyName, StringComparison.Ordinal)).TextContent;
        Assert.DoesNotContain("No reply after", RowOf(onTime), StringComparison.Ordinal);
        Assert.Contains("No reply after 10 working days", RowOf(late), StringComparison.Ordinal);
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);
        Assert.Contains("No reply after 10 working days", (await worker.GetPageAsync($"/episodes/{late.EpisodeId}/plan")).Body!.TextContent, StringComparison.Ordinal);

        var url = $"/partner/referrals/{lateId}";
        var page = await partner.GetPageAsync(url);
        Assert.DoesNotContain("Get some time for myself", page.Body!.TextContent, StringComparison.Ordinal);
        var noReason = await Html.ParseAsync(await partner.PostFormAsync(url, new Dictionary<string, string> { ["Answer.Step"] = "Reject" }));
        Assert.Equal(["Select why the referral was rejected"], noReason.ErrorSummary());
        var accepted = await partner.FollowAsync(await partner.PostFormAsync(url, new Dictionary<string, string> { ["Answer.Step"] = "Accept" }), url);
        Assert.Equal("Referral updated: accept", accepted.Banner());
        Assert.Equal("Accepted", accepted.QuerySelector("[data-referral-status]")!.TextContent.Trim());
        Assert.DoesNotContain((await partner.GetPageAsync("/partner?status=Requested")).QuerySelectorAll("tbody tr"),
            r => r.TextContent.Contains(late.FamilyName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_referral_rejected_for_no_capacity_leads_to_an_unmet_need_that_managers_and_commissioners_count()
    {
        var (person, goalId) = await fixture.CaseWithGoalAsync();
        var id = await fixture.ReferralAsync(person, goalId, fixture.DirectServiceId);
        var partner = await fixture.SignedInAsync(StaffRole.Partner);
        await partner.PostFormAsync($"/partner/referrals/{id}", new Dictionary<string, string> { ["Answer.Step"] = "Reject", ["Answer.Reason"] = "NoCapacity" });
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var referralPage = await worker.GetPageAsync($"/episodes/{person.EpisodeId}/onward-referrals/{id}");
        var link = Assert.Single(referralPage.QuerySelectorAll("a"), a => a.TextContent.StartsWith("Record an unmet need", StringComparison.Ordinal)).GetAttribute("href")!;

        var form = await worker.GetPageAsync(link);
        Assert.Equal(["NoCapacity"], form.CheckedValues("Input.Reason"));
        Assert.Single(form.CheckedValues("Input.Need"));
        var done = await worker.PostFormAsync(link, new Dictionary<string, string>
        {
            ["Input.Need"] = "Caring",
            ["Input.Reason"] = "NoCapacity",
            ["Input.Note"] = "Carers' café full until spring",
        });
        var back = await worker.FollowAsync(done, $"/episodes/{person.EpisodeId}/onward-referrals/{id}");
        Assert.Equal("Unmet need recorded in the service gap register", back.Banner());

        foreach (var (role, url) in new[] { (StaffRole.ServiceManager, "/service/gaps"), (StaffRole.Commissioner, "/reports/gaps") })
        {
            var report = await (await fixture.SignedInAsync(role)).GetPageAsync(url);
            Assert.Contains(report.Rows(), r => r.Length == 4 && r[1] == "Caring for someone" && r[2] == "LS6" && r[3] == "fewer than 5");
            Assert.DoesNotContain(person.FamilyName, report.Body!.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain("Carers' café full", report.Body!.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal("/error/403", (await worker.GetAsync("/service/gaps", Cancel)).RedirectTarget().AbsolutePath);
        Assert.Equal("/error/403", (await partner.GetAsync("/reports/gaps", Cancel)).RedirectTarget().AbsolutePath);
    }
}
