namespace Waymark.Domain.Episodes;

/// <summary>
/// The contacts of the episode and the programme's rule, given when discharging for lost contact. Without a rule the
/// domain default applies (3 attempts, 2 ways, 14 days).
/// </summary>
public sealed record LostContactEvidence(IReadOnlyCollection<ContactAttempt> Contacts, LostContactRule Rule)
{
    public LostContactEvidence(IReadOnlyCollection<ContactAttempt> contacts)
        : this(contacts, LostContactRule.Default)
    {
    }
}
