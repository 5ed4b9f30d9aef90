using System.Net;
using System.Net.Http.Json;
using Waymark.Domain.Episodes;
using Waymark.Domain.Staff;
using Waymark.Web.Tests.Api;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.Work;

/// <summary>/api/episodes/{id}/conversations: recording and reading "what matters to me" conversations.</summary>
public sealed class ConversationsApi(WorkApp fixture) : IClassFixture<WorkApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private DateTimeOffset Now => fixture.App.Clock.GetUtcNow();

    [Fact]
    public async Task A_conversation_is_recorded_and_listed_newest_first_with_its_ratings_in_domain_order()
    {
        var person = await fixture.CaseAsync();
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var url = $"/api/episodes/{person.EpisodeId}/conversations";

        var first = await client.PostAsJsonAsync(url, new
        {
            at = Now.AddDays(-14),
            whatMatters = "Seeing friends again",
            startingDomain = "SocialConnection",
            ratings = new object[] { new { domain = "Money", score = 2 }, new { domain = "PhysicalHealth", score = 3, notes = "Bad back" } },
        }, Cancel);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var created = await first.JsonAsync();
        Assert.Equal("SocialConnection", created.GetProperty("startingDomain").GetString());
        Assert.Equal(["PhysicalHealth", "Money"], created.GetProperty("ratings").EnumerateArray().Select(r => r.GetProperty("domain").GetString()));
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync(url, new { at = Now, whatMatters = "Feeling more settled" }, Cancel)).StatusCode);

        var list = await (await client.GetAsync(url, Cancel)).JsonAsync();

        Assert.Equal(["Feeling more settled", "Seeing friends again"], list.EnumerateArray().Select(c => c.GetProperty("whatMatters").GetString()));
        var older = list[1];
        Assert.Equal("Bad back", older.GetProperty("ratings")[0].GetProperty("notes").GetString());
        Assert.Equal("Test Link worker", older.GetProperty("recordedByName").GetString());
        Assert.Equal(fixture.Worker.Id, older.GetProperty("recordedBy").GetGuid());
    }

    [Fact]
    public async Task A_rule_broken_is_422_with_the_field_and_nothing_is_saved()
    {
        var person = await fixture.CaseAsync();
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var url = $"/api/episodes/{person.EpisodeId}/conversations";

        var empty = await (await client.PostAsJsonAsync(url, new { at = Now }, Cancel)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("Enter what matters to the person, or at least one rating", empty.GetProperty("errors").GetProperty("whatMatters")[0].GetString());

        var twice = await (await client.PostAsJsonAsync(url, new
        {
            at = Now,
            ratings = new object[] { new { domain = "Money", score = 2 }, new { domain = "Money", score = 4 } },
        }, Cancel)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(twice.GetProperty("errors").TryGetProperty("ratings", out _));

        var future = await (await client.PostAsJsonAsync(url, new { at = Now.AddDays(1), whatMatters = "x" }, Cancel))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(future.GetProperty("errors").TryGetProperty("at", out _));

        Assert.Equal(0, (await (await client.GetAsync(url, Cancel)).JsonAsync()).GetArrayLength());
    }

    [Fact]
    public async Task Bad_input_is_400_with_field_errors_never_a_500()
    {
        var person = await fixture.CaseAsync();
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var url = $"/api/episodes/{person.EpisodeId}/conversations";

        var missing = await (await client.PostAsJsonAsync(url, new { whatMatters = "No date" }, Cancel)).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("at", out _));

        var range = await (await client.PostAsJsonAsync(url, new { at = Now, ratings = new[] { new { domain = "Money", score = 9 } } }, Cancel))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(range.GetProperty("errors").EnumerateObject(), e => e.Name.Contains("score", StringComparison.OrdinalIgnoreCase));

        await (await client.PostAsJsonAsync(url, new { at = Now, ratings = new[] { new { domain = "Astrology", score = 3 } } }, Cancel))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        var hollow = await (await client.PostAsJsonAsync(url, new { at = Now, ratings = new object?[] { null } }, Cancel))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(hollow.GetProperty("errors").TryGetProperty("ratings", out _));
        using var broken = new StringContent("{\"at\": ", System.Text.Encoding.UTF8, "application/json");
        await (await client.PostAsync(url, broken, Cancel)).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Recording_is_refused_before_allocation_and_after_discharge()
    {
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        foreach (var stage in new[] { EpisodeStatus.Referred, EpisodeStatus.Waiting, EpisodeStatus.Discharged })
        {
            var person = await fixture.CaseAsync(stage);
            var problem = await (await client.PostAsJsonAsync($"/api/episodes/{person.EpisodeId}/conversations", new { at = Now, whatMatters = "x" }, Cancel))
                .AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
            Assert.StartsWith("A conversation can be recorded only while", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }
}
