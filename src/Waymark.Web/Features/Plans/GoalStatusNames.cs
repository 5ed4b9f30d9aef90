using Waymark.Domain.Plans;

namespace Waymark.Web.Features.Plans;

/// <summary>Goal statuses in words, and the tag colour for each (the words always show; colour never stands alone).</summary>
public static class GoalStatusNames
{
    public static string Describe(GoalStatus status) => status switch
    {
        GoalStatus.NotStarted => "Not started",
        GoalStatus.InProgress => "In progress",
        GoalStatus.Achieved => "Achieved",
        GoalStatus.Changed => "Changed",
        GoalStatus.Stopped => "Stopped",
        _ => status.ToString(),
    };

    public static string TagClass(GoalStatus status) => status switch
    {
        GoalStatus.NotStarted => "nhsuk-tag--white",
        GoalStatus.InProgress => "nhsuk-tag--blue",
        GoalStatus.Achieved => "nhsuk-tag--green",
        _ => "nhsuk-tag--grey",
    };
}
