namespace Waymark.Domain.Measures;

/// <summary>
/// A named range of scores, both ends included (<c>7</c> to <c>8</c> is "High"). Ranges are decimals so that bands
/// can sit on a converted metric score as well as on whole-number scores.
/// </summary>
public sealed record Band(decimal From, decimal To, string Label)
{
    public bool Contains(decimal value) => value >= From && value <= To;

    public bool Overlaps(Band other) => From <= other.To && other.From <= To;
}
