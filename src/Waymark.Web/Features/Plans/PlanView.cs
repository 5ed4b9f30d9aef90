using Waymark.Domain.Plans;

namespace Waymark.Web.Features.Plans;

public sealed record GoalView(
    Guid Id,
    string InTheirWords,
    IReadOnlyList<string> Steps,
    string? WhoHelps,
    DateOnly? TargetDate,
    DateOnly? ReviewDate,
    GoalStatus Status,
    string? StatusReason,
    Guid? ReplacedById,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public bool IsOpen => Status is GoalStatus.NotStarted or GoalStatus.InProgress;

    public static GoalView From(Goal goal) => new(
        goal.Id, goal.InTheirWords, [.. goal.Steps], goal.WhoHelps, goal.TargetDate, goal.ReviewDate, goal.Status, goal.StatusReason,
        goal.ReplacedById, goal.CreatedAt, goal.UpdatedAt);
}

/// <summary>An episode's plan: its goals in the order they were agreed. An episode with no goals yet has no plan (null id).</summary>
public sealed record PlanView(Guid EpisodeId, Guid? PlanId, IReadOnlyList<GoalView> Goals)
{
    public static PlanView From(Guid episodeId, Plan? plan) => new(
        episodeId, plan?.Id, plan is null ? [] : [.. plan.Goals.OrderBy(g => g.CreatedAt).ThenBy(g => g.Id).Select(GoalView.From)]);

    public GoalView? Find(Guid goalId) => Goals.FirstOrDefault(g => g.Id == goalId);

    /// <summary>The next review: the earliest review date of an open goal.</summary>
    public DateOnly? NextReview => Goals.Where(g => g.IsOpen && g.ReviewDate is not null).Min(g => g.ReviewDate);
}
