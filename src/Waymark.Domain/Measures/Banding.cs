using System.Globalization;
using Waymark.Domain.Common;

namespace Waymark.Domain.Measures;

/// <summary>
/// How to read one score: which way is better, the bands it falls into (or a <see cref="Measures.Cutoff"/> that makes
/// two), and the <see cref="MeaningfulChange"/>: the smallest difference between two responses that counts as
/// improved or worse rather than unchanged. Bands are checked against the scores that are actually possible when the
/// questionnaire is defined (every possible score in exactly one band).
/// </summary>
public sealed record Banding
{
    public const int LabelMaxLength = 100;

    private Banding(ScoreDirection direction, IReadOnlyList<Band> bands, Cutoff? cutoff, decimal meaningfulChange) =>
        (Direction, Bands, Cutoff, MeaningfulChange) = (direction, bands, cutoff, meaningfulChange);

    public ScoreDirection Direction { get; }

    /// <summary>The bands, lowest first; empty when the score has a <see cref="Cutoff"/> instead, or no bands at all.</summary>
    public IReadOnlyList<Band> Bands { get; }

    public Cutoff? Cutoff { get; }

    /// <summary>
    /// The smallest difference, in the better or worse direction, that counts as a change. A smaller difference is
    /// "unchanged": a point either way on a short scale is within the ordinary swing of how a person feels that day.
    /// </summary>
    public decimal MeaningfulChange { get; }

    /// <summary>Bands given as ranges; they must not overlap, and are kept lowest first.</summary>
    public static Banding Of(ScoreDirection direction, decimal meaningfulChange, params IEnumerable<Band> bands)
    {
        var sorted = bands.Select(Checked).OrderBy(b => b.From).ToList();
        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i].Overlaps(sorted[i - 1]))
            {
                throw new DomainException(
                    $"The bands \"{sorted[i - 1].Label}\" and \"{sorted[i].Label}\" overlap; each score can be in only one band", "Bands");
            }
        }

        if (sorted.Select(b => b.Label).Distinct(StringComparer.OrdinalIgnoreCase).Count() != sorted.Count)
        {
            throw new DomainException("Give each band a different label", "Bands");
        }

        return new Banding(CheckedDirection(direction), sorted, null, CheckedChange(meaningfulChange));
    }

    /// <summary>Two bands either side of a threshold on a whole-number total; a programme may move the threshold.</summary>
    public static Banding WithCutoff(ScoreDirection direction, decimal meaningfulChange, Cutoff cutoff)
    {
        ArgumentNullException.ThrowIfNull(cutoff);
        var checkedCutoff = new Cutoff(
            Text.Required(cutoff.Label, "Cutoff", "a label for scores at or above the threshold", LabelMaxLength),
            Text.Required(cutoff.BelowLabel, "Cutoff", "a label for scores below the threshold", LabelMaxLength),
            cutoff.DefaultAt);
        if (string.Equals(checkedCutoff.Label, checkedCutoff.BelowLabel, StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainException("Give the scores above and below the threshold different labels", "Cutoff");
        }

        return new Banding(CheckedDirection(direction), [], checkedCutoff, CheckedChange(meaningfulChange));
    }

    /// <summary>The bands to use for scores from <paramref name="lowest"/> to <paramref name="highest"/>, with the threshold where the service put it.</summary>
    internal IReadOnlyList<Band> Resolve(decimal lowest, decimal highest, int? cutoffAt)
    {
        if (Cutoff is null)
        {
            return Bands;
        }

        var at = cutoffAt ?? Cutoff.DefaultAt;
        if (at <= lowest || at > highest)
        {
            throw new DomainException(
                string.Create(CultureInfo.InvariantCulture, $"The threshold must be a whole number from {lowest + 1} to {highest}"), "CutoffAt");
        }

        return [new Band(lowest, at - 1, Cutoff.BelowLabel), new Band(at, highest, Cutoff.Label)];
    }

    private static Band Checked(Band band)
    {
        ArgumentNullException.ThrowIfNull(band);
        var label = Text.Required(band.Label, "Bands", "a label for each band", LabelMaxLength);
        return band.From <= band.To
            ? band with { Label = label }
            : throw new DomainException($"The band \"{label}\" must start at or below where it ends", "Bands");
    }

    private static ScoreDirection CheckedDirection(ScoreDirection direction) => Enum.IsDefined(direction)
        ? direction
        : throw new DomainException("Say whether a higher score is better or worse", "Direction");

    private static decimal CheckedChange(decimal change) => change > 0
        ? change
        : throw new DomainException("The meaningful change must be more than 0", "MeaningfulChange");

    /// <summary>Equal when every part is equal, the bands compared one by one.</summary>
    public bool Equals(Banding? other) => other is not null
        && (Direction, Cutoff, MeaningfulChange) == (other.Direction, other.Cutoff, other.MeaningfulChange)
        && Bands.SequenceEqual(other.Bands);

    public override int GetHashCode() => HashCode.Combine(Direction, Cutoff, MeaningfulChange, Bands.Count);
}
