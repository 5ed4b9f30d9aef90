using System.Net;
using System.Net.Http.Json;
using Waymark.Domain.Episodes;
using Waymark.Domain.Staff;
using Waymark.Web.Tests.Api;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.Contacts;

/// <summary>
/// /api/episodes/{id}/discharge: a reason and a summary for the referrer and GP; lost contact only after real attempts
/// to reach the person (3 attempts, 2 ways, 14 days by default, or the programme's own rule).
/// </summary>
public sealed class DischargeApi(ContactsApp fixture) : IClassFixture<ContactsApp>
{
    private static readonly DateTimeOffset Start = new(2026, 9, 1, 9, 30, 0, TimeSpan.Zero);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>An allocated person nobody has reached, with these attempts (days after allocation, way), and today 40 days on.</summary>
    private async Task<(Guid EpisodeId, HttpClient Worker)> TriedAsync(Guid? programmeId, params (int Day, string Mode)[] attempts)
    {
        fixture.App.Clock.Set(Start);
        var person = await fixture.CaseAsync(EpisodeStatus.Allocated, programmeId);
        fixture.App.Clock.Set(Start.AddDays(40));
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);
        foreach (var (day, mode) in attempts)
        {
            var response = await ContactsApp.PostContactAsync(worker, person.EpisodeId, Start.AddDays(day), mode, "Attempted", 2);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        return (person.EpisodeId, worker);
    }

    private static Task<HttpResponseMessage> DischargeAsync(HttpClient client, Guid episodeId, string? reason, string? summary) =>
        client.PostAsJsonAsync($"/api/episodes/{episodeId}/discharge", new { reason, summary }, Cancel);

