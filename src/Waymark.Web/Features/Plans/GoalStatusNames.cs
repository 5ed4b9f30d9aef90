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
}
