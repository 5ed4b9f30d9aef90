using System.Net;
using System.Net.Http.Json;
using System.Text;
using Waymark.Domain.Staff;
using Waymark.Web.Tests.Api;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.Measures;

/// <summary>GET /api/episodes/{id}/measures, POST .../goal-scores and POST .../hba1c: series, change, and problem details.</summary>
public sealed class MeasureProgressEndpoints(MeasureProgressApp fixture) : IClassFixture<MeasureProgressApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_measures_endpoint_gives_each_measures_scores_oldest_first_and_the_change_since_baseline()
    {
        var person = await fixture.CaseAsync();
        await fixture.Ons4Async(person, daysAgo: 90, satisfaction: 4, anxiety: 2);
        await fixture.Ons4Async(person, daysAgo: 2, satisfaction: 7, anxiety: 6);
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var body = await (await client.GetAsync($"/api/episodes/{person.EpisodeId}/measures", Cancel)).JsonAsync();

        var ons4 = Assert.Single(body.GetProperty("questionnaires").EnumerateArray());
        Assert.Equal("ONS4 personal wellbeing", ons4.GetProperty("title").GetString()!.Split(" (")[0]);
        var measures = ons4.GetProperty("measures").EnumerateArray().ToList();
        Assert.Equal(["life-satisfaction", "worthwhile", "happiness", "anxiety"], measures.Select(m => m.GetProperty("measureId").GetString()));
        var satisfaction = measures[0];
        Assert.Equal([4m, 7m], satisfaction.GetProperty("scores").EnumerateArray().Select(s => s.GetProperty("value").GetDecimal()));
        Assert.Equal(["Low", "High"], satisfaction.GetProperty("scores").EnumerateArray().Select(s => s.GetProperty("band").GetString()));
        var change = satisfaction.GetProperty("change");
        Assert.Equal((3m, "Improved", "Up"), (change.GetProperty("difference").GetDecimal(), change.GetProperty("outcome").GetString(), change.GetProperty("bandMovement").GetString()));
        Assert.Equal("Worse", measures[3].GetProperty("change").GetProperty("outcome").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("hba1c").ValueKind);
    }

    [Fact]
    public async Task Goal_scores_are_recorded_and_read_back_per_goal()
    {
        var person = await fixture.CaseAsync();
        var goals = await fixture.GoalsAsync(person, "Swim once a week", "Call my sister");
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var created = await client.PostAsJsonAsync($"/api/episodes/{person.EpisodeId}/goal-scores",
            new { scores = new object[] { new { goalId = goals[0], score = 3 }, new { goalId = goals[1], score = (int?)null } } }, Cancel);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(3, Assert.Single((await created.JsonAsync()).EnumerateArray()).GetProperty("score").GetInt32());
        var body = await (await client.GetAsync($"/api/episodes/{person.EpisodeId}/measures", Cancel)).JsonAsync();
        var read = body.GetProperty("goals").EnumerateArray().ToList();
        var scored = read.ToDictionary(g => g.GetProperty("inTheirWords").GetString()!, g => g.GetProperty("scores").GetProperty("scores").GetArrayLength());
        Assert.Equal(new Dictionary<string, int> { ["Swim once a week"] = 1, ["Call my sister"] = 0 }, scored);
    }

    [Fact]
    public async Task Goal_scores_out_of_range_of_another_episodes_goal_or_none_at_all_are_422_and_nothing_is_saved()
    {
        var person = await fixture.CaseAsync();
        var goals = await fixture.GoalsAsync(person, "Go to the library");
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var url = $"/api/episodes/{person.EpisodeId}/goal-scores";

        var outOfRange = await (await client.PostAsJsonAsync(url, new { scores = new[] { new { goalId = goals[0], score = 11 } } }, Cancel))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        var stranger = Guid.CreateVersion7();
        var notInPlan = await (await client.PostAsJsonAsync(url, new { scores = new[] { new { goalId = stranger, score = 5 } } }, Cancel))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        var nothing = await (await client.PostAsJsonAsync(url, new { scores = Array.Empty<object>() }, Cancel))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal("Enter a number from 1 to 10", outOfRange.GetProperty("errors").GetProperty(goals[0].ToString())[0].GetString());
        Assert.Equal("This goal is not in the person's plan", notInPlan.GetProperty("errors").GetProperty(stranger.ToString())[0].GetString());
        Assert.Equal("Score at least one goal, from 1 to 10", nothing.GetProperty("errors").GetProperty("scores")[0].GetString());
        Assert.Empty(await fixture.GoalScoresAsync(goals[0]));
    }

    [Fact]
    public async Task Bad_json_is_a_400_problem_not_a_500()
    {
        var person = await fixture.CaseAsync(type2Diabetes: true);
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        foreach (var url in new[] { "goal-scores", "hba1c" })
        {
            using var content = new StringContent("{ \"value\": \"lots\", ", Encoding.UTF8, "application/json");
            await (await client.PostAsync($"/api/episodes/{person.EpisodeId}/{url}", content, Cancel)).AssertProblemAsync(HttpStatusCode.BadRequest);
        }
    }

    [Fact]
    public async Task An_HbA1c_result_is_recorded_for_type_2_diabetes_and_read_back_with_its_series()
    {
        var person = await fixture.CaseAsync(type2Diabetes: true);
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var taken = DateOnly.FromDateTime(fixture.Now.UtcDateTime).AddDays(-7);

        var created = await client.PostAsJsonAsync($"/api/episodes/{person.EpisodeId}/hba1c",
            new { value = 58, takenOn = taken, source = "LabReport" }, Cancel);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = await created.JsonAsync();
        Assert.Equal((58, "LabReport", fixture.Worker.Id), (json.GetProperty("value").GetInt32(), json.GetProperty("source").GetString(), json.GetProperty("recordedBy").GetGuid()));
        var body = await (await client.GetAsync($"/api/episodes/{person.EpisodeId}/measures", Cancel)).JsonAsync();
        var hba1c = body.GetProperty("hba1c");
        Assert.Equal(58, Assert.Single(hba1c.GetProperty("results").EnumerateArray()).GetProperty("value").GetInt32());
        Assert.Equal("48 or more", Assert.Single(hba1c.GetProperty("series").GetProperty("scores").EnumerateArray()).GetProperty("band").GetString());
    }

    [Fact]
    public async Task HbA1c_is_refused_for_a_person_without_type_2_diabetes_and_a_value_out_of_range_is_422()
    {
        var without = await fixture.CaseAsync();
        var with = await fixture.CaseAsync(type2Diabetes: true);
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var today = DateOnly.FromDateTime(fixture.Now.UtcDateTime);

        var notOffered = await (await client.PostAsJsonAsync($"/api/episodes/{without.EpisodeId}/hba1c",
            new { value = 58, takenOn = today, source = "GpRecord" }, Cancel)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        var tooLow = await (await client.PostAsJsonAsync($"/api/episodes/{with.EpisodeId}/hba1c",
            new { value = 5, takenOn = today, source = "GpRecord" }, Cancel)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.StartsWith("HbA1c is recorded only for people with type 2 diabetes", notOffered.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(tooLow.GetProperty("errors").TryGetProperty("value", out _));
        Assert.Empty(await fixture.HbA1cResultsAsync(without.PersonId));
        Assert.Empty(await fixture.HbA1cResultsAsync(with.PersonId));
    }
}
