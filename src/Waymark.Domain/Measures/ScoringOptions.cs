namespace Waymark.Domain.Measures;

/// <summary>
/// A service's choices when scoring: where to put a questionnaire's <see cref="Cutoff"/> (for UCLA-3, the total from
/// which a person counts as lonely). Null means the questionnaire's default.
/// </summary>
public sealed record ScoringOptions(int? CutoffAt = null)
{
    public static readonly ScoringOptions Default = new();
}
