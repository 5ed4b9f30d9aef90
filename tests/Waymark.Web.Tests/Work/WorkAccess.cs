using System.Net;
using System.Net.Http.Json;
using Waymark.Domain.Conversations;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Tests.Admin;
using Waymark.Web.Tests.Api;
using Waymark.Web.Tests.Infrastructure;
using static Waymark.Web.Tests.Work.ConversationForms;

namespace Waymark.Web.Tests.Work;

/// <summary>
/// Who sees what (issue 3) for conversations and plans: link workers of the person's team read and write; service
/// managers of the provider read only; another team's link worker is told "not found"; referrers, partners,
/// commissioners and administrators are refused and never see the person's words or goals. Every read is audited.
/// </summary>
public sealed class WorkAccess(WorkApp fixture) : IClassFixture<WorkApp>
{
    private const string Words = "Singing with the community choir";
    private const string GoalWords = "Join the Thursday choir";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string[] ReadPages(TestCase person, Guid goalId) =>
    [
        $"/episodes/{person.EpisodeId}/what-matters",
        $"/episodes/{person.EpisodeId}/plan",
        $"/episodes/{person.EpisodeId}/plan/print",
        $"/episodes/{person.EpisodeId}/plan/print?size=large",
    ];

    private static string[] WritePages(TestCase person, Guid goalId) =>
    [
        $"/episodes/{person.EpisodeId}/what-matters/new",
        $"/episodes/{person.EpisodeId}/plan/goals/new",
        $"/episodes/{person.EpisodeId}/plan/goals/{goalId}",
    ];

    [Fact]
    public Task A_link_worker_of_another_team_finds_nothing_on_any_page_or_endpoint_and_no_read_is_audited() =>
        AssertNothingFoundAsync(fixture.OtherTeamWorker);

    [Fact]
    public Task A_service_manager_of_another_provider_finds_nothing_on_any_page_or_endpoint_and_no_read_is_audited() =>
        AssertNothingFoundAsync(fixture.OtherProviderManager);

    private async Task AssertNothingFoundAsync(TestUser outsider)
    {
        var (person, goalId) = await PersonWithWorkAsync();
        var client = await fixture.SignedInAsync(outsider);
        var forbiddenWrites = outsider.Role != StaffRole.LinkWorker;

        foreach (var url in ReadPages(person, goalId).Concat(forbiddenWrites ? [] : WritePages(person, goalId)))
        {
            var response = await client.GetAsync(url, Cancel);
            Assert.True(HttpStatusCode.NotFound == response.StatusCode, $"{url}: {(int)response.StatusCode}");
            Assert.DoesNotContain(Words, await response.TextAsync(), StringComparison.Ordinal);
        }

        await (await client.GetAsync($"/api/episodes/{person.EpisodeId}/conversations", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/api/episodes/{person.EpisodeId}/plan", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
        if (forbiddenWrites)
        {
            await AssertApiWritesForbiddenAsync(client, person, goalId);
            Assert.Empty(await fixture.ReadEventsAsync(person.PersonId));
            return;
        }

        var post = await client.PostFieldsAsync($"/episodes/{person.EpisodeId}/what-matters/new", Fields(DateOnly.FromDateTime(DateTime.UtcNow), "x"), "/account");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        await (await client.PostAsJsonAsync($"/api/episodes/{person.EpisodeId}/conversations", new { at = DateTimeOffset.UtcNow, whatMatters = "x" }, Cancel))
            .AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.PostAsJsonAsync($"/api/episodes/{person.EpisodeId}/plan/goals", new { inTheirWords = "x" }, Cancel))
            .AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.PostAsJsonAsync($"/api/episodes/{person.EpisodeId}/plan/goals/{goalId}", new { change = "Start" }, Cancel))
            .AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty(await fixture.ReadEventsAsync(person.PersonId));
    }

    [Fact]
    public async Task A_service_manager_reads_the_words_and_the_plan_but_cannot_change_them()
    {
        var (person, goalId) = await PersonWithWorkAsync();
        var client = await fixture.SignedInAsync(StaffRole.ServiceManager);

        var whatMatters = await client.GetPageAsync($"/episodes/{person.EpisodeId}/what-matters");
        Assert.Contains(Words, whatMatters.Text(), StringComparison.Ordinal);
        Assert.Null(whatMatters.QuerySelector($"a[href$='/what-matters/new']"));
        var plan = await client.GetPageAsync($"/episodes/{person.EpisodeId}/plan");
        Assert.Contains(GoalWords, plan.Text(), StringComparison.Ordinal);
        Assert.Null(plan.QuerySelector("a[href*='/plan/goals/']"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/episodes/{person.EpisodeId}/plan/print", Cancel)).StatusCode);

        foreach (var url in WritePages(person, goalId))
        {
            await AssertRefusedAsync(client, url);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/episodes/{person.EpisodeId}/conversations", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/episodes/{person.EpisodeId}/plan", Cancel)).StatusCode);
        await AssertApiWritesForbiddenAsync(client, person, goalId);
    }

