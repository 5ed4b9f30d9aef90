using System.Net;
using Waymark.Domain.Episodes;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Tests.Admin;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.Contacts;

/// <summary>/episodes/{id}/discharge as a link worker uses it: the lost-contact evidence first, then the reason and summary.</summary>
public sealed class DischargePages(ContactsApp fixture) : IClassFixture<ContactsApp>
{
    private static readonly DateTimeOffset Start = new(2026, 9, 1, 9, 30, 0, TimeSpan.Zero);

    private async Task<(TestCase Person, HttpClient Worker, string Url)> StartAsync(EpisodeStatus stage = EpisodeStatus.Allocated)
    {
        fixture.App.Clock.Set(Start);
        var person = await fixture.CaseAsync(stage);
        fixture.App.Clock.Set(Start.AddDays(40));
        return (person, await fixture.SignedInAsync(StaffRole.LinkWorker), $"/episodes/{person.EpisodeId}/discharge");
    }

    private static Dictionary<string, string> Discharge(string reason, string summary) =>
        new() { ["Input.Reason"] = reason, ["Input.Summary"] = summary };

    [Fact]
    public async Task The_page_shows_what_has_been_tried_against_the_rule_and_every_reason()
    {
        var (person, worker, url) = await StartAsync();
        await ContactsApp.PostContactAsync(worker, person.EpisodeId, Start.AddDays(2), "Phone");
        await ContactsApp.PostContactAsync(worker, person.EpisodeId, Start.AddDays(6), "Phone");

        var page = await worker.GetPageAsync(url);

        Assert.Equal("Discharge", page.QuerySelector("h1")!.TextContent.Trim());
        var rows = page.QuerySelectorAll("#lost-contact tbody tr")
            .Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(["Attempts since last reached", "2", "3", "Not met"], rows[0]);
        Assert.Equal(["Ways of contact", "1 (phone)", "2", "Not met"], rows[1]);
        Assert.Equal(["Days from first to last attempt", "4", "14", "Not met"], rows[2]);
        Assert.NotNull(page.GetElementById("lost-contact-missing"));
        Assert.Equal(
            ["Goals achieved", "Connected to community support", "The person chose to end their support", "Lost contact", "Moved away",
                "Needs met by another service", "Died", "Other"],
            page.QuerySelectorAll("input[name='Input.Reason'] + label").Select(l => l.TextContent.Trim()));
        Assert.NotNull(page.GetElementById("Input_Summary"));
    }

    [Fact]
    public async Task Lost_contact_without_enough_attempts_is_refused_with_the_rule_in_the_error_summary()
    {
        var (person, worker, url) = await StartAsync();
        await ContactsApp.PostContactAsync(worker, person.EpisodeId, Start.AddDays(2), "Phone");

        var page = await Html.ParseAsync(await worker.PostFormAsync(url, Discharge("LostContact", "Could not reach them")));

        var message = Assert.Single(page.ErrorSummary());
        Assert.StartsWith("Record at least 3 attempts to contact the person over at least 2 ways of contact across at least 14 days", message, StringComparison.Ordinal);
        Assert.Equal(message, page.FieldError("Input_Reason"));
        Assert.Equal(["LostContact"], page.CheckedValues("Input.Reason"));
        Assert.Equal("Could not reach them", page.GetElementById("Input_Summary")!.TextContent);
        Assert.Equal(EpisodeStatus.Allocated, (await fixture.EpisodeAsync(person.EpisodeId)).Status);
    }

    [Fact]
    public async Task A_reason_and_a_summary_are_both_asked_for()
    {
        var (person, worker, url) = await StartAsync(EpisodeStatus.Active);

        var noReason = await Html.ParseAsync(await worker.PostFormAsync(url, Discharge("", "Some words")));
        Assert.Equal(["Select the reason for discharge"], noReason.ErrorSummary());

        var noSummary = await Html.ParseAsync(await worker.PostFormAsync(url, Discharge("GoalsAchieved", "")));
        Assert.Equal(["Enter a summary for the referrer and GP"], noSummary.ErrorSummary());
        Assert.Equal("Enter a summary for the referrer and GP", noSummary.FieldError("Input_Summary"));
        Assert.Equal(EpisodeStatus.Active, (await fixture.EpisodeAsync(person.EpisodeId)).Status);
    }

    [Fact]
    public async Task After_discharge_the_page_confirms_it_and_says_the_door_stays_open()
    {
        var (person, worker, url) = await StartAsync(EpisodeStatus.Active);

        var page = await worker.FollowAsync(await worker.PostFormAsync(url, Discharge("GoalsAchieved", "Walks with the group every Tuesday")), url);

        Assert.Equal("Discharged. The summary is ready for the referrer and GP.", page.Banner());
        Assert.Contains("Goals achieved", page.GetElementById("discharge")!.TextContent);
        Assert.Contains("Walks with the group every Tuesday", page.GetElementById("discharge")!.TextContent);
        Assert.Contains("referred again", page.GetElementById("door-open")!.TextContent);
        Assert.Null(page.GetElementById("Input_Reason"));
        Assert.Equal(EpisodeStatus.Discharged, (await fixture.EpisodeAsync(person.EpisodeId)).Status);
    }

    [Fact]
    public async Task Before_support_begins_the_person_declining_can_be_recorded()
    {
        var (person, worker, url) = await StartAsync();

        var form = await worker.GetPageAsync(url);
        Assert.NotNull(form.GetElementById("DeclinedReason"));
        var page = await worker.FollowAsync(
            await worker.PostFormAsync($"{url}?handler=Declined", new Dictionary<string, string> { ["DeclinedReason"] = "Feels better now" }, url), url);

        Assert.Equal("Recorded that the person declined. The episode has ended.", page.Banner());
        Assert.NotNull(page.GetElementById("door-open"));
        var episode = await fixture.EpisodeAsync(person.EpisodeId);
        Assert.Equal((EpisodeStatus.PersonDeclined, "Feels better now"), (episode.Status, episode.PersonDeclinedReason));
    }

    [Fact]
    public async Task Once_support_has_begun_declining_is_not_offered()
    {
        var (_, worker, url) = await StartAsync(EpisodeStatus.Active);

        Assert.Null((await worker.GetPageAsync(url)).GetElementById("DeclinedReason"));
    }

    [Fact]
    public async Task Only_link_workers_of_the_team_open_the_page()
    {
        var (person, _, url) = await StartAsync(EpisodeStatus.Active);
        var reads = await fixture.ReadsOfAsync(person.PersonId);

        var stranger = await fixture.SignedInAsync(fixture.OtherTeamWorker);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(url, TestContext.Current.CancellationToken)).StatusCode);
        foreach (var role in new[] { StaffRole.ServiceManager, StaffRole.Referrer, StaffRole.Partner, StaffRole.Commissioner, StaffRole.Administrator })
        {
            var response = await (await fixture.SignedInAsync(role)).GetAsync(url, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/error/403", response.RedirectTarget().AbsolutePath);
        }

        Assert.Equal(reads, await fixture.ReadsOfAsync(person.PersonId));
        var senior = await fixture.SignedInAsync(StaffRole.SeniorLinkWorker);
        Assert.Equal(HttpStatusCode.OK, (await senior.GetAsync(url, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(reads + 1, await fixture.ReadsOfAsync(person.PersonId));
    }
}
