using System.Net;
using System.Net.Http.Json;
using Waymark.Domain.Episodes;
using Waymark.Domain.Staff;
using Waymark.Web.Tests.Api;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.TeamPages;

/// <summary>POST /api/episodes/{id}/triage: the same rules as the page, as problem details.</summary>
public sealed class TriageApi(TeamApp fixture) : IClassFixture<TeamApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Accepting_returns_the_waiting_episode_with_the_referral_code()
    {
        var person = await fixture.CaseAsync(EpisodeStatus.Referred);
        var senior = await fixture.SignedInAsync(StaffRole.SeniorLinkWorker);

        var response = await senior.PostAsJsonAsync($"/api/episodes/{person.EpisodeId}/triage",
            new { decision = "Accept", priority = "Soon", reason = "Isolated since a fall" }, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("Waiting", body.GetProperty("status").GetString());
        Assert.Equal("Accepted", body.GetProperty("outcome").GetString());
        Assert.Equal("Soon", body.GetProperty("priority").GetString());
        Assert.Equal("871731000000106", body.GetProperty("codedEvents")[0].GetProperty("snomedCode").GetString());
        Assert.Equal(EpisodeStatus.Waiting, (await fixture.EpisodeAsync(person.EpisodeId)).Status);
    }

    [Fact]
    public async Task Accepting_an_ineligible_person_without_a_reason_is_422_naming_the_field_and_saves_nothing()
    {
        var programme = await fixture.ProgrammeAsync($"Young adults {Guid.NewGuid():N}", 18, 25);
        var person = await fixture.CaseAsync(EpisodeStatus.Referred, programmeId: programme.Id);
        var senior = await fixture.SignedInAsync(StaffRole.SeniorLinkWorker);

        var refused = await senior.PostAsJsonAsync($"/api/episodes/{person.EpisodeId}/triage", new { decision = "Accept", priority = "Routine" }, Cancel);

        var problem = await refused.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("ineligibleAcceptanceReason", out _));
        Assert.Equal(EpisodeStatus.Referred, (await fixture.EpisodeAsync(person.EpisodeId)).Status);

        var accepted = await senior.PostAsJsonAsync($"/api/episodes/{person.EpisodeId}/triage",
            new { decision = "Accept", priority = "Routine", ineligibleAcceptanceReason = "Carer for a young adult in the programme" }, Cancel);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.True((await accepted.JsonAsync()).GetProperty("acceptedWhileIneligible").GetBoolean());
    }

    [Fact]
    public async Task Declining_and_person_declined_follow_the_domain_rules()
    {
        var declined = await fixture.CaseAsync(EpisodeStatus.Referred);
        var personDeclined = await fixture.CaseAsync(EpisodeStatus.Referred);
        var senior = await fixture.SignedInAsync(StaffRole.SeniorLinkWorker);

        var noExplanation = await senior.PostAsJsonAsync($"/api/episodes/{declined.EpisodeId}/triage",
            new { decision = "Decline", declineReason = "NeedsClinicalCare" }, Cancel);
        Assert.True((await noExplanation.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").TryGetProperty("explanation", out _));

        var ok = await senior.PostAsJsonAsync($"/api/episodes/{declined.EpisodeId}/triage",
            new { decision = "Decline", declineReason = "NeedsClinicalCare", explanation = "Please review their medication first" }, Cancel);
        Assert.Equal("Declined", (await ok.JsonAsync()).GetProperty("status").GetString());

        var byPerson = await senior.PostAsJsonAsync($"/api/episodes/{personDeclined.EpisodeId}/triage", new { decision = "PersonDeclined" }, Cancel);
        var body = await byPerson.JsonAsync();
        Assert.Equal("PersonDeclined", body.GetProperty("status").GetString());
        Assert.Equal("871711000000103", body.GetProperty("codedEvents")[0].GetProperty("snomedCode").GetString());

        var twice = await senior.PostAsJsonAsync($"/api/episodes/{personDeclined.EpisodeId}/triage", new { decision = "PersonDeclined" }, Cancel);
        await twice.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task A_missing_or_unknown_decision_is_a_bad_request_not_a_server_error()
    {
        var person = await fixture.CaseAsync(EpisodeStatus.Referred);
        var senior = await fixture.SignedInAsync(StaffRole.SeniorLinkWorker);
        var url = $"/api/episodes/{person.EpisodeId}/triage";

        await (await senior.PostAsJsonAsync(url, new { priority = "Routine" }, Cancel)).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await senior.PostAsJsonAsync(url, new { decision = "Maybe" }, Cancel)).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await senior.PostAsJsonAsync(url, new { decision = "Accept", priority = "Whenever" }, Cancel)).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await senior.PostAsJsonAsync(url, new { decision = "Accept", priority = 99 }, Cancel)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        using var broken = new StringContent("{\"decision\":", System.Text.Encoding.UTF8, "application/json");
        await (await senior.PostAsync(url, broken, Cancel)).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await senior.PostAsJsonAsync($"/api/episodes/{Guid.NewGuid()}/triage", new { decision = "PersonDeclined" }, Cancel))
            .AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(EpisodeStatus.Referred, (await fixture.EpisodeAsync(person.EpisodeId)).Status);
    }
}
