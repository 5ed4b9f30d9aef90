namespace Waymark.Domain.People;

/// <summary>Why an existing record is probably the same person.</summary>
public enum MatchReason
{
    SameNhsNumber = 1,
    SameNameAndDateOfBirth = 2,
}
