using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Domain.Contacts;
using Waymark.Domain.Episodes;
using Waymark.Domain.People;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Tests.Admin;
using Waymark.Web.Tests.People;

namespace Waymark.Web.Tests.Record;

/// <summary>/people (search) and /people/{id} (the record): what a case worker sees, and that each view is audited.</summary>
public sealed class PersonPages(PeopleApp fixture) : IClassFixture<PeopleApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Searching_people_finds_by_name_or_NHS_number_and_links_each_record()
    {
        var tag = $"Searchable{fixture.Next()}";
        var nhsNumber = TestOrganisations.NewNhsNumber();
        var mine = await fixture.CaseAsync(fixture.Data.TeamId, EpisodeStatus.Waiting, $"{tag}a", nhsNumber);
        await fixture.CaseAsync(fixture.Data.TeamId, EpisodeStatus.Referred, $"{tag}b");
        await fixture.CaseAsync(fixture.OtherTeamId, EpisodeStatus.Referred, $"{tag}c");
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var byName = await client.GetPageAsync($"/people?search={tag.ToLowerInvariant()}");
        Assert.Equal([$"{tag}a, Sam", $"{tag}b, Sam"], byName.Rows().Select(r => r[0]));
        Assert.Equal($"/people/{mine.PersonId}", byName.QuerySelector("tbody a")?.GetAttribute("href"));
        Assert.Equal($"{nhsNumber[..3]} {nhsNumber[3..6]} {nhsNumber[6..]}", byName.Row($"{tag}a, Sam")[1]);

        var byNumber = await client.GetPageAsync($"/people?search={nhsNumber}");
        Assert.Equal([$"{tag}a, Sam"], byNumber.Rows().Select(r => r[0]));
    }

    [Fact]
    public async Task A_search_that_finds_nobody_says_so_and_how_to_fix_it()
    {
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var page = await client.GetPageAsync("/people?search=Nobodyhasthisname");

        Assert.Empty(page.Rows());
        Assert.Contains("No people match your search", page.GetElementById("no-people")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_record_shows_details_communication_needs_risks_and_episodes()
    {
        var person = await fixture.CaseAsync(fixture.Data.TeamId, EpisodeStatus.Active, $"Record{fixture.Next()}");
        await fixture.App.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var record = await db.People.FindAsync([person.PersonId], Cancel);
            record!.ChangeRisks([RiskFlag.LoneWorkingCaution], "Dog at the property");
            record.ChangeLongTermConditions([LongTermCondition.Type2Diabetes, LongTermCondition.Copd]);
            record.ChangeAddress("1 Mill Lane", null, "Northfield", "ls1 1ur");
            record.ChangeArea("E01000001", 2);
            record.ChangeCommunicationNeeds(CommunicationNeeds.Create("Polish", true, [ContactMode.Phone, ContactMode.Letter], "Mornings",
                false, true, true, HearingNeeds.HearingLoop, SightNeeds.PartiallySighted, DigitalAccess.PhoneOnly));
            await db.SaveChangesAsync(Cancel);
        });
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var page = await client.GetPageAsync($"/people/{person.PersonId}");

        var risks = page.GetElementById("risks")!.TextContent;
        Assert.Contains("Lone working caution", risks, StringComparison.Ordinal);
        Assert.Contains("Dog at the property", risks, StringComparison.Ordinal);
        var needs = page.GetElementById("communication-needs")!.TextContent;
        Assert.Contains("Needs an interpreter: Polish", needs, StringComparison.Ordinal);
        Assert.Contains("Phone, Letter", needs, StringComparison.Ordinal);
        Assert.Contains("Cannot read letters in English; needs easy read; needs large print", needs, StringComparison.Ordinal);
        Assert.Contains("Needs a hearing loop", needs, StringComparison.Ordinal);
        Assert.Contains("Partially sighted", needs, StringComparison.Ordinal);
        Assert.Contains("Phone only", needs, StringComparison.Ordinal);
        var details = page.GetElementById("details")!.TextContent;
        Assert.Contains("14 March 1958", details, StringComparison.Ordinal);
        Assert.Contains("Type 2 diabetes, COPD", details, StringComparison.Ordinal);
        Assert.Contains("LS1 1UR", details, StringComparison.Ordinal);
        Assert.Contains("E01000001", details, StringComparison.Ordinal);
        Assert.Contains("Riverside Medical Centre", details, StringComparison.Ordinal);
        var episode = Assert.Single(page.Rows());
        Assert.Equal("North team", episode[0]);
        Assert.Equal("active", episode[1]);
        Assert.Equal($"/episodes/{person.EpisodeId}", page.QuerySelector("#episodes tbody a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Another_teams_episode_is_listed_with_its_team_and_status_only()
    {
        var person = await fixture.CaseAsync(fixture.Data.TeamId, EpisodeStatus.Discharged, $"TwoTeams{fixture.Next()}");
        var elsewhere = await fixture.App.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var referral = Domain.Referrals.Referral.SelfReferral(person.PersonId,
                [Domain.Referrals.ReferralNeed.Of(Domain.Referrals.NeedCategory.Debt)], Domain.Referrals.Urgency.Routine, fixture.App.Clock.GetUtcNow());
            var episode = Episode.Open(person.PersonId, referral.Id, null, fixture.OtherTeamId, fixture.App.Clock.GetUtcNow());
            db.AddRange(referral, episode);
            await db.SaveChangesAsync(Cancel);
            return episode.Id;
        });
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var page = await client.GetPageAsync($"/people/{person.PersonId}");

        var south = page.Row("South team");
        Assert.Equal("referred and waiting for triage", south[1]);
        Assert.Contains("Another team's episode", south[2], StringComparison.Ordinal);
        Assert.DoesNotContain(elsewhere.ToString(), page.Source.Text, StringComparison.Ordinal);
        Assert.Equal(2, page.Rows().Count);
    }

    [Fact]
    public async Task A_person_without_an_NHS_number_shows_not_known_with_a_link_to_add_one()
    {
        var person = await fixture.CaseAsync(fixture.OtherTeamId, EpisodeStatus.Referred, $"NoNumber{fixture.Next()}");
        var client = await fixture.SignedInAsync(fixture.OtherTeamWorker);

        var page = await client.GetPageAsync($"/people/{person.PersonId}");

        Assert.Contains("Not known", page.GetElementById("details")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/people/{person.PersonId}/edit#Input_NhsNumber", page.QuerySelector("#details a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task A_service_manager_sees_the_record_without_links_to_change_it()
    {
        var person = await fixture.CaseAsync(fixture.Data.TeamId, EpisodeStatus.Waiting);
        var client = await fixture.SignedInAsync(StaffRole.ServiceManager);

        var page = await client.GetPageAsync($"/people/{person.PersonId}");

        Assert.DoesNotContain(page.QuerySelectorAll("a"), a => a.GetAttribute("href")?.EndsWith("/edit", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Each_view_of_the_record_is_audited_once_naming_the_viewer()
    {
        var person = await fixture.CaseAsync(fixture.Data.TeamId, EpisodeStatus.Waiting);
        var client = await fixture.SignedInAsync(StaffRole.SeniorLinkWorker);

        await client.GetPageAsync($"/people/{person.PersonId}");

        var read = Assert.Single(await fixture.App.ReadsOfAsync(person.PersonId));
        Assert.Equal(fixture.Data.User(StaffRole.SeniorLinkWorker).Id.ToString(), read.ActorId);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/people/{person.PersonId}", Cancel)).StatusCode);
        Assert.Equal(2, (await fixture.App.ReadsOfAsync(person.PersonId)).Count);
    }

    [Fact]
    public async Task The_header_links_case_workers_to_people()
    {
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var page = await client.GetPageAsync("/people");

        Assert.Contains(page.QuerySelectorAll(".nhsuk-header__navigation-link"), a => a.GetAttribute("href") == "/people" && a.TextContent.Trim() == "People");
    }
}
