using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Domain.OnwardReferrals;
using Waymark.Domain.Staff;
using Waymark.Web.Features.OnwardReferrals;
using Waymark.Web.Tests.Api;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.OnwardReferrals;

/// <summary>
/// /api/episodes/{id}/onward-referrals, /api/onward-referrals/{id}/... and /api/partner/referrals: the closed loop from
/// the link worker's referral to the organisation's answer, the rules as 422 problem details, and the gap register.
/// </summary>
public sealed class OnwardReferralApi(OnwardApp fixture) : IClassFixture<OnwardApp>
{
    private static readonly string[] DateOfBirthOnly = ["DateOfBirth"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_direct_referral_made_from_a_goal_is_answered_by_the_partner_and_the_link_worker_sees_each_step()
    {
        var (person, goalId) = await fixture.CaseWithGoalAsync();
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var partner = await fixture.SignedInAsync(StaffRole.Partner);

        var made = await worker.PostAsJsonAsync($"/api/episodes/{person.EpisodeId}/onward-referrals", new
        {
            goalId,
            serviceId = fixture.DirectServiceId,
            kind = "Direct",
            accompanied = true,
            agreedReason = "Would like company on Tuesdays",
            send = true,
        }, Cancel);
        Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        var referral = await made.JsonAsync();
        var id = referral.GetProperty("id").GetGuid();
        Assert.Equal(("Requested", "requested", "Carers' café"), (referral.GetProperty("status").GetString(), referral.GetProperty("statusCode").GetString(),
            referral.GetProperty("serviceName").GetString()));
        Assert.Equal($"/api/onward-referrals/{id}", made.Headers.Location?.OriginalString);

        var inbox = await (await partner.GetAsync("/api/partner/referrals?status=Requested", Cancel)).JsonAsync();
        Assert.Contains(inbox.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);

        var accepted = await (await partner.PostAsJsonAsync($"/api/partner/referrals/{id}/accept", new { note = "First session next Tuesday" }, Cancel)).JsonAsync();
        Assert.Equal("Accepted", accepted.GetProperty("status").GetString());
        var started = await partner.PostAsync($"/api/partner/referrals/{id}/start", null, Cancel);
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);

        var seen = await (await worker.GetAsync($"/api/onward-referrals/{id}", Cancel)).JsonAsync();
        Assert.Equal("InProgress", seen.GetProperty("status").GetString());
        Assert.Equal(
            ["Draft", "Requested", "Accepted", "InProgress"],
            seen.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("status").GetString()));
        Assert.Equal("First session next Tuesday", seen.GetProperty("history")[2].GetProperty("note").GetString());
        var listed = await (await worker.GetAsync($"/api/episodes/{person.EpisodeId}/onward-referrals", Cancel)).JsonAsync();
        Assert.Equal(id, Assert.Single(listed.EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Broken_rules_are_422_problems_naming_the_field_and_bad_json_is_400()
    {
        var (person, goalId) = await fixture.CaseWithGoalAsync();
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var url = $"/api/episodes/{person.EpisodeId}/onward-referrals";

        async Task AssertFieldAsync(object body, string field)
        {
            var problem = await (await worker.PostAsJsonAsync(url, body, Cancel)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity, field);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{field}: {problem}");
        }

        await AssertFieldAsync(new { goalId, serviceId = fixture.SignpostServiceId, kind = "Direct", agreedReason = "Walks", send = true }, "kind");
        await AssertFieldAsync(new { goalId, serviceId = fixture.DirectServiceId, kind = "Direct", agreedReason = " ", send = true }, "agreedReason");
        await AssertFieldAsync(
            new { goalId, serviceId = fixture.DirectServiceId, kind = "Direct", agreedReason = "Café", extra = DateOfBirthOnly, send = true }, "consent");
        await AssertFieldAsync(new { goalId, serviceId = fixture.PausedServiceId, kind = "Direct", agreedReason = "Knitting", send = true }, "serviceId");
        await AssertFieldAsync(new { goalId = Guid.NewGuid(), serviceId = fixture.DirectServiceId, kind = "Direct", agreedReason = "Café" }, "goalId");

        using var bad = new StringContent("{\"goalId\": ", System.Text.Encoding.UTF8, "application/json");
        await (await worker.PostAsync(url, bad, Cancel)).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Empty(await fixture.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.OnwardReferrals.Where(r => r.EpisodeId == person.EpisodeId), Cancel)));
    }

