namespace Waymark.Domain.People;

/// <summary>An existing record that is probably the same person, and why, in words for the screen.</summary>
public sealed record PersonMatchResult(PersonSummary Person, MatchReason Reason)
{
    public string Explanation => Reason == MatchReason.SameNhsNumber ? "Same NHS number" : "Same name and date of birth";
}
