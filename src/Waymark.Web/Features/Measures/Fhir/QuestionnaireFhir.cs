using System.Text.Json;
using System.Text.Json.Nodes;
using Waymark.Domain.Measures;
using static Waymark.Web.Features.Measures.Fhir.FhirExtensions;

namespace Waymark.Web.Features.Measures.Fhir;

/// <summary>
/// A <see cref="QuestionnaireDefinition"/> to and from FHIR R4 <c>Questionnaire</c> JSON, mapped by hand with
/// System.Text.Json: the Firely SDK does not restore on these machines (docs/stack-notes.md), and the mapping is
/// small. Scale items are <c>integer</c> items with the core minValue/maxValue extensions; choice items are
/// <c>choice</c> items whose answer options carry their score as the core ordinalValue extension; what R4 has no
/// element for (scoring rule, bands, thresholds, conversion tables, anchors, short names) is in Waymark extensions
/// (<see cref="FhirExtensions"/>). Import goes through the domain's factories, so an imported definition is checked
/// exactly as one made in Waymark; an unreadable one is refused with a <see cref="Domain.Common.DomainException"/>.
/// </summary>
public static class QuestionnaireFhir
{
    public static JsonObject ToJson(QuestionnaireDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var json = new JsonObject
        {
            ["resourceType"] = "Questionnaire",
            ["id"] = definition.Id.ToString(),
            ["extension"] = new JsonArray(ScoringJson(definition.Scoring)),
            ["url"] = definition.Url,
            ["version"] = definition.Version,
            ["title"] = definition.Title,
            ["status"] = definition.Status.ToString().ToLowerInvariant(),
            ["subjectType"] = new JsonArray("Patient"),
        };
        if (definition.Introduction is not null)
        {
            json["description"] = definition.Introduction;
        }

        if (definition.LicenceNote is not null)
        {
            json["copyright"] = definition.LicenceNote;
        }

        json["item"] = new JsonArray([.. definition.Items.Select(ItemJson)]);
        return json;
    }

    public static QuestionnaireDefinition FromJson(string json)
    {
        try
        {
            return FromJson(JsonNode.Parse(json));
        }
        catch (JsonException ex)
        {
            throw Problem($"The file is not valid JSON ({ex.Message}). Give a FHIR R4 Questionnaire.");
        }
    }

    public static QuestionnaireDefinition FromJson(JsonNode? root)
    {
        if (root is not JsonObject q || ReadText(q, "resourceType") != "Questionnaire")
        {
            throw Problem("The file is not a FHIR R4 Questionnaire (its resourceType must be \"Questionnaire\")");
        }

        var status = ReadText(q, "status") switch
        {
            "draft" => QuestionnaireStatus.Draft,
            "active" => QuestionnaireStatus.Active,
            "retired" => QuestionnaireStatus.Retired,
            var other => throw Problem($"Waymark reads a questionnaire whose status is draft, active or retired, not \"{other}\""),
        };
        var items = (q["item"] as JsonArray ?? []).OfType<JsonObject>().Select(ReadItem).ToList();
        return QuestionnaireDefinition.Create(
            ReadText(q, "url"), ReadText(q, "version"), ReadText(q, "title"), items, ReadScoring(q), ReadText(q, "description"), ReadText(q, "copyright"), status,
            Guid.TryParse(ReadText(q, "id"), out var id) ? id : null);
    }

    private static JsonObject ScoringJson(ScoringRule rule) => Complex(ScoringUrl,
    [
        Value("method", "valueCode", rule.Method == ScoringMethod.PerItem ? "per-item" : "total"),
        rule.TotalName is null ? null : Value("totalName", "valueString", rule.TotalName),
        rule.TotalBanding is null ? null : BandingJson("banding", rule.TotalBanding),
        rule.Conversion is null ? null : Complex("conversion",
        [
            Value("metricName", "valueString", rule.Conversion.MetricName),
            .. rule.Conversion.Rows.Select(r => Complex("row", [Value("raw", "valueInteger", r.RawTotal), Value("metric", "valueDecimal", r.Metric)])),
        ]),
    ]);

    private static JsonObject BandingJson(string url, Banding banding) => Complex(url,
    [
        Value("direction", "valueCode", banding.Direction == ScoreDirection.HigherIsBetter ? "higher-is-better" : "higher-is-worse"),
        Value("meaningfulChange", "valueDecimal", banding.MeaningfulChange),
        .. banding.Bands.Select(b => Complex("band", [Value("from", "valueDecimal", b.From), Value("to", "valueDecimal", b.To), Value("label", "valueString", b.Label)])),
        banding.Cutoff is null ? null : Complex("cutoff",
        [
            Value("label", "valueString", banding.Cutoff.Label),
            Value("belowLabel", "valueString", banding.Cutoff.BelowLabel),
            Value("defaultAt", "valueInteger", banding.Cutoff.DefaultAt),
        ]),
    ]);

