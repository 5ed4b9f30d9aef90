using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Waymark.Domain.Measures;
using Waymark.Domain.Staff;
using Waymark.Testing.Standards;
using Waymark.Web.Features.Measures.Fhir;
using Waymark.Web.Tests.Api;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.Measures;

/// <summary>/api/questionnaires: the built-ins are held from the start; a licensed instrument is imported as FHIR, safely repeatable.</summary>
public sealed class QuestionnairesApi(MeasuresApp fixture) : IClassFixture<MeasuresApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Made up, of SWEMWBS's shape: three items 1 to 5, a raw total converted through a table.</summary>
    private static QuestionnaireDefinition MadeUp(string version, string firstQuestion = "Made-up statement 1") => QuestionnaireDefinition.Create(
        "https://example.org/fhir/Questionnaire/made-up-three", version, "Made-up three",
        [
            QuestionnaireItem.Scale("item-1", firstQuestion, 1, 5),
            QuestionnaireItem.Scale("item-2", "Made-up statement 2", 1, 5),
            QuestionnaireItem.Scale("item-3", "Made-up statement 3", 1, 5),
        ],
        ScoringRule.Total(
            "Raw score",
            Banding.Of(ScoreDirection.HigherIsBetter, 2, new Band(4m, 9.99m, "Low"), new Band(10m, 20m, "Not low")),
            ScoreConversion.Of("Metric score", Enumerable.Range(3, 13).Select(raw => new ConversionRow(raw, raw + 1.5m)))),
        licenceNote: "Made up for tests", status: QuestionnaireStatus.Active);

    private static JsonObject Fhir(QuestionnaireDefinition definition)
    {
        var json = QuestionnaireFhir.ToJson(definition);
        json.Remove("id");
        return json;
    }

    [Fact]
    public async Task The_built_in_questionnaires_are_held_and_export_as_valid_FHIR()
    {
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var list = await (await worker.GetAsync("/api/questionnaires", Cancel)).JsonAsync();
        var ids = list.EnumerateArray().Select(q => q.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(BuiltInQuestionnaires.Ons4Id, ids);
        Assert.Contains(BuiltInQuestionnaires.Ucla3Id, ids);
        var ucla3 = list.EnumerateArray().Single(q => q.GetProperty("id").GetGuid() == BuiltInQuestionnaires.Ucla3Id);
        Assert.Equal(6, ucla3.GetProperty("measures")[0].GetProperty("cutoffAt").GetInt32());

        var fhir = await worker.GetAsync($"/api/questionnaires/{BuiltInQuestionnaires.Ons4Id}", Cancel);
        Assert.Equal("application/fhir+json", fhir.Content.Headers.ContentType?.MediaType);
        await FhirSchemas.AssertValidAsync("Questionnaire", await fhir.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task A_service_manager_imports_a_licensed_instrument_once_and_a_changed_copy_of_the_same_version_is_refused()
    {
        var manager = await fixture.SignedInAsync(StaffRole.ServiceManager);

        var added = await manager.PostAsJsonAsync("/api/questionnaires", Fhir(MadeUp("3.0")), Cancel);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var again = await manager.PostAsJsonAsync("/api/questionnaires", Fhir(MadeUp("3.0")), Cancel);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal((await added.JsonAsync()).GetProperty("id").GetString(), (await again.JsonAsync()).GetProperty("id").GetString());

        var changed = await manager.PostAsJsonAsync("/api/questionnaires", Fhir(MadeUp("3.0", "A corrected statement 1")), Cancel);
        var problem = await changed.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("new version", problem.GetProperty("errors").GetProperty("version")[0].GetString(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync("/api/questionnaires", Fhir(MadeUp("3.1", "A corrected statement 1")), Cancel)).StatusCode);
        var versions = (await (await manager.GetAsync("/api/questionnaires", Cancel)).JsonAsync()).EnumerateArray()
            .Where(q => q.GetProperty("title").GetString() == "Made-up three").Select(q => q.GetProperty("version").GetString());
        Assert.Equal(["3.0", "3.1"], versions);
    }

    [Fact]
    public async Task A_broken_definition_is_refused_with_the_field_at_fault()
    {
        var manager = await fixture.SignedInAsync(StaffRole.ServiceManager);
        var json = Fhir(MadeUp("4.0"));
        json["item"]![1]!["linkId"] = "item-1";

        var refused = await manager.PostAsJsonAsync("/api/questionnaires", json, Cancel);

        var problem = await refused.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("items", out _), problem.ToString());
        using var notJson = new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.PostAsync("/api/questionnaires", notJson, Cancel)).StatusCode);
    }

    [Fact]
    public async Task Only_service_managers_import_questionnaires()
    {
        foreach (var role in new[] { StaffRole.LinkWorker, StaffRole.SeniorLinkWorker, StaffRole.Partner, StaffRole.Administrator })
        {
            var client = await fixture.SignedInAsync(role);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/questionnaires", Fhir(MadeUp("9.9")), Cancel)).StatusCode);
        }
    }
}
