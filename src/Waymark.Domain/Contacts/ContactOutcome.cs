namespace Waymark.Domain.Contacts;

/// <summary>Whether a contact reached the person or was only an attempt (no answer, message left, letter sent).</summary>
public enum ContactOutcome
{
    Reached = 1,
    Attempted = 2,
}
