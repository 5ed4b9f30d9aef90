using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Waymark.Web.Features.DirectoryImport;

/// <summary>Reading values: lists with their field names, ids, text, numbers, dates and times, each wrong shape noted against its field.</summary>
public static partial class OrukJsonReader
{
    /// <summary>Items of a list property with the field name of each (<c>Schedules[0]</c>); null when the feed leaves the property out.</summary>
    private static List<T>? List<T>(JsonObject json, string name, Guid parent, string field, Func<JsonObject, int, string, T> read)
    {
        _ = parent;
        return json[name] is JsonArray array
            ? [.. array.OfType<JsonObject>().Select((item, index) => read(item, index, $"{field}[{index}]"))]
            : null;
    }

    private static Guid IdOr(JsonObject json, Guid fallback) => Str(json, "id") is { } id ? StableId.Of(id) : fallback;

    internal static string? Str(JsonObject json, string name) => json[name] switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>() is { Length: > 0 } text ? text : null,
        JsonValue value when value.GetValueKind() is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.ToJsonString(),
        _ => null,
    };

    private static int? Int(JsonObject json, string name) =>
        int.TryParse(Str(json, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static bool? Bool(JsonObject json, string name) => json[name] is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? v.GetValue<bool>() : null;

    /// <summary>Reads typed values, noting each one of the wrong shape against its field.</summary>
    private sealed class Reader
    {
        public List<ImportProblem> Problems { get; } = [];

        public void Problem(string field, string message) => Problems.Add(new ImportProblem("service", string.Empty, field, message));

        public int? Int(JsonObject json, string name, string field) => Parse(json, name, field, "a whole number, like 18",
            text => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : (int?)null);

        public decimal? Decimal(JsonObject json, string name, string field) => Parse(json, name, field, "an amount, like 3.50",
            text => decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : (decimal?)null);

        public double? Double(JsonObject json, string name, string field) => Parse(json, name, field, "a number of degrees, like 53.8",
            text => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : (double?)null);

        public DateOnly? Date(JsonObject json, string name, string field) => Parse(json, name, field, "a date as YYYY-MM-DD, like 2026-04-01",
            text => DateOnly.TryParseExact(text.Length > 10 && text[10] == 'T' ? text[..10] : text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var v) ? v : (DateOnly?)null);

        public TimeOnly? Time(JsonObject json, string name, string field) => Parse(json, name, field, "a time as HH:MM or HH:MM:SS, like 09:30",
            text => TimeOnly.TryParseExact(text.Length > 8 ? text[..8] : text, ["HH:mm:ss", "HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var v) ? v : (TimeOnly?)null);

        public DateTimeOffset? Timestamp(JsonObject json, string name, string field) => Parse(json, name, field, "a date and time, like 2026-04-01T09:30:00Z",
            text => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var v) ? v : (DateTimeOffset?)null);

        private T? Parse<T>(JsonObject json, string name, string field, string shape, Func<string, T?> parse)
            where T : struct
        {
            if (Str(json, name) is not { } text)
            {
                return null;
            }

            var value = parse(text.Trim());
            if (value is null)
            {
                Problem(field, $"\"{text}\" is not {shape}");
            }

            return value;
        }
    }
}
