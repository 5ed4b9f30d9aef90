using System.Net;
using System.Net.Http.Json;
using Waymark.Domain.Episodes;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Tests.Admin;
using Waymark.Web.Tests.Api;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.Contacts;

/// <summary>
/// Who sees and records contacts (issue 3, "who sees what"): link workers of the person's team record and read;
/// service managers of the provider only read (they oversee, they do not hold caseloads); everyone else is refused,
/// and nobody outside the rule ever gets the notes. Out of scope is 404; every read is audited.
/// </summary>
public sealed class ContactsAccess(ContactsApp fixture) : IClassFixture<ContactsApp>
{
    private const string Note = "Confided about money worries";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<Guid> EpisodeWithNoteAsync()
    {
        var person = await fixture.CaseAsync(EpisodeStatus.Active);
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var response = await ContactsApp.PostContactAsync(worker, person.EpisodeId, fixture.App.Clock.GetUtcNow().AddMinutes(-10), "Phone", "Reached", 20, Note);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return person.EpisodeId;
    }

    [Fact]
    public async Task A_senior_link_worker_of_the_team_reads_and_records_contacts()
    {
        var episodeId = await EpisodeWithNoteAsync();
        var senior = await fixture.SignedInAsync(StaffRole.SeniorLinkWorker);

        Assert.Contains(Note, await (await senior.GetAsync($"/api/episodes/{episodeId}/contacts", Cancel)).TextAsync());
        Assert.Equal(HttpStatusCode.Created,
            (await ContactsApp.PostContactAsync(senior, episodeId, fixture.App.Clock.GetUtcNow().AddMinutes(-1), "Email", "Attempted")).StatusCode);
        Assert.Equal(HttpStatusCode.OK,
            (await senior.PutAsJsonAsync($"/api/episodes/{episodeId}/contact-plan", new { frequencyDays = 7 }, Cancel)).StatusCode);
        Assert.Contains(Note, (await senior.GetPageAsync($"/episodes/{episodeId}/contacts")).Body!.TextContent);
    }

