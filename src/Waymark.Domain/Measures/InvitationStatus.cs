namespace Waymark.Domain.Measures;

/// <summary>Where a one-time questionnaire link stands. Only an <see cref="Open"/> link can be answered.</summary>
public enum InvitationStatus
{
    Open,
    Used,
    Withdrawn,
    Expired,
}