    private static JsonObject ItemJson(QuestionnaireItem item)
    {
        var extensions = new List<JsonObject?>
        {
            Value(ItemNameUrl, "valueString", item.Name),
            item.Min is { } min ? Value(MinValueUrl, "valueInteger", min) : null,
            item.Max is { } max ? Value(MaxValueUrl, "valueInteger", max) : null,
            item.Anchors is null ? null : Complex(ScaleAnchorsUrl, [Value("atMin", "valueString", item.Anchors.AtMin), Value("atMax", "valueString", item.Anchors.AtMax)]),
            item.Banding is null ? null : BandingJson(BandingUrl, item.Banding),
        };
        var json = new JsonObject
        {
            ["extension"] = new JsonArray([.. extensions.OfType<JsonObject>()]),
            ["linkId"] = item.LinkId,
            ["text"] = item.Text,
            ["type"] = item.Kind == AnswerKind.Scale ? "integer" : "choice",
            ["required"] = item.Required,
        };
        if (item.Kind == AnswerKind.Choice)
        {
            json["answerOption"] = new JsonArray([.. item.Options.Select(o => new JsonObject
            {
                ["valueCoding"] = new JsonObject
                {
                    ["extension"] = new JsonArray(Value(OrdinalValueUrl, "valueDecimal", (decimal)o.Score)),
                    ["code"] = o.Code,
                    ["display"] = o.Display,
                },
            })]);
        }

        return json;
    }

    private static QuestionnaireItem ReadItem(JsonObject item)
    {
        var (linkId, text, name, required) = (ReadText(item, "linkId"), ReadText(item, "text"), ReadString(item, ItemNameUrl), item["required"]?.GetValue<bool>() ?? false);
        var banding = Find(item, BandingUrl) is { } b ? ReadBanding(b) : null;
        switch (ReadText(item, "type"))
        {
            case "integer":
                var anchors = Find(item, ScaleAnchorsUrl) is { } a ? new ScaleAnchors(ReadString(a, "atMin") ?? string.Empty, ReadString(a, "atMax") ?? string.Empty) : null;
                return QuestionnaireItem.Scale(
                    linkId, text,
                    ReadInteger(item, MinValueUrl) ?? throw Problem($"The question \"{linkId}\" needs a minValue extension"),
                    ReadInteger(item, MaxValueUrl) ?? throw Problem($"The question \"{linkId}\" needs a maxValue extension"),
                    anchors, banding, required, name);
            case "choice":
                var options = (item["answerOption"] as JsonArray ?? []).OfType<JsonObject>().Select(o => o["valueCoding"]).Select(c => new AnswerOption(
                    ReadText(c, "code"), ReadText(c, "display"),
                    ReadDecimal(c, OrdinalValueUrl) is { } score && score == decimal.Truncate(score)
                        ? (int)score
                        : throw Problem($"Each answer to the question \"{linkId}\" needs a whole-number ordinalValue extension (its score)")));
                return QuestionnaireItem.Choice(linkId, text, [.. options], banding, required, name);
            default:
                throw Problem($"The question \"{linkId}\" is of type \"{ReadText(item, "type")}\"; Waymark scores only integer and choice questions");
        }
    }

    private static ScoringRule ReadScoring(JsonObject q)
    {
        var scoring = Find(q, ScoringUrl) ?? throw Problem($"The questionnaire has no scoring extension ({ScoringUrl})");
        if (ReadString(scoring, "method", "valueCode") == "per-item")
        {
            return ScoringRule.PerItem();
        }

        var banding = Find(scoring, "banding") is { } b ? ReadBanding(b) : throw Problem("A questionnaire scored as a total needs a banding in its scoring extension");
        var conversion = Find(scoring, "conversion") is { } c
            ? ScoreConversion.Of(ReadString(c, "metricName"), All(c, "row").Select(r => new ConversionRow(
                ReadInteger(r, "raw") ?? throw Problem("Each row of the conversion table needs a whole-number raw total"),
                ReadDecimal(r, "metric") ?? throw Problem("Each row of the conversion table needs a metric score"))))
            : null;
        return ScoringRule.Total(ReadString(scoring, "totalName"), banding, conversion);
    }

    private static Banding ReadBanding(JsonObject banding)
    {
        var direction = ReadString(banding, "direction", "valueCode") switch
        {
            "higher-is-better" => ScoreDirection.HigherIsBetter,
            "higher-is-worse" => ScoreDirection.HigherIsWorse,
            _ => throw Problem("Each banding needs a direction: higher-is-better or higher-is-worse"),
        };
        var change = ReadDecimal(banding, "meaningfulChange") ?? throw Problem("Each banding needs a meaningfulChange");
        if (Find(banding, "cutoff") is { } cutoff)
        {
            return Banding.WithCutoff(direction, change, new Cutoff(
                ReadString(cutoff, "label") ?? string.Empty, ReadString(cutoff, "belowLabel") ?? string.Empty,
                ReadInteger(cutoff, "defaultAt") ?? throw Problem("A threshold needs a whole-number defaultAt")));
        }

        return Banding.Of(direction, change, All(banding, "band").Select(b => new Band(
            ReadDecimal(b, "from") ?? throw Problem("Each band needs a from"), ReadDecimal(b, "to") ?? throw Problem("Each band needs a to"), ReadString(b, "label") ?? string.Empty)));
    }
}