    [Theory]
    [InlineData(StaffRole.Referrer)]
    [InlineData(StaffRole.Partner)]
    [InlineData(StaffRole.Commissioner)]
    [InlineData(StaffRole.Administrator)]
    public async Task Other_roles_are_refused_every_page_and_endpoint_and_never_see_the_words_or_goals(StaffRole role)
    {
        var (person, goalId) = await PersonWithWorkAsync();
        var client = await fixture.SignedInAsync(role);

        foreach (var url in ReadPages(person, goalId).Concat(WritePages(person, goalId)))
        {
            await AssertRefusedAsync(client, url);
        }

        var conversations = await client.GetAsync($"/api/episodes/{person.EpisodeId}/conversations", Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, conversations.StatusCode);
        Assert.DoesNotContain(Words, await conversations.TextAsync(), StringComparison.Ordinal);
        var plan = await client.GetAsync($"/api/episodes/{person.EpisodeId}/plan", Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, plan.StatusCode);
        Assert.DoesNotContain(GoalWords, await plan.TextAsync(), StringComparison.Ordinal);
        await AssertApiWritesForbiddenAsync(client, person, goalId);
        Assert.Empty(await fixture.ReadEventsAsync(person.PersonId));
    }

    [Fact]
    public async Task Someone_not_signed_in_is_sent_to_sign_in_and_an_api_caller_without_a_key_gets_401()
    {
        var (person, _) = await PersonWithWorkAsync();
        using var anonymous = fixture.App.CreateBrowserLikeClient();

        var page = await anonymous.GetAsync($"/episodes/{person.EpisodeId}/what-matters", Cancel);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/sign-in", page.RedirectTarget().AbsolutePath);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/episodes/{person.EpisodeId}/plan", Cancel)).StatusCode);
    }

    [Fact]
    public async Task Each_page_and_api_read_writes_one_read_audit_event_against_the_person()
    {
        var (person, _) = await PersonWithWorkAsync();
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var before = (await fixture.ReadEventsAsync(person.PersonId)).Count;
        string[] reads =
        [
            $"/episodes/{person.EpisodeId}/what-matters",
            $"/episodes/{person.EpisodeId}/plan",
            $"/episodes/{person.EpisodeId}/plan/print",
            $"/api/episodes/{person.EpisodeId}/conversations",
            $"/api/episodes/{person.EpisodeId}/plan",
        ];

        for (var i = 0; i < reads.Length; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(reads[i], Cancel)).StatusCode);
            var events = await fixture.ReadEventsAsync(person.PersonId);
            Assert.True(before + i + 1 == events.Count, $"{reads[i]} should write one read event");
            Assert.All(events, e => Assert.Equal(fixture.Worker.Id.ToString(), e.ActorId));
        }
    }

    private static async Task AssertRefusedAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Cancel);
        Assert.True(HttpStatusCode.Redirect == response.StatusCode, $"{url}: {(int)response.StatusCode}");
        Assert.Equal("/error/403", response.RedirectTarget().AbsolutePath);
    }

    private static async Task AssertApiWritesForbiddenAsync(HttpClient client, TestCase person, Guid goalId)
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/episodes/{person.EpisodeId}/conversations",
            new { at = DateTimeOffset.UtcNow, whatMatters = "x" }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/episodes/{person.EpisodeId}/plan/goals",
            new { inTheirWords = "x" }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/episodes/{person.EpisodeId}/plan/goals/{goalId}",
            new { change = "Start" }, Cancel)).StatusCode);
    }

    /// <summary>An active person in the seeded team with a conversation and a goal, recorded through the API by their link worker.</summary>
    private async Task<(TestCase Person, Guid GoalId)> PersonWithWorkAsync()
    {
        var person = await fixture.CaseAsync();
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);
        Assert.Equal(HttpStatusCode.Created, (await worker.PostAsJsonAsync($"/api/episodes/{person.EpisodeId}/conversations", new
        {
            at = fixture.App.Clock.GetUtcNow(),
            whatMatters = Words,
            ratings = new[] { new { domain = nameof(LifeDomain.SocialConnection), score = 2 } },
        }, Cancel)).StatusCode);
        var goal = await (await worker.PostAsJsonAsync($"/api/episodes/{person.EpisodeId}/plan/goals", new { inTheirWords = GoalWords }, Cancel)).JsonAsync();
        return (person, goal.GetProperty("id").GetGuid());
    }
}
