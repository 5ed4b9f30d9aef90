namespace Waymark.Domain.Plans;

/// <summary>
/// Where a goal stands. Achieved, Changed and Stopped close it: Changed means the person swapped it for a new goal
/// (kept so the history shows how the plan moved); Achieved and Stopped can be reopened, with a reason.
/// </summary>
public enum GoalStatus
{
    NotStarted = 1,
    InProgress = 2,
    Achieved = 3,
    Changed = 4,
    Stopped = 5,
}