    [Fact]
    public async Task Each_side_is_refused_the_other_side_s_steps_and_reasons_are_required()
    {
        var (person, goalId) = await fixture.CaseWithGoalAsync();
        var id = await fixture.ReferralAsync(person, goalId, fixture.DirectServiceId);
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var partner = await fixture.SignedInAsync(StaffRole.Partner);

        var answered = await (await worker.PostAsync($"/api/onward-referrals/{id}/accept", null, Cancel)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(answered.GetProperty("errors").TryGetProperty("actor", out _));
        var noReason = await (await partner.PostAsJsonAsync($"/api/partner/referrals/{id}/reject", new { }, Cancel)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("reason", out _));
        await (await partner.PostAsJsonAsync($"/api/partner/referrals/{id}/complete", new { }, Cancel)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        var rejected = await (await partner.PostAsJsonAsync($"/api/partner/referrals/{id}/reject", new { reason = "NoCapacity" }, Cancel)).JsonAsync();
        Assert.Equal("Rejected", rejected.GetProperty("status").GetString());
        Assert.Equal(OnwardReferralStatus.Rejected, (await fixture.LoadAsync(id)).Status);

        var cancelled = await worker.PostAsJsonAsync($"/api/onward-referrals/{id}/cancel", new { reason = "PersonDeclined" }, Cancel);
        await cancelled.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task A_signpost_is_recorded_by_the_link_worker_and_never_reaches_the_organisation()
    {
        var (person, goalId) = await fixture.CaseWithGoalAsync();
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var partner = await fixture.SignedInAsync(StaffRole.Partner);
        var made = await (await worker.PostAsJsonAsync($"/api/episodes/{person.EpisodeId}/onward-referrals", new
        {
            goalId,
            serviceId = fixture.SignpostServiceId,
            kind = "Signpost",
            agreedReason = "Gentle walks",
            send = false,
        }, Cancel)).JsonAsync();
        var id = made.GetProperty("id").GetGuid();
        Assert.Equal("Draft", made.GetProperty("status").GetString());

        foreach (var step in new[] { "send", "accept", "start", "complete" })
        {
            var response = await worker.PostAsync($"/api/onward-referrals/{id}/{step}", null, Cancel);
            Assert.True(response.IsSuccessStatusCode, $"{step}: {await response.TextAsync()}");
        }

        Assert.Equal(OnwardReferralStatus.Completed, (await fixture.LoadAsync(id)).Status);
        var inbox = await (await partner.GetAsync("/api/partner/referrals?pageSize=100", Cancel)).JsonAsync();
        Assert.DoesNotContain(inbox.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
        await (await partner.GetAsync($"/api/partner/referrals/{id}", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unmet_need_is_counted_by_need_district_and_month_without_anything_about_the_person()
    {
        var (person, goalId) = await fixture.CaseWithGoalAsync();
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var manager = await fixture.SignedInAsync(StaffRole.ServiceManager);

        var recorded = await worker.PostAsJsonAsync($"/api/episodes/{person.EpisodeId}/unmet-needs",
            new { need = "Bereavement", reason = "NoService", note = "No bereavement group in the evening" }, Cancel);
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        var gap = await recorded.JsonAsync();
        Assert.Equal(("LS6", "2026-11-01"), (gap.GetProperty("area").GetString(), gap.GetProperty("month").GetString()));

        var refused = await (await worker.PostAsJsonAsync($"/api/episodes/{person.EpisodeId}/unmet-needs",
            new { need = "Bereavement", reason = "NoService", note = "For LS6 2AB" }, Cancel)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(refused.GetProperty("errors").TryGetProperty("note", out _));

        var counts = await manager.GetAsync("/api/gaps", Cancel);
        var body = await counts.TextAsync();
        var row = Assert.Single((await counts.JsonAsync()).EnumerateArray(), c => c.GetProperty("need").GetString() == "Bereavement");
        Assert.Equal(("LS6", JsonValueKind.Null, true, "fewer than 5"), (row.GetProperty("area").GetString(), row.GetProperty("count").ValueKind,
            row.GetProperty("suppressed").GetBoolean(), row.GetProperty("shown").GetString()));
        Assert.DoesNotContain(person.FamilyName, body, StringComparison.Ordinal);
        Assert.DoesNotContain("2AB", body, StringComparison.Ordinal);
        Assert.DoesNotContain(person.PersonId.ToString(), body, StringComparison.Ordinal);

        var outsider = await fixture.SignedInAsync(fixture.OtherProviderManager);
        var theirs = await (await outsider.GetAsync("/api/gaps", Cancel)).JsonAsync();
        Assert.Equal(JsonValueKind.Array, theirs.ValueKind);
        Assert.Equal(0, theirs.GetArrayLength());
    }

    [Fact]
    public async Task The_caseload_summary_counts_each_episode_s_active_referrals_and_those_overdue_for_a_reply()
    {
        var (waiting, waitingGoal) = await fixture.CaseWithGoalAsync();
        var (quiet, quietGoal) = await fixture.CaseWithGoalAsync();
        var (none, _) = await fixture.CaseWithGoalAsync();
        var today = fixture.App.Clock.GetUtcNow();
        try
        {
            fixture.App.Clock.Set(today.AddDays(-28));
            await fixture.ReferralAsync(waiting, waitingGoal, fixture.DirectServiceId);
            await fixture.ReferralAsync(waiting, waitingGoal, fixture.SignpostServiceId, OnwardReferralKind.Signpost);
        }
        finally
        {
            fixture.App.Clock.Set(today);
        }

        await fixture.ReferralAsync(quiet, quietGoal, fixture.DirectServiceId);
        await fixture.ReferralAsync(quiet, quietGoal, fixture.DirectServiceId, send: false);

        var summaries = await fixture.App.WithScopeAsync(services => services.GetRequiredService<OnwardReferralQueries>()
            .SummariesForEpisodesAsync([waiting.EpisodeId, quiet.EpisodeId, none.EpisodeId], Cancel));
        static (int, int, int) Counts(EpisodeOnwardReferralSummary s) => (s.Active, s.Overdue, s.OnHold.Count);
        Assert.Equal((2, 1, 0), Counts(summaries[waiting.EpisodeId]));
        Assert.Equal((1, 0, 0), Counts(summaries[quiet.EpisodeId]));
        Assert.False(summaries.ContainsKey(none.EpisodeId));
    }
}
