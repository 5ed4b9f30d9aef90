using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Waymark.Domain.Measures;
using Waymark.Web.Features.Measures.Fhir;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Features.Measures;

/// <summary>
/// Questionnaire definitions (FHIR R4 <c>Questionnaire</c> in and out) and the responses recorded in an episode
/// (FHIR R4 <c>QuestionnaireResponse</c> out), scoped by the episode's team.
/// </summary>
public static class MeasuresApi
{
    private const string FhirJson = "application/fhir+json";

    public static IEndpointRouteBuilder MapMeasuresApi(this IEndpointRouteBuilder app)
    {
        var questionnaires = app.MapGroup("/api/questionnaires").WithTags("Measures");
        questionnaires.MapGet("/", async (QuestionnaireCatalogue catalogue, CancellationToken ct) =>
                (await catalogue.AllAsync(ct)).Select(QuestionnaireSummary.Of).ToList())
            .RequireAuthorization(Policies.SignedIn)
            .WithSummary("Lists the questionnaires held")
            .WithDescription("Every version of every questionnaire, by title: id, url, version, title, status (Draft, Active or Retired) and " +
                "its measures (id, name, whether higher is better, lowest and highest score, bands, meaningful change, threshold).");

        questionnaires.MapGet("/{id:guid}", async (Guid id, QuestionnaireCatalogue catalogue, CancellationToken ct) =>
                Fhir(QuestionnaireFhir.ToJson(await catalogue.GetAsync(id, ct))))
            .RequireAuthorization(Policies.SignedIn)
            .WithSummary("Reads a questionnaire as FHIR R4 Questionnaire JSON")
            .WithDescription("Scoring, bands, thresholds and conversion tables are carried in Waymark extensions (see docs/measures.md).");

        questionnaires.MapPost("/", async (JsonNode? body, ImportQuestionnaire import, CancellationToken ct) =>
            {
                var imported = await import.ExecuteAsync(body, ct);
                var json = QuestionnaireFhir.ToJson(imported.Definition);
                return imported.Added
                    ? Results.Created($"/api/questionnaires/{imported.Definition.Id}", json)
                    : Results.Ok(json);
            })
            .RequireAuthorization(Policies.ServiceManager)
            .WithSummary("Imports a questionnaire from FHIR R4 Questionnaire JSON")
            .WithDescription("For a licensed instrument (SWEMWBS, EQ-5D-5L) a service holds a licence for. The definition is checked whole " +
                "(422 with the field at fault). The same url and version again answers 200 with what is held if it is word for word the same, " +
                "422 if it differs: a correction is a new version.");

        var responses = app.MapGroup("/api/episodes/{id:guid}/questionnaire-responses").WithTags("Measures");
        responses.MapGet("/", (Guid id, ClaimsPrincipal user, QuestionnaireResponseQueries queries, CancellationToken ct) =>
                queries.ForEpisodeAsync(user, id, ct))
            .RequireAuthorization(Policies.CaseWorkers)
            .WithSummary("Lists the questionnaire responses recorded in an episode")
            .WithDescription("Newest answered first, each with its questionnaire, how it was asked (WithLinkWorker, Online or Paper), when it " +
                "was answered and recorded, who recorded it, and each measure's score and band as recorded. Every read is audited.");

        responses.MapPost("/", async (Guid id, ResponseRequest request, ClaimsPrincipal user, RecordQuestionnaireResponse record, CancellationToken ct) =>
            {
                var response = await record.ExecuteAsync(user, id, request.ToInput(), ct);
                return TypedResults.Created($"/api/questionnaire-responses/{response.Id}", new { response.Id });
            })
            .RequireAuthorization(Policies.LinkWorker)
            .WithSummary("Records a person's answers to a questionnaire")
            .WithDescription("answers maps each question's link id to a whole number (scale questions) or the chosen answer's code. mode is " +
                "WithLinkWorker or Paper; answeredOn defaults to today. Every problem is reported at once, answers as answers.{linkId}.");

        app.MapGet("/api/questionnaire-responses/{responseId:guid}", async (
                Guid responseId, ClaimsPrincipal user, QuestionnaireResponseQueries queries, CancellationToken ct) =>
                Fhir(await queries.FhirAsync(user, responseId, ct)))
            .WithTags("Measures")
            .RequireAuthorization(Policies.CaseWorkers)
            .WithSummary("Reads a response as FHIR R4 QuestionnaireResponse JSON")
            .WithDescription("Audited as a read of the person's record; a response outside your scope is 404.");
        return app;
    }

    private static IResult Fhir(JsonObject json) => Results.Text(json.ToJsonString(), FhirJson);
}

/// <summary>A questionnaire in a list, with what it measures.</summary>
public sealed record QuestionnaireSummary(Guid Id, string Url, string Version, string Title, QuestionnaireStatus Status, IReadOnlyList<Measure> Measures)
{
    public static QuestionnaireSummary Of(QuestionnaireDefinition d) => new(d.Id, d.Url, d.Version, d.Title, d.Status, d.Measures());
}

public sealed record ResponseRequest(
    [property: Required] Guid? QuestionnaireId,
    [property: Required, MaxLength(QuestionnaireDefinition.MaxItems)] IReadOnlyDictionary<string, string?>? Answers,
    [property: Required] ResponseMode? Mode,
    DateOnly? AnsweredOn)
{
    public ResponseInput ToInput() => new(QuestionnaireId, Answers, Mode, AnsweredOn);
}
