using System.Net;
using System.Net.Http.Json;
using Waymark.Domain.Episodes;
using Waymark.Domain.Staff;
using Waymark.Web.Tests.Api;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.Contacts;

/// <summary>/api/episodes/{id}/contacts: recording contacts, the first reached contact beginning support, and paging.</summary>
public sealed class ContactsApi(ContactsApp fixture) : IClassFixture<ContactsApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private DateTimeOffset Now => fixture.App.Clock.GetUtcNow();

    [Fact]
    public async Task The_first_reached_contact_makes_an_allocated_episode_active_in_the_same_save()
    {
        var person = await fixture.CaseAsync(EpisodeStatus.Allocated);
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var response = await ContactsApp.PostContactAsync(worker, person.EpisodeId, Now.AddHours(-1), "HomeVisit", "Reached", 45, "Talked about the allotment");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("Active", body.GetProperty("episodeStatus").GetString());
        Assert.True(body.GetProperty("beganSupport").GetBoolean());
        Assert.Equal("HomeVisit", body.GetProperty("contact").GetProperty("mode").GetString());
        var episode = await fixture.EpisodeAsync(person.EpisodeId);
        Assert.Equal(EpisodeStatus.Active, episode.Status);
        Assert.Equal(Now.AddHours(-1), episode.FirstContactAt!.Value, TimeSpan.FromMilliseconds(1)); // PostgreSQL keeps microseconds
        Assert.Equal(1, await fixture.ContactCountAsync(person.EpisodeId));
    }

    [Fact]
    public async Task An_attempted_contact_leaves_an_allocated_episode_allocated()
    {
        var person = await fixture.CaseAsync(EpisodeStatus.Allocated);
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var response = await ContactsApp.PostContactAsync(worker, person.EpisodeId, Now.AddMinutes(-5), "Phone", "Attempted", 1);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Allocated", (await response.JsonAsync()).GetProperty("episodeStatus").GetString());
        Assert.Equal(EpisodeStatus.Allocated, (await fixture.EpisodeAsync(person.EpisodeId)).Status);
        Assert.Equal(1, await fixture.ContactCountAsync(person.EpisodeId));
    }

    [Fact]
    public async Task Contacts_are_listed_newest_first_in_pages_with_notes_and_who_recorded_them()
    {
        var person = await fixture.CaseAsync(EpisodeStatus.Active);
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);
        await ContactsApp.PostContactAsync(worker, person.EpisodeId, Now.AddDays(-3), notes: "Three days ago");
        await ContactsApp.PostContactAsync(worker, person.EpisodeId, Now.AddMinutes(-1), "Text", notes: "Just now");

        var page = await (await worker.GetAsync($"/api/episodes/{person.EpisodeId}/contacts?pageSize=2", Cancel)).JsonAsync();

        Assert.Equal(3, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(2, page.GetProperty("totalPages").GetInt32());
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["Just now", "First call"], items.Select(i => i.GetProperty("notes").GetString()));
        Assert.Equal("Test Link worker", items[0].GetProperty("recordedByName").GetString());
        var second = await (await worker.GetAsync($"/api/episodes/{person.EpisodeId}/contacts?pageSize=2&page=2", Cancel)).JsonAsync();
        Assert.Equal("Three days ago", Assert.Single(second.GetProperty("items").EnumerateArray()).GetProperty("notes").GetString());
    }

    [Fact]
    public async Task A_contact_without_a_way_of_contact_or_an_outcome_is_a_bad_request_and_saves_nothing()
    {
        var person = await fixture.CaseAsync(EpisodeStatus.Active);
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var response = await worker.PostAsJsonAsync($"/api/episodes/{person.EpisodeId}/contacts", new { at = Now.AddHours(-1) }, Cancel);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("mode", out _));
        Assert.True(errors.TryGetProperty("outcome", out _));
        Assert.Equal(1, await fixture.ContactCountAsync(person.EpisodeId));
    }

    [Fact]
    public async Task An_unknown_way_of_contact_is_a_bad_request_not_an_error()
    {
        var person = await fixture.CaseAsync(EpisodeStatus.Active);
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var response = await ContactsApp.PostContactAsync(worker, person.EpisodeId, Now.AddHours(-1), "Pigeon");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(1, await fixture.ContactCountAsync(person.EpisodeId));
    }

    [Theory]
    [InlineData(60, 10, null, "at", "The contact date and time cannot be in the future")]
    [InlineData(-60, -1, null, "durationMinutes", "Duration must be between 0 and 600 minutes")]
    [InlineData(-60, 601, null, "durationMinutes", "Duration must be between 0 and 600 minutes")]
    [InlineData(-60, 10, 4001, "notes", null)]
    public async Task Contacts_breaking_a_rule_are_refused_with_the_field_to_fix(
        int minutesFromNow, int duration, int? notesLength, string field, string? message)
    {
        var person = await fixture.CaseAsync(EpisodeStatus.Allocated);
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var response = await ContactsApp.PostContactAsync(worker, person.EpisodeId, Now.AddMinutes(minutesFromNow), "Phone", "Reached", duration,
            notesLength is { } length ? new string('n', length) : null);

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        var error = Assert.Single(problem.GetProperty("errors").GetProperty(field).EnumerateArray()).GetString();
        if (message is not null)
        {
            Assert.Equal(message, error);
        }

        Assert.Equal(0, await fixture.ContactCountAsync(person.EpisodeId));
        Assert.Equal(EpisodeStatus.Allocated, (await fixture.EpisodeAsync(person.EpisodeId)).Status);
    }

    [Fact]
    public async Task A_contact_a_few_minutes_ahead_of_the_server_clock_is_allowed()
    {
        var person = await fixture.CaseAsync(EpisodeStatus.Active);
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var response = await ContactsApp.PostContactAsync(worker, person.EpisodeId, Now.AddMinutes(4), "Phone", "Reached", 10);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData(EpisodeStatus.Discharged)]
    [InlineData(EpisodeStatus.Declined)]
    [InlineData(EpisodeStatus.PersonDeclined)]
    public async Task A_contact_on_an_ended_episode_is_refused_with_a_clear_message(EpisodeStatus stage)
    {
        var person = await fixture.CaseAsync(stage);
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var before = await fixture.ContactCountAsync(person.EpisodeId);

        var response = await ContactsApp.PostContactAsync(worker, person.EpisodeId, Now.AddHours(-1), "Phone", "Reached");

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.StartsWith("This episode has ended", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("refer them again", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await fixture.ContactCountAsync(person.EpisodeId));
    }

    [Fact]
    public async Task A_contact_before_the_person_is_allocated_is_refused()
    {
        var person = await fixture.CaseAsync(EpisodeStatus.Waiting);
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var response = await ContactsApp.PostContactAsync(worker, person.EpisodeId, Now.AddHours(-1), "Phone", "Reached");

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("once the person is allocated", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(EpisodeStatus.Waiting, (await fixture.EpisodeAsync(person.EpisodeId)).Status);
    }

    [Fact]
    public async Task An_episode_that_does_not_exist_is_not_found()
    {
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);

        await (await worker.GetAsync($"/api/episodes/{Guid.NewGuid()}/contacts", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await ContactsApp.PostContactAsync(worker, Guid.NewGuid(), Now.AddHours(-1))).AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
