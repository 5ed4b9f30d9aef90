namespace Waymark.Domain.Plans;

/// <summary>The parts of a goal that are revised as it goes: steps, who helps, the target and review dates.</summary>
public sealed record GoalDetails(IReadOnlyList<string?> Steps, string? WhoHelps = null, DateOnly? TargetDate = null, DateOnly? ReviewDate = null)
{
    public static readonly GoalDetails None = new([]);
}
