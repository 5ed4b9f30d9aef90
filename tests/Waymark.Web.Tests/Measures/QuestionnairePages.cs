using System.Net;
using Waymark.Domain.Measures;
using Waymark.Domain.Staff;
using Waymark.Web.Features.Measures.Fhir;
using Waymark.Web.Tests.Admin;

namespace Waymark.Web.Tests.Measures;

/// <summary>/service/questionnaires: a service manager sees every version, imports a licensed one by pasting it, checks it and makes it active.</summary>
public sealed class QuestionnairePages(MeasuresApp fixture) : IClassFixture<MeasuresApp>
{
    private const string Path = "/service/questionnaires";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string MadeUpJson(string version) => QuestionnaireFhir.ToJson(QuestionnaireDefinition.Create(
        "https://example.org/fhir/Questionnaire/made-up-pages", version, "Made-up pages",
        [
            QuestionnaireItem.Choice("q1", "How often do you feel made up?", [new AnswerOption("rarely", "Rarely", 1), new AnswerOption("often", "Often", 2)]),
            QuestionnaireItem.Choice("q2", "How often do you feel tested?", [new AnswerOption("rarely", "Rarely", 1), new AnswerOption("often", "Often", 2)]),
        ],
        ScoringRule.Total("Made-up total", Banding.Of(ScoreDirection.HigherIsWorse, 1, new Band(2, 3, "Fine"), new Band(4, 4, "Not fine"))),
        licenceNote: "Made up for tests")).ToJsonString();

    [Fact]
    public async Task A_service_manager_sees_the_built_in_questionnaires_and_what_they_measure()
    {
        var manager = await fixture.SignedInAsync(StaffRole.ServiceManager);

        var list = await manager.GetPageAsync(Path);
        Assert.Equal(["1.0.0", "4", "Active"], list.Row("ONS4 personal wellbeing")[1..4]);
        Assert.Equal(["1.0.0", "3", "Active"], list.Row("UCLA three-item loneliness scale")[1..4]);

        var ucla3 = await manager.GetPageAsync($"{Path}/{BuiltInQuestionnaires.Ucla3Id}");
        Assert.Contains("Hardly ever or never (scores 1); Some of the time (scores 2); Often (scores 3)", ucla3.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["3 to 9. Higher is worse", "Not lonely 3–5; Lonely 6–9", "1 or more"], ucla3.Rows()[0]);
    }

    [Fact]
    public async Task A_pasted_definition_is_imported_as_a_draft_then_made_active_and_later_retired()
    {
        var manager = await fixture.SignedInAsync(StaffRole.ServiceManager);

        var imported = await manager.PostFieldsAsync($"{Path}/import", [("Json", MadeUpJson("1.0"))]);
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        var details = await manager.GetPageAsync(imported.Headers.Location!.OriginalString);
        Assert.Equal("Made-up pages version 1.0 imported as draft", details.Banner());
        var id = imported.Headers.Location.OriginalString[(Path.Length + 1)..];

        var activated = await manager.PostFieldsAsync($"{Path}?handler=Activate&id={id}", [], Path);
        var list = await manager.FollowAsync(activated, Path);
        Assert.Equal("Made-up pages version 1.0 is now offered to link workers", list.Banner());
        Assert.Equal("Active", list.Row("Made-up pages")[3]);

        list = await manager.FollowAsync(await manager.PostFieldsAsync($"{Path}?handler=Retire&id={id}", [], Path), Path);
        Assert.Equal("Retired", list.Row("Made-up pages")[3]);
        var again = await manager.PostFieldsAsync($"{Path}?handler=Retire&id={id}", [], Path);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(["This questionnaire is already retired"], (await Html.ParseAsync(again)).ErrorSummary());
    }

    [Fact]
    public async Task Text_that_is_not_a_questionnaire_is_refused_beside_the_box_and_kept()
    {
        var manager = await fixture.SignedInAsync(StaffRole.ServiceManager);

        foreach (var (text, expected) in new[]
        {
            ("", "Paste the questionnaire's FHIR JSON"),
            ("{ not json", "not valid JSON"),
            ("""{ "resourceType": "Patient" }""", "Questionnaire"),
        })
        {
            var refused = await manager.PostFieldsAsync($"{Path}/import", [("Json", text)]);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            var page = await Html.ParseAsync(refused);
            Assert.Contains(expected, page.FieldError("Json"), StringComparison.Ordinal);
            Assert.Single(page.ErrorSummary());
            Assert.Equal(text, page.GetElementById("Json")?.TextContent.Trim());
        }
    }

    [Fact]
    public async Task Only_service_managers_manage_questionnaires()
    {
        foreach (var role in new[] { StaffRole.LinkWorker, StaffRole.SeniorLinkWorker, StaffRole.Referrer, StaffRole.Partner, StaffRole.Commissioner, StaffRole.Administrator })
        {
            var client = await fixture.SignedInAsync(role);
            foreach (var url in new[] { Path, $"{Path}/import", $"{Path}/{BuiltInQuestionnaires.Ons4Id}" })
            {
                var response = await client.GetAsync(url, Cancel);
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Equal("/error/403", response.Headers.Location?.AbsolutePath ?? response.Headers.Location?.OriginalString);
            }
        }
    }
}
