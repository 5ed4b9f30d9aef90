using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Waymark.Domain.Measures;
using Waymark.Domain.Staff;
using Waymark.Testing.Standards;
using Waymark.Web.Tests.Api;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.Measures;

/// <summary>
/// /api/episodes/{id}/questionnaire-responses and /api/questionnaire-responses/{id}: recording answers with their
/// scores, every problem at once, FHIR export, scope and audit.
/// </summary>
public sealed class QuestionnaireResponsesApi(MeasuresApp fixture) : IClassFixture<MeasuresApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static object Ons4(int satisfaction, int worthwhile, int happiness, int anxiety, string mode = "WithLinkWorker") => new
    {
        questionnaireId = BuiltInQuestionnaires.Ons4Id,
        mode,
        answers = new Dictionary<string, string>
        {
            ["life-satisfaction"] = $"{satisfaction}",
            ["worthwhile"] = $"{worthwhile}",
            ["happiness"] = $"{happiness}",
            ["anxiety"] = $"{anxiety}",
        },
    };

    private async Task<HttpResponseMessage> PostAsync(HttpClient client, Guid episodeId, object body) =>
        await client.PostAsJsonAsync($"/api/episodes/{episodeId}/questionnaire-responses", body, Cancel);

    [Fact]
    public async Task A_recorded_ONS4_response_lists_with_each_measure_scored_and_banded()
    {
        var person = await fixture.ActiveCaseAsync();
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var created = await PostAsync(worker, person.EpisodeId, Ons4(4, 6, 8, 7));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var list = await (await worker.GetAsync($"/api/episodes/{person.EpisodeId}/questionnaire-responses", Cancel)).JsonAsync();
        var response = Assert.Single(list.EnumerateArray());
        Assert.Equal(("ONS4 personal wellbeing", "WithLinkWorker", "1.0.0"),
            (response.GetProperty("title").GetString(), response.GetProperty("mode").GetString(), response.GetProperty("version").GetString()));
        Assert.Equal(fixture.Data.User(StaffRole.LinkWorker).Id, response.GetProperty("recordedById").GetGuid());
        var scores = response.GetProperty("scores").EnumerateArray()
            .Select(s => (s.GetProperty("measureId").GetString(), s.GetProperty("value").GetDecimal(), s.GetProperty("band").GetString()))
            .ToList();
        Assert.Equal([("life-satisfaction", 4m, "Low"), ("worthwhile", 6m, "Medium"), ("happiness", 8m, "High"), ("anxiety", 7m, "High")], scores);
    }

    [Fact]
    public async Task Every_problem_is_reported_at_once_and_nothing_is_saved()
    {
        var person = await fixture.ActiveCaseAsync();
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var refused = await PostAsync(worker, person.EpisodeId, new
        {
            questionnaireId = BuiltInQuestionnaires.Ons4Id,
            mode = "Online",
            answers = new Dictionary<string, string> { ["life-satisfaction"] = "11", ["worthwhile"] = "six", ["happiness"] = "3", ["mood"] = "5" },
            answeredOn = "2099-01-01",
        });

        var problem = await refused.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        var errors = problem.GetProperty("errors");
        Assert.Equal("Enter a number from 0 to 10", errors.GetProperty("answers.life-satisfaction")[0].GetString());
        Assert.Equal("Enter a number from 0 to 10", errors.GetProperty("answers.worthwhile")[0].GetString());
        Assert.Equal("Enter a number from 0 to 10", errors.GetProperty("answers.anxiety")[0].GetString());
        Assert.Contains("no such question", errors.GetProperty("answers.mood")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("mode", out _));
        Assert.True(errors.TryGetProperty("answeredOn", out _));
        Assert.False(errors.TryGetProperty("answers.happiness", out _));
        var list = await (await worker.GetAsync($"/api/episodes/{person.EpisodeId}/questionnaire-responses", Cancel)).JsonAsync();
        Assert.Empty(list.EnumerateArray());
    }

    [Fact]
    public async Task A_paper_UCLA3_response_keeps_the_day_it_was_answered_and_exports_as_valid_FHIR()
    {
        var person = await fixture.ActiveCaseAsync();
        fixture.App.Clock.Advance(TimeSpan.FromDays(5));
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var answeredOn = DateOnly.FromDateTime(fixture.App.Clock.GetUtcNow().UtcDateTime).AddDays(-3);

        var created = await PostAsync(worker, person.EpisodeId, new
        {
            questionnaireId = BuiltInQuestionnaires.Ucla3Id,
            mode = "Paper",
            answeredOn = answeredOn.ToString("O"),
            answers = new Dictionary<string, string> { ["lack-companionship"] = "often", ["left-out"] = "some-of-the-time", ["isolated"] = "often" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var fhir = await worker.GetAsync(created.Headers.Location, Cancel);
        Assert.Equal("application/fhir+json", fhir.Content.Headers.ContentType?.MediaType);
        var json = await fhir.Content.ReadAsStringAsync(Cancel);
        await FhirSchemas.AssertValidAsync("QuestionnaireResponse", json);
        using var document = JsonDocument.Parse(json);
        Assert.Equal($"{BuiltInQuestionnaires.Ucla3Url}|1.0.0", document.RootElement.GetProperty("questionnaire").GetString());
        Assert.StartsWith(answeredOn.ToString("O"), document.RootElement.GetProperty("authored").GetString(), StringComparison.Ordinal);
        var total = Assert.Single((await (await worker.GetAsync($"/api/episodes/{person.EpisodeId}/questionnaire-responses", Cancel)).JsonAsync())
            .EnumerateArray()).GetProperty("scores")[0];
        Assert.Equal((8m, 8, "Lonely"), (total.GetProperty("value").GetDecimal(), total.GetProperty("rawTotal").GetInt32(), total.GetProperty("band").GetString()));
    }

    [Fact]
    public async Task Reading_the_responses_is_audited_as_a_read_of_the_person()
    {
        var person = await fixture.ActiveCaseAsync();
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var created = await PostAsync(worker, person.EpisodeId, Ons4(5, 5, 5, 5));
        var before = await fixture.ReadsOfAsync(person.PersonId);

        await worker.GetAsync($"/api/episodes/{person.EpisodeId}/questionnaire-responses", Cancel);
        await worker.GetAsync(created.Headers.Location, Cancel);

        Assert.Equal(before + 2, await fixture.ReadsOfAsync(person.PersonId));
    }

    [Fact]
    public async Task Nobody_outside_the_team_can_record_list_or_export_a_response()
    {
        var person = await fixture.ActiveCaseAsync();
        var created = await PostAsync(await fixture.SignedInAsync(StaffRole.LinkWorker), person.EpisodeId, Ons4(5, 5, 5, 5));
        var list = $"/api/episodes/{person.EpisodeId}/questionnaire-responses";

        foreach (var outsider in new[] { await fixture.SignedInAsync(fixture.OtherTeamWorker), await fixture.SignedInAsync(fixture.OtherProviderManager) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(list, Cancel)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(created.Headers.Location, Cancel)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(await fixture.SignedInAsync(fixture.OtherTeamWorker), person.EpisodeId, Ons4(1, 1, 1, 1))).StatusCode);
        foreach (var role in new[] { StaffRole.Referrer, StaffRole.Partner, StaffRole.Commissioner, StaffRole.Administrator })
        {
            var client = await fixture.SignedInAsync(role);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(list, Cancel)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(created.Headers.Location, Cancel)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(client, person.EpisodeId, Ons4(1, 1, 1, 1))).StatusCode);
        }
    }
}
