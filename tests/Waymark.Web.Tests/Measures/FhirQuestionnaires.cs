using System.Text.Json.Nodes;
using Waymark.Domain.Common;
using Waymark.Domain.Measures;
using Waymark.Testing.Standards;
using Waymark.Web.Features.Measures.Fhir;

namespace Waymark.Web.Tests.Measures;

public sealed class FhirQuestionnaires
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid PersonId = Guid.CreateVersion7();
    private static readonly Guid WorkerId = Guid.CreateVersion7();

    /// <summary>Made up, of SWEMWBS's shape (the real one is licensed): 7 items 1 to 5, a raw-to-metric table.</summary>
    private static QuestionnaireDefinition MadeUp() => QuestionnaireDefinition.Create(
        "https://example.org/fhir/Questionnaire/made-up-seven", "0.1", "Made-up seven",
        Enumerable.Range(1, 7).Select(i => QuestionnaireItem.Scale($"item-{i}", $"Made-up statement {i}", 1, 5, new ScaleAnchors("none of the time", "all of the time"))),
        ScoringRule.Total(
            "Raw score",
            Banding.Of(ScoreDirection.HigherIsBetter, 3, new Band(7.5m, 19.99m, "Low"), new Band(20m, 35.75m, "Not low")),
            ScoreConversion.Of("Metric score", Enumerable.Range(7, 29).Select(raw => new ConversionRow(raw, raw + 0.25m + (raw == 7 ? 0.25m : 0m))))),
        licenceNote: "Made up for tests", status: QuestionnaireStatus.Draft);

    private static IEnumerable<QuestionnaireDefinition> All => [BuiltInQuestionnaires.Ons4, BuiltInQuestionnaires.Ucla3, MadeUp()];

    [Fact]
    public async Task Every_definition_exports_as_a_valid_FHIR_R4_Questionnaire()
    {
        foreach (var definition in All)
        {
            await FhirSchemas.AssertValidAsync("Questionnaire", QuestionnaireFhir.ToJson(definition).ToJsonString());
        }
    }

    [Fact]
    public void Export_then_import_gives_the_same_definition()
    {
        foreach (var definition in All)
        {
            var imported = QuestionnaireFhir.FromJson(QuestionnaireFhir.ToJson(definition).ToJsonString());

            Assert.True(imported.HasSameContentAs(definition), definition.Title);
            Assert.True(QuestionnaireFhir.FromJson(QuestionnaireFhir.ToJson(definition)).HasSameContentAs(definition), $"{definition.Title} in memory");
            Assert.Equal((definition.Id, definition.Status), (imported.Id, imported.Status));
        }
    }

    [Fact]
    public void The_export_uses_the_core_elements_for_what_R4_can_say()
    {
        var ons4 = QuestionnaireFhir.ToJson(BuiltInQuestionnaires.Ons4);
        var ucla3 = QuestionnaireFhir.ToJson(BuiltInQuestionnaires.Ucla3);

        Assert.Equal(("Questionnaire", BuiltInQuestionnaires.Ons4Url, "1.0.0", "active"), (Str(ons4["resourceType"]), Str(ons4["url"]), Str(ons4["version"]), Str(ons4["status"])));
        var anxiety = ons4["item"]![3]!;
        Assert.Equal(("anxiety", "integer", true), (Str(anxiety["linkId"]), Str(anxiety["type"]), anxiety["required"]!.GetValue<bool>()));
        Assert.Contains(anxiety["extension"]!.AsArray(), e => Str(e!["url"]) == FhirExtensions.MaxValueUrl && e["valueInteger"]!.GetValue<int>() == 10);
        var often = ucla3["item"]![0]!["answerOption"]![2]!["valueCoding"]!;
        Assert.Equal(("often", "Often", 3m), (Str(often["code"]), Str(often["display"]), often["extension"]![0]!["valueDecimal"]!.GetValue<decimal>()));
        Assert.Contains("Open Government Licence", Str(ons4["copyright"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_response_exports_as_a_valid_FHIR_R4_QuestionnaireResponse()
    {
        var ucla3 = BuiltInQuestionnaires.Ucla3;
        var response = QuestionnaireResponse.Record(
            ucla3, PersonId, [QuestionnaireAnswer.Chosen("lack-companionship", "often"), QuestionnaireAnswer.Chosen("left-out", "hardly-ever"), QuestionnaireAnswer.Chosen("isolated", "some-of-the-time")],
            ResponseMode.Paper, Now.AddDays(-3), WorkerId, Now, Guid.CreateVersion7());

        var json = QuestionnaireResponseFhir.ToJson(response, ucla3);
        await FhirSchemas.AssertValidAsync("QuestionnaireResponse", json.ToJsonString());

        Assert.Equal(($"{BuiltInQuestionnaires.Ucla3Url}|1.0.0", "completed", $"Patient/{PersonId}", $"Practitioner/{WorkerId}"), (Str(json["questionnaire"]), Str(json["status"]), Str(json["subject"]!["reference"]), Str(json["author"]!["reference"])));
        Assert.Equal("2026-10-30T10:00:00+00:00", Str(json["authored"]));
        Assert.Equal(("often", "Often"), (Str(json["item"]![0]!["answer"]![0]!["valueCoding"]!["code"]), Str(json["item"]![0]!["answer"]![0]!["valueCoding"]!["display"])));
    }

    [Fact]
    public async Task An_online_response_is_authored_by_the_person()
    {
        var ons4 = BuiltInQuestionnaires.Ons4;
        var response = QuestionnaireResponse.Record(
            ons4, PersonId, [QuestionnaireAnswer.Of("life-satisfaction", 7), QuestionnaireAnswer.Of("worthwhile", 8), QuestionnaireAnswer.Of("happiness", 6), QuestionnaireAnswer.Of("anxiety", 3)],
            ResponseMode.Online, Now, null, Now);

        var json = QuestionnaireResponseFhir.ToJson(response, ons4);
        await FhirSchemas.AssertValidAsync("QuestionnaireResponse", json.ToJsonString());

        Assert.Equal($"Patient/{PersonId}", Str(json["author"]!["reference"]));
        Assert.Equal(7, json["item"]![0]!["answer"]![0]!["valueInteger"]!.GetValue<int>());
        Assert.Contains(json["extension"]!.AsArray(), e => Str(e!["url"]) == FhirExtensions.ResponseModeUrl && Str(e["valueCode"]) == "online");
    }

    [Fact]
    public async Task The_schema_check_catches_a_broken_resource()
    {
        var json = QuestionnaireFhir.ToJson(BuiltInQuestionnaires.Ons4);
        json["status"] = 7;
        json["item"]![0]!["required"] = "yes";

        Assert.NotEmpty(await FhirSchemas.ErrorsAsync("Questionnaire", json.ToJsonString()));
    }

    [Fact]
    public void An_imported_questionnaire_is_checked_like_one_made_in_Waymark()
    {
        var json = QuestionnaireFhir.ToJson(BuiltInQuestionnaires.Ons4);
        json["item"]![1]!["linkId"] = "life-satisfaction";

        var error = Assert.Throws<DomainException>(() => QuestionnaireFhir.FromJson(json.ToJsonString()));

        Assert.Equal("Two questions have the link id \"life-satisfaction\"; give each question its own", error.Message);
    }

    [Theory]
    [InlineData("""{"resourceType":"Patient"}""", "The file is not a FHIR R4 Questionnaire (its resourceType must be \"Questionnaire\")")]
    [InlineData("""{"resourceType":"Questionnaire","status":"unknown"}""", "Waymark reads a questionnaire whose status is draft, active or retired, not \"unknown\"")]
    [InlineData("""{"resourceType":"Questionnaire","status":"active","item":[{"linkId":"a","text":"A","type":"string"}]}""", "The question \"a\" is of type \"string\"; Waymark scores only integer and choice questions")]
    [InlineData("""{"resourceType":"Questionnaire","status":"active","item":[{"linkId":"a","text":"A","type":"integer"}]}""", "The question \"a\" needs a minValue extension")]
    public void A_questionnaire_Waymark_cannot_read_is_refused_saying_why(string json, string message)
    {
        Assert.Equal(message, Assert.Throws<DomainException>(() => QuestionnaireFhir.FromJson(json)).Message);
    }

    [Fact]
    public void A_file_that_is_not_JSON_is_refused()
    {
        Assert.StartsWith("The file is not valid JSON", Assert.Throws<DomainException>(() => QuestionnaireFhir.FromJson("{not json")).Message, StringComparison.Ordinal);
    }

    private static string Str(JsonNode? node) => node?.GetValue<string>() ?? string.Empty;
}
