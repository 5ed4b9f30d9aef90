namespace Waymark.Domain.Plans;

/// <summary>
/// One step in a goal's history: the status it moved to, when, who recorded it (a member of staff's id; null when
/// not known, as for goals recorded before the history was kept or made by an import) and why, for a goal stopped or
/// reopened. A goal's first entry is its creation, as not started. Entries are never changed or removed.
/// </summary>
public sealed record GoalStatusChange(GoalStatus Status, DateTimeOffset At, Guid? By, string? Reason);
