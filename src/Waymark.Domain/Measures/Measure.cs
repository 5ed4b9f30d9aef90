namespace Waymark.Domain.Measures;

/// <summary>
/// One thing a questionnaire measures, as charts, bands and change over time see it: an item of a per-item
/// questionnaire (ONS4's "anxiety", id = its link id) or the total of a totalled one (id
/// <see cref="ScoringRule.TotalMeasureId"/>). <see cref="Lowest"/> and <see cref="Highest"/> are the lowest and
/// highest possible scores (after conversion); <see cref="Bands"/> are resolved, with any threshold where the service
/// put it (<see cref="CutoffAt"/>).
/// </summary>
public sealed record Measure(
    string Id, string Name, ScoreDirection Direction, decimal Lowest, decimal Highest, IReadOnlyList<Band> Bands,
    decimal MeaningfulChange, int? CutoffAt = null)
{
    public Band? BandFor(decimal value) => Bands.FirstOrDefault(b => b.Contains(value));

    /// <summary>Where a band sits, lowest first; -1 when the value is in no band (or there are none).</summary>
    public int BandPosition(decimal value) => Bands.ToList().FindIndex(b => b.Contains(value));
}

/// <summary>The score of one measure in one response, with the band it falls in (null when the measure has no bands).</summary>
public sealed record MeasureScore(Measure Measure, decimal Value, int? RawTotal, Band? Band)
{
    /// <summary>At or above the service's threshold (for UCLA-3, lonely); false when the measure has no threshold.</summary>
    public bool MeetsCutoff => Measure.CutoffAt is { } at && Value >= at;
}

/// <summary>One question's score in a response.</summary>
public sealed record ItemScore(string LinkId, int Score);

/// <summary>
/// What a response scores: each answered item's score and each measure's score and band. For a per-item
/// questionnaire an unanswered optional item has no measure score; a totalled questionnaire requires every item.
/// </summary>
public sealed record QuestionnaireScore(string DefinitionUrl, string DefinitionVersion, IReadOnlyList<ItemScore> Items, IReadOnlyList<MeasureScore> Measures)
{
    public MeasureScore? For(string measureId) => Measures.FirstOrDefault(m => m.Measure.Id == measureId);

    public MeasureScore? Total => For(ScoringRule.TotalMeasureId);
}
