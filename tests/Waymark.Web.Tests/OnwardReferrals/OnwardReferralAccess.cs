using System.Net;
using System.Net.Http.Json;
using Waymark.Domain.OnwardReferrals;
using Waymark.Domain.Staff;
using Waymark.Web.Tests.Api;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.OnwardReferrals;

/// <summary>
/// Who sees which onward referral: a partner only its own organisation's direct referrals and only what is shared;
/// link workers of another team and managers of another provider nothing (404); referrers, commissioners and
/// administrators never reach referral pages (403). Reads of a person's details are audited.
/// </summary>
public sealed class OnwardReferralAccess(OnwardApp fixture) : IClassFixture<OnwardApp>
{
    private const string GoalWords = "Talk to someone about my husband's illness";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_partner_never_sees_another_organisation_s_referral_nor_the_person_behind_it()
    {
        var (person, goalId) = await fixture.CaseWithGoalAsync(goal: GoalWords);
        var ours = await fixture.ReferralAsync(person, goalId, fixture.DirectServiceId);
        var theirs = await fixture.ReferralAsync(person, goalId, fixture.OtherOrganisationServiceId, reason: "Help with rent arrears");
        var other = await fixture.SignedInAsync(fixture.OtherPartner);
        var reads = await fixture.ReadsOfAsync(person.PersonId);

        var inbox = await other.GetAsync("/api/partner/referrals", Cancel);
        var ids = (await inbox.JsonAsync()).GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ToList();
        Assert.Equal([theirs], ids);
        await (await other.GetAsync($"/api/partner/referrals/{ours}", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await other.PostAsync($"/api/partner/referrals/{ours}/accept", null, Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/partner/referrals/{ours}", Cancel)).StatusCode);
        var inboxPage = await (await other.GetAsync("/partner", Cancel)).TextAsync();
        Assert.Contains("Debt advice drop-in", inboxPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Carers&#x27; caf", inboxPage, StringComparison.Ordinal);
        Assert.Equal(OnwardReferralStatus.Requested, (await fixture.LoadAsync(ours)).Status);
        Assert.Equal(reads, await fixture.ReadsOfAsync(person.PersonId));

        // The partner's own organisation: seen, and the read of the person's details audited.
        var partner = await fixture.SignedInAsync(StaffRole.Partner);
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync($"/partner/referrals/{ours}", Cancel)).StatusCode);
        Assert.Equal(reads + 1, await fixture.ReadsOfAsync(person.PersonId));
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/partner/referrals/{theirs}", Cancel)).StatusCode);
    }

    [Fact]
    public async Task A_partner_sees_only_the_minimum_unless_the_person_consented_to_more()
    {
        var (person, goalId) = await fixture.CaseWithGoalAsync(goal: GoalWords);
        var minimum = await fixture.ReferralAsync(person, goalId, fixture.DirectServiceId);
        var consent = SharingConsent.Record(SharedDataItems.Address, fixture.Worker.Id, fixture.App.Clock.GetUtcNow());
        var more = await fixture.ReferralAsync(person, goalId, fixture.DirectServiceId, shared: SharedData.Create(SharedDataItems.Address, consent));
        var partner = await fixture.SignedInAsync(StaffRole.Partner);

        var page = await (await partner.GetAsync($"/partner/referrals/{minimum}", Cancel)).TextAsync();
        Assert.Contains(person.FamilyName, page, StringComparison.Ordinal);
        Assert.Contains("07700 900123", page, StringComparison.Ordinal);
        Assert.Contains("Would like to meet other carers", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Mill Lane", page, StringComparison.Ordinal);
        Assert.DoesNotContain("husband", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Date of birth", page, StringComparison.Ordinal);
        var json = await (await partner.GetAsync($"/api/partner/referrals/{minimum}", Cancel)).TextAsync();
        Assert.DoesNotContain("Mill Lane", json, StringComparison.Ordinal);
        Assert.DoesNotContain("husband", json, StringComparison.Ordinal);
        Assert.DoesNotContain(person.EpisodeId.ToString(), json, StringComparison.Ordinal);

        var shared = await (await partner.GetAsync($"/partner/referrals/{more}", Cancel)).TextAsync();
        Assert.Contains("Mill Lane", shared, StringComparison.Ordinal);
        Assert.DoesNotContain("Date of birth", shared, StringComparison.Ordinal);
        Assert.DoesNotContain("husband", shared, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_workers_of_another_team_and_managers_of_another_provider_find_nothing()
    {
        var (person, goalId) = await fixture.CaseWithGoalAsync(goal: GoalWords);
        var id = await fixture.ReferralAsync(person, goalId, fixture.DirectServiceId);
        var reads = await fixture.ReadsOfAsync(person.PersonId);
        foreach (var outsider in new[] { fixture.OtherTeamWorker, fixture.OtherProviderManager })
        {
            var client = await fixture.SignedInAsync(outsider);
            foreach (var url in new[]
            {
                $"/api/onward-referrals/{id}", $"/api/episodes/{person.EpisodeId}/onward-referrals", $"/episodes/{person.EpisodeId}/onward-referrals/{id}",
            })
            {
                var response = await client.GetAsync(url, Cancel);
                Assert.True(HttpStatusCode.NotFound == response.StatusCode, $"{outsider.Email} {url}: {(int)response.StatusCode}");
                Assert.DoesNotContain("Would like to meet", await response.TextAsync(), StringComparison.Ordinal);
            }
        }

        var otherWorker = await fixture.SignedInAsync(fixture.OtherTeamWorker);
        await (await otherWorker.PostAsync($"/api/onward-referrals/{id}/cancel", JsonContent.Create(new { reason = "Other", reasonText = "x" }), Cancel))
            .AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await otherWorker.GetAsync($"/episodes/{person.EpisodeId}/onward-referrals/new", Cancel)).StatusCode);
        Assert.Equal(reads, await fixture.ReadsOfAsync(person.PersonId));
        Assert.Equal(OnwardReferralStatus.Requested, (await fixture.LoadAsync(id)).Status);
    }

    [Fact]
    public async Task Referrers_commissioners_administrators_and_partners_cannot_reach_the_link_worker_s_referral_pages()
    {
        var (person, goalId) = await fixture.CaseWithGoalAsync(goal: GoalWords);
        var id = await fixture.ReferralAsync(person, goalId, fixture.DirectServiceId);
        foreach (var role in new[] { StaffRole.Referrer, StaffRole.Commissioner, StaffRole.Administrator, StaffRole.Partner })
        {
            var client = await fixture.SignedInAsync(role);
            foreach (var url in new[]
            {
                $"/episodes/{person.EpisodeId}/onward-referrals/{id}", $"/episodes/{person.EpisodeId}/onward-referrals/new",
                $"/episodes/{person.EpisodeId}/unmet-needs/new", $"/api/onward-referrals/{id}", $"/api/episodes/{person.EpisodeId}/onward-referrals",
            })
            {
                var response = await client.GetAsync(url, Cancel);
                var refused = url.StartsWith("/api/", StringComparison.Ordinal)
                    ? response.StatusCode == HttpStatusCode.Forbidden
                    : response.StatusCode == HttpStatusCode.Redirect && response.RedirectTarget().AbsolutePath == "/error/403";
                Assert.True(refused, $"{role} {url}: {(int)response.StatusCode}");
                var text = await response.TextAsync();
                Assert.DoesNotContain(person.FamilyName, text, StringComparison.Ordinal);
                Assert.DoesNotContain("husband", text, StringComparison.Ordinal);
            }
        }

        foreach (var role in new[] { StaffRole.LinkWorker, StaffRole.Referrer, StaffRole.Commissioner })
        {
            var client = await fixture.SignedInAsync(role);
            Assert.Equal("/error/403", (await client.GetAsync("/partner", Cancel)).RedirectTarget().AbsolutePath);
            Assert.Equal("/error/403", (await client.GetAsync($"/partner/referrals/{id}", Cancel)).RedirectTarget().AbsolutePath);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/partner/referrals", Cancel)).StatusCode);
        }
    }

    [Fact]
    public async Task Reading_a_referral_is_audited_as_a_read_of_the_person()
    {
        var (person, goalId) = await fixture.CaseWithGoalAsync();
        var id = await fixture.ReferralAsync(person, goalId, fixture.DirectServiceId);
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var partner = await fixture.SignedInAsync(StaffRole.Partner);
        var before = await fixture.ReadsOfAsync(person.PersonId);

        Assert.Equal(HttpStatusCode.OK, (await worker.GetAsync($"/api/onward-referrals/{id}", Cancel)).StatusCode);
        Assert.Equal(before + 1, await fixture.ReadsOfAsync(person.PersonId));
        Assert.Equal(HttpStatusCode.OK, (await worker.GetAsync($"/api/episodes/{person.EpisodeId}/onward-referrals", Cancel)).StatusCode);
        Assert.Equal(before + 2, await fixture.ReadsOfAsync(person.PersonId));
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync($"/api/partner/referrals/{id}", Cancel)).StatusCode);
        Assert.Equal(before + 3, await fixture.ReadsOfAsync(person.PersonId));
    }
}
