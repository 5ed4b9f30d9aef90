using Waymark.Domain.Measures;

namespace Waymark.Data.Measures;

/// <summary>
/// Adds a response and the score of each measure it answers (<see cref="RecordedScore"/>) to the context, for the
/// caller's one save: every way a response arrives (a link worker's form, the person's one-time link, the API, demo
/// data) stores the same rows, scored once, with the service's threshold at the time.
/// </summary>
public static class MeasureRecording
{
    public static IReadOnlyList<RecordedScore> Add(
        AppDbContext db, QuestionnaireDefinition definition, QuestionnaireResponse response, ScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(definition);
        var scores = RecordedScore.Of(response, definition.Score(response, options));
        db.QuestionnaireResponses.Add(response);
        db.MeasureScores.AddRange(scores);
        return scores;
    }
}
