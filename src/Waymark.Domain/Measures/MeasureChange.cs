using Waymark.Domain.Common;

namespace Waymark.Domain.Measures;

/// <summary>
/// The change in one measure between a baseline and a later response: the difference (latest minus baseline, on the
/// measure's own scale: the metric score when there is a conversion), the band movement, and the outcome.
/// <para>
/// The rule for the outcome: <b>improved</b> when the score moved in the better direction by at least the
/// measure's <see cref="Banding.MeaningfulChange"/>, <b>worse</b> when it moved the other way by at least as much,
/// otherwise <b>unchanged</b>. Bands do not decide it: a band edge turns a one-point wobble (6 to 7 on ONS4) into a
/// "change" while a real move inside a wide band (0 to 4) would count as none. The band movement is reported beside
/// it for people to read. The built-in thresholds: 2 points on each ONS4 item (a single point on a 0 to 10 "how did
/// you feel yesterday" scale is within everyday ups and downs), 1 point on the UCLA-3 total (one answer moving one
/// step, on a 3 to 9 scale with only three answers per question).
/// </para>
/// </summary>
public sealed record MeasureChange(Measure Measure, MeasureScore Baseline, MeasureScore Latest, decimal Difference, BandMovement BandMovement, ChangeOutcome Outcome)
{
    /// <summary>
    /// The change in each measure scored in both responses to the same questionnaire (the same url; versions may
    /// differ, measures are matched by id and read with the latest version's direction, bands and threshold).
    /// A measure missing from either side (an optional ONS4 item left unanswered) is left out, not guessed.
    /// </summary>
    public static IReadOnlyList<MeasureChange> Between(QuestionnaireScore baseline, QuestionnaireScore latest)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(latest);
        if (baseline.DefinitionUrl != latest.DefinitionUrl)
        {
            throw new DomainException("Change can be measured only between two responses to the same questionnaire", "Responses");
        }

        return latest.Measures
            .Select(l => (Latest: l, Baseline: baseline.For(l.Measure.Id)))
            .Where(x => x.Baseline is not null)
            .Select(x => Of(x.Baseline!, x.Latest))
            .ToList();
    }

    /// <summary>The change between two scores of the same measure, read with the latest one's measure.</summary>
    public static MeasureChange Of(MeasureScore baseline, MeasureScore latest)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(latest);
        var measure = latest.Measure;
        var difference = latest.Value - baseline.Value;
        var better = measure.Direction == ScoreDirection.HigherIsBetter ? difference : -difference;
        var outcome = better >= measure.MeaningfulChange ? ChangeOutcome.Improved
            : -better >= measure.MeaningfulChange ? ChangeOutcome.Worse
            : ChangeOutcome.Unchanged;
        var (from, to) = (measure.BandPosition(baseline.Value), measure.BandPosition(latest.Value));
        var movement = from < 0 || to < 0 ? BandMovement.NoBands
            : to > from ? BandMovement.Up
            : to < from ? BandMovement.Down
            : BandMovement.Same;
        return new MeasureChange(measure, baseline, latest, difference, movement, outcome);
    }
}
