using Waymark.Domain.Contacts;

namespace Waymark.Domain.Episodes;

/// <summary>
/// The attempts to reach a person since they were last reached, measured against a <see cref="LostContactRule"/>:
/// how many, over which ways of contact, across how many days, and whether each part of the rule is met.
/// </summary>
public sealed record LostContactAssessment(
    LostContactRule Rule, DateTimeOffset? LastReached, int Attempts, IReadOnlyList<ContactMode> Modes, int Days)
{
    public bool EnoughAttempts => Attempts >= Rule.MinAttempts;

    public bool EnoughModes => Modes.Count >= Rule.MinModes;

    public bool EnoughDays => Days >= Rule.MinDays;

    public bool IsMet => EnoughAttempts && EnoughModes && EnoughDays;
}
