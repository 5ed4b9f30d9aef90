using System.Net;
using System.Net.Http.Json;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Tests.Api;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.Measures;

/// <summary>
/// Who sees a person's measures: link workers of the person's team read and record; service managers of the provider
/// read only; another team's link worker and another provider's manager are told "not found"; referrers, partners,
/// commissioners and administrators are refused. Every read is audited against the person.
/// </summary>
public sealed class MeasureProgressAccess(MeasureProgressApp fixture) : IClassFixture<MeasureProgressApp>
{
    private const string GoalWords = "Dance at the community centre";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string[] Pages(TestCase person) =>
    [
        $"/episodes/{person.EpisodeId}/measures",
        $"/episodes/{person.EpisodeId}/measures/goal-scores",
        $"/episodes/{person.EpisodeId}/measures/hba1c",
    ];

    [Fact]
    public Task A_link_worker_of_another_team_finds_nothing_and_no_read_is_audited() => AssertNothingFoundAsync(fixture.OtherTeamWorker);

    [Fact]
    public Task A_service_manager_of_another_provider_finds_nothing_and_no_read_is_audited() => AssertNothingFoundAsync(fixture.OtherProviderManager);

    private async Task AssertNothingFoundAsync(TestUser outsider)
    {
        var (person, goalId) = await PersonWithScoresAsync();
        var client = await fixture.SignedInAsync(outsider);
        var pages = outsider.Role == StaffRole.LinkWorker ? Pages(person) : Pages(person)[..1];

        foreach (var url in pages.Append($"/people/{person.PersonId}"))
        {
            var response = await client.GetAsync(url, Cancel);
            Assert.True(HttpStatusCode.NotFound == response.StatusCode, $"{url}: {(int)response.StatusCode}");
            Assert.DoesNotContain(GoalWords, await response.TextAsync(), StringComparison.Ordinal);
        }

        await (await client.GetAsync($"/api/episodes/{person.EpisodeId}/measures", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
        var writes = outsider.Role == StaffRole.LinkWorker ? HttpStatusCode.NotFound : HttpStatusCode.Forbidden;
        Assert.Equal(writes, (await client.PostAsJsonAsync($"/api/episodes/{person.EpisodeId}/goal-scores",
            new { scores = new[] { new { goalId, score = 5 } } }, Cancel)).StatusCode);
        Assert.Equal(writes, (await client.PostAsJsonAsync($"/api/episodes/{person.EpisodeId}/hba1c",
            new { value = 50, takenOn = DateOnly.FromDateTime(fixture.Now.UtcDateTime), source = "GpRecord" }, Cancel)).StatusCode);
        Assert.Single(await fixture.GoalScoresAsync(goalId));
        Assert.Empty(await fixture.HbA1cResultsAsync(person.PersonId));
        Assert.Empty(await fixture.ReadEventsAsync(person.PersonId));
    }

    [Theory]
    [InlineData(StaffRole.Referrer)]
    [InlineData(StaffRole.Partner)]
    [InlineData(StaffRole.Commissioner)]
    [InlineData(StaffRole.Administrator)]
    public async Task Other_roles_are_refused_every_page_and_endpoint_and_never_see_the_goals(StaffRole role)
    {
        var (person, goalId) = await PersonWithScoresAsync();
        var client = await fixture.SignedInAsync(role);

        foreach (var url in Pages(person))
        {
            var response = await client.GetAsync(url, Cancel);
            Assert.True(HttpStatusCode.Redirect == response.StatusCode, $"{url}: {(int)response.StatusCode}");
            Assert.Equal("/error/403", response.RedirectTarget().AbsolutePath);
        }

        var read = await client.GetAsync($"/api/episodes/{person.EpisodeId}/measures", Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.DoesNotContain(GoalWords, await read.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/episodes/{person.EpisodeId}/goal-scores",
            new { scores = new[] { new { goalId, score = 5 } } }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/episodes/{person.EpisodeId}/hba1c",
            new { value = 50, takenOn = DateOnly.FromDateTime(fixture.Now.UtcDateTime), source = "GpRecord" }, Cancel)).StatusCode);
        Assert.Empty(await fixture.ReadEventsAsync(person.PersonId));
    }

    [Fact]
    public async Task A_service_manager_reads_the_page_and_the_api_but_cannot_record()
    {
        var (person, goalId) = await PersonWithScoresAsync();
        var client = await fixture.SignedInAsync(StaffRole.ServiceManager);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/episodes/{person.EpisodeId}/measures", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/episodes/{person.EpisodeId}/measures", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/episodes/{person.EpisodeId}/goal-scores",
            new { scores = new[] { new { goalId, score = 5 } } }, Cancel)).StatusCode);
    }

    [Fact]
    public async Task Someone_not_signed_in_is_sent_to_sign_in_and_an_api_caller_without_a_key_gets_401()
    {
        var (person, _) = await PersonWithScoresAsync();
        var anonymous = fixture.Anonymous();

        var page = await anonymous.GetAsync($"/episodes/{person.EpisodeId}/measures", Cancel);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/sign-in", page.RedirectTarget().AbsolutePath);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/episodes/{person.EpisodeId}/measures", Cancel)).StatusCode);
    }

    [Fact]
    public async Task Each_page_and_api_read_writes_one_read_audit_event_against_the_person()
    {
        var (person, _) = await PersonWithScoresAsync();
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var before = (await fixture.ReadEventsAsync(person.PersonId)).Count;
        string[] reads = [$"/episodes/{person.EpisodeId}/measures", $"/api/episodes/{person.EpisodeId}/measures", $"/episodes/{person.EpisodeId}/measures/goal-scores"];

        for (var i = 0; i < reads.Length; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(reads[i], Cancel)).StatusCode);
            var events = await fixture.ReadEventsAsync(person.PersonId);
            Assert.True(before + i + 1 == events.Count, $"{reads[i]} should write one read event");
            Assert.All(events, e => Assert.Equal(fixture.Worker.Id.ToString(), e.ActorId));
        }
    }

    /// <summary>An active person of the seeded team with ONS4 at baseline and review, and a scored goal.</summary>
    private async Task<(TestCase Person, Guid GoalId)> PersonWithScoresAsync()
    {
        var person = await fixture.CaseAsync();
        await fixture.Ons4Async(person, daysAgo: 84, satisfaction: 4);
        await fixture.Ons4Async(person, daysAgo: 0, satisfaction: 6);
        var goals = await fixture.GoalsAsync(person, GoalWords);
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);
        Assert.Equal(HttpStatusCode.Created, (await worker.PostAsJsonAsync($"/api/episodes/{person.EpisodeId}/goal-scores",
            new { scores = new[] { new { goalId = goals[0], score = 4 } } }, Cancel)).StatusCode);
        return (person, goals[0]);
    }
}
