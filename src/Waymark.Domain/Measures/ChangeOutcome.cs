namespace Waymark.Domain.Measures;

/// <summary>How a measure moved from baseline to latest, read in its better direction (see <see cref="MeasureChange"/>).</summary>
public enum ChangeOutcome
{
    Improved,
    Unchanged,
    Worse,
}

/// <summary>
/// Which way the band moved along the score axis (not better or worse: a move up in anxiety is a move to a worse
/// band). <see cref="NoBands"/> when the measure has no bands.
/// </summary>
public enum BandMovement
{
    Up,
    Same,
    Down,
    NoBands,
}
