using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Domain.Episodes;
using Waymark.Domain.Referrals;
using Waymark.Domain.Staff;
using Waymark.Web.Tests.Admin;
using Waymark.Web.Tests.Api;
using Waymark.Web.Tests.Infrastructure;
using Waymark.Web.Tests.People;

namespace Waymark.Web.Tests.Record;

/// <summary>/episodes/{id} and GET /api/episodes/{id}: an episode as a whole, with names, audited once per view.</summary>
public sealed class EpisodeOverviewPage(PeopleApp fixture) : IClassFixture<PeopleApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Shows_the_referral_triage_link_workers_discharge_and_coded_events()
    {
        var journey = await fixture.WholeJourneyAsync();
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var page = await client.GetPageAsync($"/episodes/{journey.EpisodeId}");

        Assert.Equal("Overview", page.QuerySelector(".nhsuk-contents-list__current")?.TextContent.Trim());
        var referral = page.GetElementById("referral")!.TextContent;
        Assert.Contains("GP practice", referral, StringComparison.Ordinal);
        Assert.Contains("Test Referrer, Riverside Medical Centre", referral, StringComparison.Ordinal);
        Assert.Contains(Journeys.ReferralWords, referral, StringComparison.Ordinal);
        Assert.Contains("Physical activity", referral, StringComparison.Ordinal);
        Assert.Contains("Soon", referral, StringComparison.Ordinal);
        Assert.Contains("Lives alone; daughter in Leeds", referral, StringComparison.Ordinal);
        var triage = page.GetElementById("triage")!.TextContent;
        Assert.Contains("Accepted onto the waiting list", triage, StringComparison.Ordinal);
        Assert.Contains("Test Senior link worker", triage, StringComparison.Ordinal);
        Assert.Contains("Isolated and keen to start", triage, StringComparison.Ordinal);
        var allocations = page.QuerySelectorAll("#allocations tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, allocations.Count);
        Assert.Contains("Test Link worker", allocations[0], StringComparison.Ordinal);
        Assert.Contains("First allocation", allocations[0], StringComparison.Ordinal);
        Assert.Contains("Test Senior link worker", allocations[1], StringComparison.Ordinal);
        Assert.Contains(Journeys.HandoverReason, allocations[1], StringComparison.Ordinal);
        var discharge = page.GetElementById("discharge")!.TextContent;
        Assert.Contains("Goals achieved", discharge, StringComparison.Ordinal);
        Assert.Contains(Journeys.DischargeSummary, discharge, StringComparison.Ordinal);
        var coded = Assert.Single(page.QuerySelectorAll("#coded-events tbody tr"));
        Assert.Contains("871731000000106", coded.TextContent, StringComparison.Ordinal);
        Assert.Contains("Referral to social prescribing service", coded.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_declined_referral_shows_why_and_that_it_was_never_allocated()
    {
        var person = await fixture.CaseAsync(fixture.Data.TeamId, EpisodeStatus.Declined);
        var client = await fixture.SignedInAsync(StaffRole.SeniorLinkWorker);

        var page = await client.GetPageAsync($"/episodes/{person.EpisodeId}");

        var triage = page.GetElementById("triage")!.TextContent;
        Assert.Contains("Declined as not appropriate", triage, StringComparison.Ordinal);
        Assert.Contains("Outside the area", triage, StringComparison.Ordinal);
        Assert.Contains("Lives outside the area we cover", triage, StringComparison.Ordinal);
        Assert.Equal("Not allocated to a link worker yet.", page.GetElementById("allocations")?.TextContent.Trim());
        Assert.Equal("No coded events yet.", page.GetElementById("coded-events")?.TextContent.Trim());
    }

    [Fact]
    public async Task When_the_person_declined_it_says_so_with_their_reason_and_the_declined_code()
    {
        var person = await fixture.CaseAsync(fixture.Data.TeamId, EpisodeStatus.PersonDeclined);
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var page = await client.GetPageAsync($"/episodes/{person.EpisodeId}");

        Assert.Contains("Does not want support at the moment", page.GetElementById("person-declined")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("871711000000103", page.GetElementById("coded-events")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Social prescribing declined", page.GetElementById("coded-events")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_re_referral_links_to_the_previous_episode()
    {
        var journey = await fixture.WholeJourneyAsync();
        var again = await fixture.App.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var previous = await db.Episodes.FindAsync([journey.EpisodeId], Cancel);
            var referral = Referral.SelfReferral(journey.PersonId, [ReferralNeed.Of(NeedCategory.Bereavement)], Urgency.Routine, fixture.App.Clock.GetUtcNow());
            var episode = Episode.ReReferral(previous!, referral.Id, null, fixture.Data.TeamId, fixture.App.Clock.GetUtcNow());
            db.AddRange(referral, episode);
            await db.SaveChangesAsync(Cancel);
            return episode.Id;
        });
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var page = await client.GetPageAsync($"/episodes/{again}");

        Assert.Equal($"/episodes/{journey.EpisodeId}", page.QuerySelector("#previous-episode a")?.GetAttribute("href"));
        Assert.Contains("Self-referral", page.GetElementById("referral")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The person themselves", page.GetElementById("referral")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_answers_the_whole_episode_with_names()
    {
        var journey = await fixture.WholeJourneyAsync();
        var client = await fixture.SignedInAsync(StaffRole.ServiceManager);

        var response = await client.GetAsync($"/api/episodes/{journey.EpisodeId}", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var episode = await response.JsonAsync();
        Assert.Equal("Discharged", episode.GetProperty("status").GetString());
        Assert.Equal("North team", episode.GetProperty("teamName").GetString());
        var referral = episode.GetProperty("referral");
        Assert.Equal("Practice", referral.GetProperty("source").GetString());
        Assert.Equal("Test Referrer", referral.GetProperty("referrerName").GetString());
        Assert.Equal("Riverside Medical Centre", referral.GetProperty("referringOrganisationName").GetString());
        Assert.Equal("Soon", referral.GetProperty("urgency").GetString());
        Assert.True(referral.GetProperty("personAgreed").GetBoolean());
        Assert.Equal(Journeys.ReferralWords, referral.GetProperty("needs")[0].GetProperty("inTheirWords").GetString());
        var triage = episode.GetProperty("triage");
        Assert.Equal("Accepted", triage.GetProperty("outcome").GetString());
        Assert.Equal("Soon", triage.GetProperty("priority").GetString());
        Assert.Equal("Test Senior link worker", triage.GetProperty("byName").GetString());
        var allocations = episode.GetProperty("allocations").EnumerateArray().ToList();
        Assert.Equal(["Test Link worker", "Test Senior link worker"], allocations.Select(a => a.GetProperty("workerName").GetString()));
        Assert.Equal(Journeys.HandoverReason, allocations[1].GetProperty("reason").GetString());
        Assert.Equal("Standard", episode.GetProperty("intensity").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.String, JsonValueKindOf(episode, "firstContactAt"));
        Assert.Equal("GoalsAchieved", episode.GetProperty("discharge").GetProperty("reason").GetString());
        Assert.Equal("871731000000106", Assert.Single(episode.GetProperty("codedEvents").EnumerateArray()).GetProperty("snomedCode").GetString());
    }

    [Fact]
    public async Task Each_view_of_the_page_or_the_api_is_audited_once()
    {
        var person = await fixture.CaseAsync(fixture.Data.TeamId, EpisodeStatus.Active);
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        await client.GetPageAsync($"/episodes/{person.EpisodeId}");
        Assert.Single(await fixture.App.ReadsOfAsync(person.PersonId));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/episodes/{person.EpisodeId}", Cancel)).StatusCode);
        Assert.Equal(2, (await fixture.App.ReadsOfAsync(person.PersonId)).Count);
    }

    [Fact]
    public async Task An_episode_out_of_scope_or_unknown_is_not_found()
    {
        var person = await fixture.CaseAsync(fixture.OtherProviderTeamId, EpisodeStatus.Referred);
        var client = await fixture.SignedInAsync(StaffRole.ServiceManager);

        await (await client.GetAsync($"/api/episodes/{person.EpisodeId}", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/api/episodes/{Guid.NewGuid()}", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/episodes/{person.EpisodeId}", Cancel)).StatusCode);
    }

    private static System.Text.Json.JsonValueKind JsonValueKindOf(System.Text.Json.JsonElement element, string property) =>
        element.GetProperty(property).ValueKind;
}
