using Waymark.Domain.Plans;

namespace Waymark.Web.Features.Plans;

/// <summary>The tag colour for each goal status; the words (RecordWords.Describe) always show, colour never stands alone.</summary>
public static class GoalStatusNames
{
    public static string TagClass(GoalStatus status) => status switch
    {
        GoalStatus.NotStarted => "nhsuk-tag--white",
        GoalStatus.InProgress => "nhsuk-tag--blue",
        GoalStatus.Achieved => "nhsuk-tag--green",
        _ => "nhsuk-tag--grey",
    };

    /// <summary>What one step of a goal's history was, in plain words ("Added, not started", "Stopped", "Reopened").</summary>
    public static string Happened(GoalStatusChangeView change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change.Status switch
        {
            GoalStatus.NotStarted => "Added, not started",
            GoalStatus.InProgress => change.IsReopening ? "Reopened" : "Started",
            GoalStatus.Achieved => "Achieved",
            GoalStatus.Changed => "Changed for a new goal",
            _ => "Stopped",
        };
    }
}
