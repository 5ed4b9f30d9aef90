namespace Waymark.Domain.Measures;

/// <summary>
/// A threshold on a whole-number total that splits it into two bands: at or above <see cref="DefaultAt"/> is
/// <see cref="Label"/> ("Lonely"), below it is <see cref="BelowLabel"/> ("Not lonely"). A programme may move the
/// threshold (<see cref="ScoringOptions.CutoffAt"/>) without a new version of the questionnaire, because where to
/// draw the line is a service's choice, not part of the instrument's text.
/// </summary>
public sealed record Cutoff(string Label, string BelowLabel, int DefaultAt);
