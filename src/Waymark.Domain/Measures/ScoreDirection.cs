namespace Waymark.Domain.Measures;

/// <summary>
/// Which way is better for a score. Life satisfaction is better higher; anxiety and loneliness are worse higher.
/// Change over time is read through it, so a fall in anxiety counts as an improvement.
/// </summary>
public enum ScoreDirection
{
    HigherIsBetter,
    HigherIsWorse,
}