    [Fact]
    public async Task A_link_worker_of_another_team_gets_not_found_everywhere()
    {
        var episodeId = await EpisodeWithNoteAsync();
        var stranger = await fixture.SignedInAsync(fixture.OtherTeamWorker);
        var before = await fixture.ContactCountAsync(episodeId);

        await (await stranger.GetAsync($"/api/episodes/{episodeId}/contacts", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.GetAsync($"/api/episodes/{episodeId}/contact-plan", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await ContactsApp.PostContactAsync(stranger, episodeId, fixture.App.Clock.GetUtcNow().AddMinutes(-1))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.PutAsJsonAsync($"/api/episodes/{episodeId}/contact-plan", new { frequencyDays = 7 }, Cancel))
            .AssertProblemAsync(HttpStatusCode.NotFound);
        var page = await stranger.GetAsync($"/episodes/{episodeId}/contacts", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.DoesNotContain(Note, await page.TextAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/episodes/{episodeId}/contacts/plan", Cancel)).StatusCode);
        Assert.Equal(before, await fixture.ContactCountAsync(episodeId));
    }

    [Fact]
    public async Task A_service_manager_reads_contacts_and_the_plan_but_cannot_record_or_change_them()
    {
        var episodeId = await EpisodeWithNoteAsync();
        var manager = await fixture.SignedInAsync(StaffRole.ServiceManager);
        var before = await fixture.ContactCountAsync(episodeId);

        Assert.Contains(Note, await (await manager.GetAsync($"/api/episodes/{episodeId}/contacts", Cancel)).TextAsync());
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/api/episodes/{episodeId}/contact-plan", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await ContactsApp.PostContactAsync(manager, episodeId, fixture.App.Clock.GetUtcNow().AddMinutes(-1))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await manager.PutAsJsonAsync($"/api/episodes/{episodeId}/contact-plan", new { frequencyDays = 7 }, Cancel)).StatusCode);

        var page = await manager.GetPageAsync($"/episodes/{episodeId}/contacts");
        Assert.Contains(Note, page.Body!.TextContent);
        Assert.Null(page.QuerySelector("form[method='post'] #Input_Mode"));
        Assert.Null(page.QuerySelector("a[href$='/contacts/plan']"));
        var post = await manager.PostFormAsync($"/episodes/{episodeId}/contacts", new Dictionary<string, string>
        {
            ["Input.Date"] = "2026-11-01",
            ["Input.Time"] = "10:00",
            ["Input.Mode"] = "Phone",
            ["Input.Outcome"] = "Reached",
        });
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal("/error/403", post.RedirectTarget().AbsolutePath);
        Assert.Equal(HttpStatusCode.Redirect, (await manager.GetAsync($"/episodes/{episodeId}/contacts/plan", Cancel)).StatusCode);
        Assert.Equal(before, await fixture.ContactCountAsync(episodeId));
    }

    [Fact]
    public async Task A_service_manager_of_another_provider_gets_not_found()
    {
        var episodeId = await EpisodeWithNoteAsync();
        var manager = await fixture.SignedInAsync(fixture.OtherProviderManager);

        await (await manager.GetAsync($"/api/episodes/{episodeId}/contacts", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/episodes/{episodeId}/contacts", Cancel)).StatusCode);
    }

    [Theory]
    [InlineData(StaffRole.Referrer)]
    [InlineData(StaffRole.Partner)]
    [InlineData(StaffRole.Commissioner)]
    [InlineData(StaffRole.Administrator)]
    public async Task Other_roles_are_refused_and_never_see_the_notes(StaffRole role)
    {
        var episodeId = await EpisodeWithNoteAsync();
        var client = await fixture.SignedInAsync(role);
        var person = (await fixture.EpisodeAsync(episodeId)).PersonId;
        var reads = await fixture.ReadsOfAsync(person);

        foreach (var url in new[] { $"/api/episodes/{episodeId}/contacts", $"/api/episodes/{episodeId}/contact-plan" })
        {
            var response = await client.GetAsync(url, Cancel);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.DoesNotContain(Note, await response.TextAsync());
        }

        Assert.Equal(HttpStatusCode.Forbidden,
            (await ContactsApp.PostContactAsync(client, episodeId, fixture.App.Clock.GetUtcNow().AddMinutes(-1))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await client.PutAsJsonAsync($"/api/episodes/{episodeId}/contact-plan", new { frequencyDays = 7 }, Cancel)).StatusCode);
        foreach (var url in new[] { $"/episodes/{episodeId}/contacts", $"/episodes/{episodeId}/contacts/plan" })
        {
            var page = await client.GetAsync(url, Cancel);
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.Equal("/error/403", page.RedirectTarget().AbsolutePath);
            Assert.DoesNotContain(Note, await page.TextAsync());
        }

        Assert.Equal(reads, await fixture.ReadsOfAsync(person));
    }

    [Fact]
    public async Task Strangers_are_sent_to_sign_in_and_the_API_answers_401()
    {
        var episodeId = await EpisodeWithNoteAsync();
        using var anonymous = fixture.App.CreateBrowserLikeClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/episodes/{episodeId}/contacts", Cancel)).StatusCode);
        var page = await anonymous.GetAsync($"/episodes/{episodeId}/contacts", Cancel);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/sign-in", page.RedirectTarget().AbsolutePath);
    }

    [Theory]
    [InlineData(StaffRole.LinkWorker)]
    [InlineData(StaffRole.ServiceManager)]
    public async Task Each_read_of_contacts_or_the_plan_is_audited_once_against_the_person(StaffRole role)
    {
        var episodeId = await EpisodeWithNoteAsync();
        var person = (await fixture.EpisodeAsync(episodeId)).PersonId;
        var client = await fixture.SignedInAsync(role);

        var reads = await fixture.ReadsOfAsync(person);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/episodes/{episodeId}/contacts", Cancel)).StatusCode);
        Assert.Equal(reads + 1, await fixture.ReadsOfAsync(person));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/episodes/{episodeId}/contact-plan", Cancel)).StatusCode);
        Assert.Equal(reads + 2, await fixture.ReadsOfAsync(person));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/episodes/{episodeId}/contacts", Cancel)).StatusCode);
        Assert.Equal(reads + 3, await fixture.ReadsOfAsync(person));
    }
}
