namespace Waymark.Domain.Episodes;

/// <summary>How soon a person accepted at triage should be allocated; the waiting list sorts by this, then by days waiting.</summary>
public enum Priority
{
    Routine = 1,
    Soon = 2,
    Urgent = 3,
}
