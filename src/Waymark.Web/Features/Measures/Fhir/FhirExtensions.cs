using System.Globalization;
using System.Text.Json.Nodes;
using Waymark.Domain.Common;

namespace Waymark.Web.Features.Measures.Fhir;

/// <summary>
/// The FHIR extensions the measures mapping uses: the core minValue, maxValue and ordinalValue extensions where R4 has
/// them, and Waymark's own (under <see cref="Base"/>) for what R4 cannot say: the scoring rule, bands, thresholds,
/// conversion tables, scale anchors and how a response was given. Complex extensions name their parts by relative url,
/// as FHIR does.
/// </summary>
public static class FhirExtensions
{
    public const string Base = "https://waymark.nhs.uk/fhir/StructureDefinition/";
    public const string ScoringUrl = Base + "questionnaire-scoring";
    public const string ItemNameUrl = Base + "item-name";
    public const string ScaleAnchorsUrl = Base + "scale-anchors";
    public const string BandingUrl = Base + "banding";
    public const string ResponseModeUrl = Base + "response-mode";
    public const string RecordedAtUrl = Base + "recorded-at";
    public const string EpisodeUrl = Base + "episode-of-care";
    public const string MinValueUrl = "http://hl7.org/fhir/StructureDefinition/minValue";
    public const string MaxValueUrl = "http://hl7.org/fhir/StructureDefinition/maxValue";
    public const string OrdinalValueUrl = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

    internal static JsonObject Value(string url, string type, JsonNode? value) => new() { ["url"] = url, [type] = value };

    internal static JsonObject Complex(string url, IEnumerable<JsonObject?> parts) =>
        new() { ["url"] = url, ["extension"] = new JsonArray([.. parts.OfType<JsonObject>()]) };

    internal static IEnumerable<JsonObject> All(JsonNode? owner, string url) =>
        (owner?["extension"] as JsonArray ?? []).OfType<JsonObject>().Where(e => e["url"]?.GetValue<string>() == url);

    internal static JsonObject? Find(JsonNode? owner, string url) => All(owner, url).FirstOrDefault();

    internal static string? ReadString(JsonNode? owner, string url, string type = "valueString") =>
        Find(owner, url)?[type] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    internal static int? ReadInteger(JsonNode? owner, string url) =>
        Find(owner, url)?["valueInteger"] is JsonValue v && v.TryGetValue<int>(out var i) ? i : null;

    /// <summary>A valueDecimal, whether parsed from text or built in memory from an int or a decimal.</summary>
    internal static decimal? ReadDecimal(JsonNode? owner, string url) => Find(owner, url)?["valueDecimal"] is JsonValue v
        ? v.TryGetValue<decimal>(out var d) ? d : v.TryGetValue<int>(out var i) ? i : null
        : null;

    internal static string ReadText(JsonNode? node, string name) =>
        node?[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : string.Empty;

    /// <summary>A FHIR dateTime with seconds and the offset ("2026-11-02T10:00:00+00:00").</summary>
    internal static string FhirDateTime(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    internal static DomainException Problem(string message) => new(message, "Questionnaire");
}
