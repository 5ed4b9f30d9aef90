namespace Waymark.Domain.Referrals;

/// <summary>How soon the referrer thinks the person should be contacted; triage may still reorder.</summary>
public enum Urgency
{
    Routine = 1,
    Soon = 2,
    Urgent = 3,
}
