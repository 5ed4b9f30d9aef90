using System.Text.Json.Nodes;
using Waymark.Domain.Measures;
using static Waymark.Web.Features.Measures.Fhir.FhirExtensions;

namespace Waymark.Web.Features.Measures.Fhir;

/// <summary>
/// A <see cref="QuestionnaireResponse"/> as FHIR R4 <c>QuestionnaireResponse</c> JSON. <c>questionnaire</c> is the
/// versioned canonical (<c>url|version</c>); the person is the <c>subject</c> and the <c>source</c> (they answered);
/// the <c>author</c> is the member of staff who recorded it (a Practitioner reference by staff id), or the person when
/// they answered online; <c>authored</c> is when they answered. How it was given, when it was recorded and the episode
/// of care are Waymark extensions. Choice answers are codings with the option's words; ids, never names, identify people.
/// </summary>
public static class QuestionnaireResponseFhir
{
    public static JsonObject ToJson(QuestionnaireResponse response, QuestionnaireDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(definition);
        if (response.DefinitionUrl != definition.Url || response.DefinitionVersion != definition.Version)
        {
            throw new ArgumentException("The definition must be the one the response answers", nameof(definition));
        }

        var person = new JsonObject { ["reference"] = $"Patient/{response.PersonId}" };
        var extensions = new JsonArray(
            Value(ResponseModeUrl, "valueCode", response.Mode switch
            {
                ResponseMode.WithLinkWorker => "with-link-worker",
                ResponseMode.Online => "online",
                _ => "paper",
            }),
            Value(RecordedAtUrl, "valueDateTime", FhirDateTime(response.RecordedAt)));
        if (response.EpisodeId is { } episodeId)
        {
            extensions.Add(Value(EpisodeUrl, "valueReference", new JsonObject { ["reference"] = $"EpisodeOfCare/{episodeId}" }));
        }

        return new JsonObject
        {
            ["resourceType"] = "QuestionnaireResponse",
            ["id"] = response.Id.ToString(),
            ["extension"] = extensions,
            ["questionnaire"] = $"{response.DefinitionUrl}|{response.DefinitionVersion}",
            ["status"] = "completed",
            ["subject"] = person.DeepClone(),
            ["authored"] = FhirDateTime(response.AnsweredAt),
            ["author"] = response.RecordedBy is { } staff ? new JsonObject { ["reference"] = $"Practitioner/{staff}" } : person.DeepClone(),
            ["source"] = person.DeepClone(),
            ["item"] = new JsonArray([.. response.Answers.Select(a => ItemJson(a, definition.FindItem(a.LinkId)!))]),
        };
    }

    private static JsonObject ItemJson(QuestionnaireAnswer answer, QuestionnaireItem item)
    {
        JsonObject value = answer.Number is { } number
            ? new() { ["valueInteger"] = number }
            : new() { ["valueCoding"] = new JsonObject { ["code"] = answer.Code, ["display"] = item.Options.First(o => o.Code == answer.Code).Display } };
        return new JsonObject { ["linkId"] = answer.LinkId, ["text"] = item.Text, ["answer"] = new JsonArray(value) };
    }
}
