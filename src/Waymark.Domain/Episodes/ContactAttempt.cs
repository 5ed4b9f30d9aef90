using Waymark.Domain.Contacts;

namespace Waymark.Domain.Episodes;

/// <summary>A contact with the person as the lost-contact rule sees it: when, how, and whether they were reached.</summary>
public readonly record struct ContactAttempt(DateTimeOffset At, ContactMode Mode, bool Reached);