    private async Task AssertRefusedAsync(Guid episodeId, HttpResponseMessage response, string soFar)
    {
        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.EndsWith($"so far {soFar}", problem.GetProperty("errors").GetProperty("reason")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(EpisodeStatus.Allocated, (await fixture.EpisodeAsync(episodeId)).Status);
    }

    [Fact]
    public async Task Lost_contact_is_refused_with_fewer_than_three_attempts()
    {
        var (episodeId, worker) = await TriedAsync(null, (1, "Phone"), (15, "Letter"));

        await AssertRefusedAsync(episodeId, await DischargeAsync(worker, episodeId, "LostContact", "Could not reach them"), "2 attempts, 2 ways, 14 days");
    }

    [Fact]
    public async Task Lost_contact_is_refused_when_every_attempt_used_the_same_way()
    {
        var (episodeId, worker) = await TriedAsync(null, (1, "Phone"), (8, "Phone"), (15, "Phone"));

        await AssertRefusedAsync(episodeId, await DischargeAsync(worker, episodeId, "LostContact", "Could not reach them"), "3 attempts, 1 way, 14 days");
    }

    [Fact]
    public async Task Lost_contact_is_refused_when_the_attempts_span_less_than_fourteen_days()
    {
        var (episodeId, worker) = await TriedAsync(null, (1, "Phone"), (5, "Letter"), (14, "Phone"));

        await AssertRefusedAsync(episodeId, await DischargeAsync(worker, episodeId, "LostContact", "Could not reach them"), "3 attempts, 2 ways, 13 days");
    }

    [Fact]
    public async Task Lost_contact_is_accepted_once_three_attempts_over_two_ways_span_fourteen_days()
    {
        var (episodeId, worker) = await TriedAsync(null, (1, "Phone"), (8, "Text"), (15, "Letter"));

        var evidence = (await (await worker.GetAsync($"/api/episodes/{episodeId}/discharge", Cancel)).JsonAsync()).GetProperty("lostContact");
        Assert.Equal((3, 3, 14, true), (evidence.GetProperty("attempts").GetInt32(), evidence.GetProperty("modes").GetArrayLength(),
            evidence.GetProperty("days").GetInt32(), evidence.GetProperty("isMet").GetBoolean()));

        var response = await DischargeAsync(worker, episodeId, "LostContact", "Tried by phone, text and letter over two weeks");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal(("Discharged", "LostContact"), (body.GetProperty("status").GetString(), body.GetProperty("reason").GetString()));
        var episode = await fixture.EpisodeAsync(episodeId);
        Assert.Equal((EpisodeStatus.Discharged, DischargeReason.LostContact, "Tried by phone, text and letter over two weeks"),
            (episode.Status, episode.DischargeReason, episode.DischargeSummary));
        Assert.Null(episode.WorkerId);
    }

    [Fact]
    public async Task A_programme_with_a_lighter_rule_accepts_what_the_default_would_refuse()
    {
        var programme = await fixture.ProgrammeAsync(rule: new LostContactRule(2, 1, 7));
        var (episodeId, worker) = await TriedAsync(programme, (1, "Phone"), (8, "Phone"));

        var evidence = (await (await worker.GetAsync($"/api/episodes/{episodeId}/discharge", Cancel)).JsonAsync()).GetProperty("lostContact");
        Assert.Equal((2, 1, 7), (evidence.GetProperty("minAttempts").GetInt32(), evidence.GetProperty("minModes").GetInt32(), evidence.GetProperty("minDays").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, (await DischargeAsync(worker, episodeId, "LostContact", "Two calls a week apart")).StatusCode);
    }

    [Fact]
    public async Task A_programme_with_a_stricter_rule_refuses_what_the_default_would_accept()
    {
        var programme = await fixture.ProgrammeAsync(rule: new LostContactRule(4, 2, 21));
        var (episodeId, worker) = await TriedAsync(programme, (1, "Phone"), (8, "Text"), (15, "Letter"));

        await AssertRefusedAsync(episodeId, await DischargeAsync(worker, episodeId, "LostContact", "Could not reach them"), "3 attempts, 3 ways, 14 days");
    }

    [Fact]
    public async Task Attempts_before_the_person_was_last_reached_do_not_count()
    {
        var (episodeId, worker) = await TriedAsync(null, (1, "Phone"), (8, "Text"), (15, "Letter"));
        Assert.Equal(HttpStatusCode.Created,
            (await ContactsApp.PostContactAsync(worker, episodeId, Start.AddDays(20), "Phone", "Reached", 10)).StatusCode);
        Assert.Equal(HttpStatusCode.Created,
            (await ContactsApp.PostContactAsync(worker, episodeId, Start.AddDays(30), "Phone", "Attempted", 1)).StatusCode);

        var response = await DischargeAsync(worker, episodeId, "LostContact", "Could not reach them");

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.EndsWith("so far 1 attempt, 1 way, 0 days", problem.GetProperty("errors").GetProperty("reason")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Any_other_reason_needs_a_summary_for_the_referrer_and_GP()
    {
        var (episodeId, worker) = await TriedAsync(null);

        var response = await DischargeAsync(worker, episodeId, "GoalsAchieved", "  ");

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("Enter a summary for the referrer and GP", problem.GetProperty("errors").GetProperty("summary")[0].GetString());
        Assert.Equal(EpisodeStatus.Allocated, (await fixture.EpisodeAsync(episodeId)).Status);

        var done = await DischargeAsync(worker, episodeId, "ConnectedToCommunitySupport", "Now goes to the lunch club every week");
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal(DischargeReason.ConnectedToCommunitySupport, (await fixture.EpisodeAsync(episodeId)).DischargeReason);
    }

    [Fact]
    public async Task A_discharge_without_a_reason_or_with_an_unknown_one_is_a_bad_request()
    {
        var (episodeId, worker) = await TriedAsync(null);

        await (await DischargeAsync(worker, episodeId, null, "Summary")).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await DischargeAsync(worker, episodeId, "Bored", "Summary")).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(EpisodeStatus.Allocated, (await fixture.EpisodeAsync(episodeId)).Status);
    }

    [Theory]
    [InlineData(EpisodeStatus.Waiting)]
    [InlineData(EpisodeStatus.Discharged)]
    public async Task Only_an_allocated_or_active_episode_can_be_discharged(EpisodeStatus stage)
    {
        var person = await fixture.CaseAsync(stage);
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var problem = await (await DischargeAsync(worker, person.EpisodeId, "GoalsAchieved", "Done")).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.StartsWith("Only an allocated or active episode can be discharged", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(stage, (await fixture.EpisodeAsync(person.EpisodeId)).Status);
    }

    [Fact]
    public async Task Only_link_workers_of_the_team_discharge_and_managers_only_read()
    {
        var person = await fixture.CaseAsync(EpisodeStatus.Active);
        var stranger = await fixture.SignedInAsync(fixture.OtherTeamWorker);
        await (await DischargeAsync(stranger, person.EpisodeId, "GoalsAchieved", "Done")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.GetAsync($"/api/episodes/{person.EpisodeId}/discharge", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);

        var manager = await fixture.SignedInAsync(StaffRole.ServiceManager);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/api/episodes/{person.EpisodeId}/discharge", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await DischargeAsync(manager, person.EpisodeId, "GoalsAchieved", "Done")).StatusCode);

        foreach (var role in new[] { StaffRole.Referrer, StaffRole.Partner, StaffRole.Commissioner, StaffRole.Administrator })
        {
            var client = await fixture.SignedInAsync(role);
            Assert.Equal(HttpStatusCode.Forbidden, (await DischargeAsync(client, person.EpisodeId, "GoalsAchieved", "Done")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/episodes/{person.EpisodeId}/discharge", Cancel)).StatusCode);
        }

        Assert.Equal(EpisodeStatus.Active, (await fixture.EpisodeAsync(person.EpisodeId)).Status);
        var senior = await fixture.SignedInAsync(StaffRole.SeniorLinkWorker);
        Assert.Equal(HttpStatusCode.OK, (await DischargeAsync(senior, person.EpisodeId, "MovedAway", "Moved to Leeds; given details of services there")).StatusCode);
    }

    private static Task<HttpResponseMessage> DeclinedAsync(HttpClient client, Guid episodeId, string? reason) =>
        client.PostAsJsonAsync($"/api/episodes/{episodeId}/person-declined", new { reason }, Cancel);

    [Fact]
    public async Task The_person_declining_before_support_begins_ends_the_episode_with_the_declined_code()
    {
        var person = await fixture.CaseAsync(EpisodeStatus.Allocated);
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var response = await DeclinedAsync(worker, person.EpisodeId, "Feels better now");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("PersonDeclined", (await response.JsonAsync()).GetProperty("status").GetString());
        var episode = await fixture.EpisodeAsync(person.EpisodeId);
        Assert.Equal((EpisodeStatus.PersonDeclined, "Feels better now", null), (episode.Status, episode.PersonDeclinedReason, episode.WorkerId));
        Assert.Contains(episode.CodedEvents, e => e.SnomedCode == SnomedCodes.SocialPrescribingDeclined);
    }

    [Fact]
    public async Task The_person_may_decline_without_giving_a_reason()
    {
        var person = await fixture.CaseAsync(EpisodeStatus.Waiting);
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);

        Assert.Equal(HttpStatusCode.OK, (await worker.PostAsync($"/api/episodes/{person.EpisodeId}/person-declined", null, Cancel)).StatusCode);

        var episode = await fixture.EpisodeAsync(person.EpisodeId);
        Assert.Equal((EpisodeStatus.PersonDeclined, null), (episode.Status, episode.PersonDeclinedReason));
    }

    [Fact]
    public async Task Declining_once_support_has_begun_is_refused_and_points_to_discharge()
    {
        var person = await fixture.CaseAsync(EpisodeStatus.Active);
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var problem = await (await DeclinedAsync(worker, person.EpisodeId, "Changed their mind")).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("discharge instead", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(EpisodeStatus.Active, (await fixture.EpisodeAsync(person.EpisodeId)).Status);
    }

    [Fact]
    public async Task A_reason_longer_than_the_limit_is_refused_with_a_field_error()
    {
        var person = await fixture.CaseAsync(EpisodeStatus.Allocated);
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var problem = await (await DeclinedAsync(worker, person.EpisodeId, new string('x', Episode.ReasonMaxLength + 1)))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.True(problem.GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(EpisodeStatus.Allocated, (await fixture.EpisodeAsync(person.EpisodeId)).Status);
    }

    [Fact]
    public async Task Only_link_workers_of_the_team_record_that_the_person_declined()
    {
        var person = await fixture.CaseAsync(EpisodeStatus.Allocated);

        await (await DeclinedAsync(await fixture.SignedInAsync(fixture.OtherTeamWorker), person.EpisodeId, null)).AssertProblemAsync(HttpStatusCode.NotFound);
        foreach (var role in new[] { StaffRole.ServiceManager, StaffRole.Referrer, StaffRole.Partner, StaffRole.Commissioner, StaffRole.Administrator })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await DeclinedAsync(await fixture.SignedInAsync(role), person.EpisodeId, null)).StatusCode);
        }

        Assert.Equal(EpisodeStatus.Allocated, (await fixture.EpisodeAsync(person.EpisodeId)).Status);
    }
}
