using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Waymark.Testing.Standards;

/// <summary>The official ORUK 3.0 examples (../shared/standards/oruk/3.0/examples), and a check that Waymark's JSON holds all of one.</summary>
public static class OrukExamples
{
    public static JsonObject Load(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(SharedStandards.Require("oruk/3.0/examples"), name)))!.AsObject();

    /// <summary>
    /// The path of the first field of <paramref name="a"/> that <paramref name="b"/> lacks or holds differently, or null
    /// when <paramref name="b"/> holds everything <paramref name="a"/> does (it may hold more): numbers compare by
    /// value (35 and 35.0 are the same amount), objects by their fields in any order, text apart from spaces at either
    /// end (the domain trims every text, as everywhere in Waymark), everything else exactly.
    /// </summary>
    public static string? FirstMissing(JsonNode? a, JsonNode? b, string path = "$")
    {
        switch (a, b)
        {
            case (null, null):
                return null;
            case (JsonObject x, JsonObject y):
                foreach (var name in x.Select(p => p.Key))
                {
                    if (FirstMissing(x[name], y[name], $"{path}.{name}") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case (JsonArray x, JsonArray y) when x.Count == y.Count:
                return x.Zip(y).Select((p, i) => FirstMissing(p.First, p.Second, $"{path}[{i}]")).FirstOrDefault(d => d is not null);
            case (JsonValue x, JsonValue y) when x.GetValueKind() == JsonValueKind.Number && y.GetValueKind() == JsonValueKind.Number:
                return Number(x) == Number(y) ? null : $"{path}: {x} ≠ {y}";
            case (JsonValue x, JsonValue y) when x.GetValueKind() == JsonValueKind.String && y.GetValueKind() == JsonValueKind.String:
                return x.GetValue<string>().Trim() == y.GetValue<string>().Trim() ? null : $"{path}: {x.ToJsonString()} ≠ {y.ToJsonString()}";
            case (JsonValue x, JsonValue y) when JsonNode.DeepEquals(x, y):
                return null;
            default:
                return $"{path}: {a?.ToJsonString() ?? "(missing)"} ≠ {b?.ToJsonString() ?? "(missing)"}";
        }
    }

    private static decimal Number(JsonValue value) => decimal.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
}
