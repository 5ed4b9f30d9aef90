using Waymark.Domain.Common;

namespace Waymark.Domain.Measures;

/// <summary>
/// How a questionnaire turns answers into scores. <see cref="PerItem"/>: each question is its own measure, read
/// through the item's <see cref="QuestionnaireItem.Banding"/> (ONS4). <see cref="Total"/>: the item scores add up to
/// one total, optionally converted through a <see cref="ScoreConversion"/>, and read through
/// <see cref="TotalBanding"/> (on the metric score when there is a conversion, else on the raw total).
/// </summary>
public sealed record ScoringRule
{
    public const string TotalMeasureId = "total";

    private ScoringRule(ScoringMethod method) => Method = method;

    public ScoringMethod Method { get; }

    /// <summary>What the total is called in charts and tables ("Loneliness score"); null when scored per item.</summary>
    public string? TotalName { get; private init; }

    public Banding? TotalBanding { get; private init; }

    public ScoreConversion? Conversion { get; private init; }

    public static ScoringRule PerItem() => new(ScoringMethod.PerItem);

    public static ScoringRule Total(string? totalName, Banding banding, ScoreConversion? conversion = null)
    {
        ArgumentNullException.ThrowIfNull(banding);
        if (conversion is not null && banding.Cutoff is not null)
        {
            throw new DomainException("A threshold can be set only on a raw total; give bands for the converted score instead", "Scoring");
        }

        return new ScoringRule(ScoringMethod.Total)
        {
            TotalName = Text.Required(totalName, "Scoring", "the name of the total score", Banding.LabelMaxLength),
            TotalBanding = banding,
            Conversion = conversion,
        };
    }
}
