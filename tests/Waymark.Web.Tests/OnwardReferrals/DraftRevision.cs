using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Waymark.Domain.Audit;
using Waymark.Domain.OnwardReferrals;
using Waymark.Domain.Staff;
using Waymark.Web.Tests.Admin;
using Waymark.Web.Tests.Api;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.OnwardReferrals;

/// <summary>
/// Changing a draft onward referral: PUT /api/onward-referrals/{id} and the "Change the draft" page. Only a link worker
/// of the person's team may change it (others 404, other roles 403), only while it is a draft (422 / a form error), and
/// the change is audited.
/// </summary>
public sealed class DraftRevision(OnwardApp fixture) : IClassFixture<OnwardApp>
{
    private static readonly string[] DateOfBirthOnly = ["DateOfBirth"];
    private static readonly string[] DateOfBirthAndAddress = ["DateOfBirth", "Address"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_link_worker_changes_a_draft_through_the_api_and_then_sends_it()
    {
        var (person, goalId) = await fixture.CaseWithGoalAsync();
        var id = await fixture.ReferralAsync(person, goalId, fixture.DirectServiceId, send: false);
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var changed = await worker.PutAsJsonAsync($"/api/onward-referrals/{id}",
            new { kind = "Signpost", accompanied = true, agreedReason = "Would like a walk with other carers" }, Cancel);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var body = await changed.JsonAsync();
        Assert.Equal(("Signpost", true, "Would like a walk with other carers", "draft"), (body.GetProperty("kind").GetString(),
            body.GetProperty("accompanied").GetBoolean(), body.GetProperty("agreedReason").GetString(), body.GetProperty("statusCode").GetString()));
        var stored = await fixture.LoadAsync(id);
        Assert.Equal((OnwardReferralKind.Signpost, true, OnwardReferralStatus.Draft), (stored.Kind, stored.Accompanied, stored.Status));
        Assert.Single(stored.History);
        Assert.True(await fixture.WithDbAsync(db => db.AuditEvents.AnyAsync(
            e => e.RecordType == nameof(OnwardReferral) && e.RecordId == id.ToString() && e.Action == AuditAction.Update, Cancel)));

        var sent = await worker.PutAsJsonAsync($"/api/onward-referrals/{id}",
            new { kind = "Direct", accompanied = false, agreedReason = "Would like to meet other carers", send = true }, Cancel);
        Assert.Equal("requested", (await sent.JsonAsync()).GetProperty("statusCode").GetString());
        Assert.Equal((OnwardReferralKind.Direct, OnwardReferralStatus.Requested), ((await fixture.LoadAsync(id)).Kind, (await fixture.LoadAsync(id)).Status));
    }

    [Fact]
    public async Task A_referral_already_sent_cannot_be_changed_and_broken_rules_are_422_problems()
    {
        var (person, goalId) = await fixture.CaseWithGoalAsync();
        var sent = await fixture.ReferralAsync(person, goalId, fixture.DirectServiceId);
        var draft = await fixture.ReferralAsync(person, goalId, fixture.SignpostServiceId, OnwardReferralKind.Signpost, send: false);
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var refused = await (await worker.PutAsJsonAsync($"/api/onward-referrals/{sent}", new { kind = "Direct", agreedReason = "Changed" }, Cancel))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "status");
        Assert.StartsWith("Only a draft referral can be changed", refused.GetProperty("errors").GetProperty("status")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("Would like to meet other carers", (await fixture.LoadAsync(sent)).AgreedReason);

        async Task AssertFieldAsync(object body, string field)
        {
            var problem = await (await worker.PutAsJsonAsync($"/api/onward-referrals/{draft}", body, Cancel))
                .AssertProblemAsync(HttpStatusCode.UnprocessableEntity, field);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{field}: {problem}");
        }

        await AssertFieldAsync(new { kind = "Direct", agreedReason = "Walks" }, "kind");
        await AssertFieldAsync(new { kind = "Signpost", agreedReason = " " }, "agreedReason");
        await AssertFieldAsync(new { kind = "Signpost", agreedReason = "Walks", extra = DateOfBirthOnly }, "consent");

        using var bad = new StringContent("{\"kind\": ", System.Text.Encoding.UTF8, "application/json");
        await (await worker.PutAsync($"/api/onward-referrals/{draft}", bad, Cancel)).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Would like to meet other carers", (await fixture.LoadAsync(draft)).AgreedReason);
    }

    [Fact]
    public async Task Consent_already_recorded_covers_the_items_it_named_and_new_items_need_consent_again()
    {
        var (person, goalId) = await fixture.CaseWithGoalAsync();
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var made = await (await worker.PostAsJsonAsync($"/api/episodes/{person.EpisodeId}/onward-referrals",
            new { goalId, serviceId = fixture.DirectServiceId, kind = "Direct", agreedReason = "Café", extra = DateOfBirthOnly, consentRecorded = true }, Cancel))
            .JsonAsync();
        var id = made.GetProperty("id").GetGuid();
        var recordedAt = (await fixture.LoadAsync(id)).SharedData.Consent!.RecordedAt;
        fixture.App.Clock.Advance(TimeSpan.FromMinutes(1));

        var kept = await worker.PutAsJsonAsync($"/api/onward-referrals/{id}",
            new { kind = "Direct", agreedReason = "Café on Tuesdays", extra = DateOfBirthOnly }, Cancel);
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Equal((SharedDataItems.DateOfBirth, recordedAt), ((await fixture.LoadAsync(id)).SharedData.Extra, (await fixture.LoadAsync(id)).SharedData.Consent!.RecordedAt));

        var more = await (await worker.PutAsJsonAsync($"/api/onward-referrals/{id}",
            new { kind = "Direct", agreedReason = "Café on Tuesdays", extra = DateOfBirthAndAddress }, Cancel)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "extra");
        Assert.Contains("address", more.GetProperty("errors").GetProperty("extra")[0].GetString(), StringComparison.Ordinal);

        var agreed = await worker.PutAsJsonAsync($"/api/onward-referrals/{id}",
            new { kind = "Direct", agreedReason = "Café on Tuesdays", extra = DateOfBirthAndAddress, consentRecorded = true }, Cancel);
        Assert.Equal(HttpStatusCode.OK, agreed.StatusCode);
        var shared = (await fixture.LoadAsync(id)).SharedData;
        // Recorded again now (a minute later; PostgreSQL keeps microseconds, so compared to the minute).
        Assert.Equal((SharedDataItems.DateOfBirth | SharedDataItems.Address, recordedAt.AddMinutes(1)), (shared.Extra, shared.Consent!.RecordedAt), (a, b) =>
            a.Item1 == b.Item1 && Math.Abs((a.Item2 - b.Item2).TotalMilliseconds) < 1);
    }

    [Fact]
    public async Task Only_a_link_worker_of_the_person_s_team_may_change_a_draft()
    {
        var (person, goalId) = await fixture.CaseWithGoalAsync();
        var id = await fixture.ReferralAsync(person, goalId, fixture.DirectServiceId, send: false);
        var change = new { kind = "Signpost", agreedReason = "Changed by someone else" };

        var otherTeam = await fixture.SignedInAsync(fixture.OtherTeamWorker);
        await (await otherTeam.PutAsJsonAsync($"/api/onward-referrals/{id}", change, Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await otherTeam.GetAsync($"/episodes/{person.EpisodeId}/onward-referrals/{id}/edit", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherTeam.PostFieldsAsync($"/episodes/{person.EpisodeId}/onward-referrals/{id}/edit",
            [("Input.Kind", "Signpost"), ("Input.Accompanied", "no"), ("Input.AgreedReason", "Changed"), ("intent", "save")], "/account")).StatusCode);

        foreach (var role in new[] { StaffRole.ServiceManager, StaffRole.Referrer, StaffRole.Partner, StaffRole.Commissioner, StaffRole.Administrator })
        {
            var client = await fixture.SignedInAsync(role);
            var response = await client.PutAsJsonAsync($"/api/onward-referrals/{id}", change, Cancel);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{role}: {(int)response.StatusCode}");
            var page = await client.GetAsync($"/episodes/{person.EpisodeId}/onward-referrals/{id}/edit", Cancel);
            Assert.Equal("/error/403", page.RedirectTarget().AbsolutePath);
        }

        Assert.Equal("Would like to meet other carers", (await fixture.LoadAsync(id)).AgreedReason);
    }

    [Fact]
    public async Task The_referral_page_offers_change_for_a_draft_and_the_form_saves_the_changes()
    {
        var (person, goalId) = await fixture.CaseWithGoalAsync();
        var id = await fixture.ReferralAsync(person, goalId, fixture.DirectServiceId, send: false);
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var url = $"/episodes/{person.EpisodeId}/onward-referrals/{id}";
        var reads = await fixture.ReadsOfAsync(person.PersonId);

        var referral = await worker.GetPageAsync(url);
        var link = Assert.Single(referral.QuerySelectorAll("a"), a => a.TextContent.StartsWith("Change the draft", StringComparison.Ordinal)).GetAttribute("href");
        Assert.Equal($"{url}/edit", link);

        var form = await worker.GetPageAsync($"{url}/edit");
        Assert.True(await fixture.ReadsOfAsync(person.PersonId) > reads + 1);
        Assert.Equal(["Direct"], form.CheckedValues("Input.Kind"));
        Assert.Equal(["no"], form.CheckedValues("Input.Accompanied"));
        Assert.Equal("Would like to meet other carers", form.GetElementById("Input_AgreedReason")!.TextContent);

        var empty = await Html.ParseAsync(await worker.PostFieldsAsync($"{url}/edit",
            [("Input.Kind", "Direct"), ("Input.Accompanied", "yes"), ("Input.AgreedReason", ""), ("intent", "save")]));
        Assert.Equal(["Enter the reason for the referral, in words agreed with the person"], empty.ErrorSummary());
        Assert.Equal(["yes"], empty.CheckedValues("Input.Accompanied"));

        var saved = await worker.FollowAsync(await worker.PostFieldsAsync($"{url}/edit",
            [("Input.Kind", "Direct"), ("Input.Accompanied", "yes"), ("Input.AgreedReason", "Company on Tuesday mornings"), ("intent", "save")]), url);
        Assert.Equal("Draft referral changed", saved.Banner());
        Assert.Contains("Company on Tuesday mornings", saved.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(OnwardReferralStatus.Draft, (await fixture.LoadAsync(id)).Status);

        var sent = await worker.FollowAsync(await worker.PostFieldsAsync($"{url}/edit",
            [("Input.Kind", "Direct"), ("Input.Accompanied", "yes"), ("Input.AgreedReason", "Company on Tuesday mornings"), ("intent", "send")]), url);
        Assert.Equal("Referral changed and sent to Carers' café", sent.Banner());
        Assert.DoesNotContain(sent.QuerySelectorAll("a"), a => a.TextContent.StartsWith("Change the draft", StringComparison.Ordinal));
        Assert.Equal(OnwardReferralStatus.Requested, (await fixture.LoadAsync(id)).Status);
    }

    [Fact]
    public async Task The_change_page_of_a_sent_referral_says_it_cannot_change_and_refuses_a_post_with_a_form_error()
    {
        var (person, goalId) = await fixture.CaseWithGoalAsync();
        var id = await fixture.ReferralAsync(person, goalId, fixture.DirectServiceId);
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var url = $"/episodes/{person.EpisodeId}/onward-referrals/{id}/edit";

        var page = await worker.GetPageAsync(url);
        Assert.Null(page.QuerySelector("form[method=post] textarea"));
        Assert.Contains("can no longer be changed", page.QuerySelector(".nhsuk-inset-text")!.TextContent, StringComparison.Ordinal);

        var refused = await Html.ParseAsync(await worker.PostFieldsAsync(url,
            [("Input.Kind", "Direct"), ("Input.Accompanied", "no"), ("Input.AgreedReason", "Changed after sending"), ("intent", "save")]));
        Assert.Equal(["Only a draft referral can be changed; this one is requested and waiting for an answer"], refused.ErrorSummary());
        Assert.Equal("Would like to meet other carers", (await fixture.LoadAsync(id)).AgreedReason);
    }
}
