using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Waymark.Domain.Measures;

namespace Waymark.Data.Measures;

/// <summary>
/// A questionnaire's items and scoring rule as JSON text columns. Written from the domain's public shape and read
/// back through its factories (<see cref="QuestionnaireItem.Scale"/>, <see cref="Banding.Of"/>,
/// <see cref="ScoringRule.Total"/>...), so a stored definition is rebuilt exactly as it was checked when made. The
/// records are plain transfer shapes: the domain types have no public constructors to deserialise into, on purpose.
/// Nothing inside is ever filtered on by the database; the url, version and status have columns of their own.
/// </summary>
internal static class QuestionnaireContentJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static ValueConverter<IReadOnlyList<QuestionnaireItem>, string> ItemsConverter() =>
        new(items => JsonSerializer.Serialize(items.Select(ItemJson.From).ToList(), Options), text => ReadItems(text));

    public static ValueComparer<IReadOnlyList<QuestionnaireItem>> ItemsComparer() =>
        new((a, b) => a == null ? b == null : b != null && a.SequenceEqual(b), list => list.Count, list => list.ToList());

    public static ValueConverter<ScoringRule, string> ScoringConverter() =>
        new(rule => JsonSerializer.Serialize(ScoringJson.From(rule), Options), text => ReadScoring(text));

    private static List<QuestionnaireItem> ReadItems(string text) =>
        (JsonSerializer.Deserialize<List<ItemJson>>(text, Options) ?? []).Select(i => i.ToItem()).ToList();

    private static ScoringRule ReadScoring(string text) =>
        (JsonSerializer.Deserialize<ScoringJson>(text, Options) ?? throw new JsonException("A questionnaire's scoring rule is empty")).ToRule();

    private sealed record ItemJson(
        string LinkId, string Text, string Name, AnswerKind Kind, bool Required, int? Min, int? Max, ScaleAnchors? Anchors,
        IReadOnlyList<AnswerOption>? Options, BandingJson? Banding)
    {
        public static ItemJson From(QuestionnaireItem i) => new(
            i.LinkId, i.Text, i.Name, i.Kind, i.Required, i.Min, i.Max, i.Anchors, i.Options.Count > 0 ? i.Options : null, BandingJson.From(i.Banding));

        public QuestionnaireItem ToItem() => Kind == AnswerKind.Scale
            ? QuestionnaireItem.Scale(LinkId, Text, Min ?? 0, Max ?? 0, Anchors, Banding?.ToBanding(), Required, Name)
            : QuestionnaireItem.Choice(LinkId, Text, Options ?? [], Banding?.ToBanding(), Required, Name);
    }

    private sealed record BandingJson(ScoreDirection Direction, decimal MeaningfulChange, IReadOnlyList<Band>? Bands, Cutoff? Cutoff)
    {
        public static BandingJson? From(Banding? b) => b is null ? null : new(b.Direction, b.MeaningfulChange, b.Bands.Count > 0 ? b.Bands : null, b.Cutoff);

        public Banding ToBanding() => Cutoff is null
            ? Banding.Of(Direction, MeaningfulChange, Bands ?? [])
            : Banding.WithCutoff(Direction, MeaningfulChange, Cutoff);
    }

    private sealed record ScoringJson(ScoringMethod Method, string? TotalName, BandingJson? TotalBanding, string? MetricName, IReadOnlyList<ConversionRow>? Conversion)
    {
        public static ScoringJson From(ScoringRule r) =>
            new(r.Method, r.TotalName, BandingJson.From(r.TotalBanding), r.Conversion?.MetricName, r.Conversion?.Rows);

        public ScoringRule ToRule() => Method == ScoringMethod.PerItem
            ? ScoringRule.PerItem()
            : ScoringRule.Total(
                TotalName,
                TotalBanding?.ToBanding() ?? throw new JsonException("A totalled questionnaire's stored scoring has no bands"),
                Conversion is null ? null : ScoreConversion.Of(MetricName, Conversion));
    }
}
