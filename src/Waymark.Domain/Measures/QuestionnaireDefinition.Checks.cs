using System.Globalization;
using Waymark.Domain.Common;

namespace Waymark.Domain.Measures;

public sealed partial class QuestionnaireDefinition
{
    private void CheckItems()
    {
        if (_items.Count is 0 or > MaxItems)
        {
            throw new DomainException($"A questionnaire needs from 1 to {MaxItems} questions", nameof(Items));
        }

        var repeated = _items.GroupBy(i => i.LinkId, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new DomainException($"Two questions have the link id \"{repeated.Key}\"; give each question its own", nameof(Items));
        }
    }

    private void CheckScoring()
    {
        if (Scoring.Method == ScoringMethod.PerItem)
        {
            var unbanded = _items.FirstOrDefault(i => i.Banding is null);
            if (unbanded is not null)
            {
                throw new DomainException(
                    $"The question \"{unbanded.LinkId}\" needs to say how its score is read, because each question is scored on its own", nameof(Scoring));
            }

            foreach (var item in _items)
            {
                CheckBands(item.Name, item.Banding!, item.PossibleScores.Select(s => (decimal)s).ToList());
            }

            return;
        }

        var optional = _items.FirstOrDefault(i => !i.Required || i.Banding is not null);
        if (optional is not null)
        {
            throw new DomainException(
                optional.Required
                    ? $"The question \"{optional.LinkId}\" has its own bands, but this questionnaire is scored as a total"
                    : $"The question \"{optional.LinkId}\" must be required, because every answer counts towards the total",
                nameof(Items));
        }

        var totals = PossibleTotals();
        Scoring.Conversion?.CheckCovers(totals);
        CheckBands(Scoring.Conversion?.MetricName ?? Scoring.TotalName!, Scoring.TotalBanding!, totals.Select(ConvertTotal).ToList());
    }

    /// <summary>Every possible score in exactly one band (overlaps are refused when the bands are made), and no band that no score can reach.</summary>
    private static void CheckBands(string name, Banding banding, IReadOnlyList<decimal> possible)
    {
        var bands = banding.Resolve(possible.Min(), possible.Max(), null);
        if (bands.Count == 0)
        {
            return;
        }

        var outside = possible.FirstOrDefault(p => !bands.Any(b => b.Contains(p)), decimal.MinValue);
        if (outside != decimal.MinValue)
        {
            throw new DomainException(string.Create(CultureInfo.InvariantCulture, $"A score of {outside} for \"{name}\" is in no band; the bands must cover every possible score"), "Bands");
        }

        var empty = bands.FirstOrDefault(b => !possible.Any(b.Contains));
        if (empty is not null)
        {
            throw new DomainException($"No possible score for \"{name}\" is in the band \"{empty.Label}\"", "Bands");
        }
    }
}
