using Waymark.Domain.Plans;

namespace Waymark.Web.Features.Plans;

/// <summary>
/// One step in a goal's history: the status it moved to, when, who recorded it (their id and name; both null when not
/// known, as for goals recorded before the history was kept) and why, for a goal stopped or reopened.
/// </summary>
public sealed record GoalStatusChangeView(GoalStatus Status, DateTimeOffset At, Guid? ById, string? ByName, string? Reason)
{
    /// <summary>Back in progress with a reason: a reopening (starting a goal needs no reason).</summary>
    public bool IsReopening => Status == GoalStatus.InProgress && Reason is not null;
}

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
    DateTimeOffset UpdatedAt,
    IReadOnlyList<GoalStatusChangeView> History)
{
    public bool IsOpen => Status is GoalStatus.NotStarted or GoalStatus.InProgress;

    /// <param name="goal">The goal.</param>
    /// <param name="names">Staff names by id, for who made each change (a missing name shows as not known).</param>
    public static GoalView From(Goal goal, IReadOnlyDictionary<Guid, string>? names = null) => new(
        goal.Id, goal.InTheirWords, [.. goal.Steps], goal.WhoHelps, goal.TargetDate, goal.ReviewDate, goal.Status, goal.StatusReason,
        goal.ReplacedById, goal.CreatedAt, goal.UpdatedAt,
        [.. goal.History.Select(h => new GoalStatusChangeView(h.Status, h.At, h.By, h.By is { } by ? names?.GetValueOrDefault(by) : null, h.Reason))]);
}

/// <summary>An episode's plan: its goals in the order they were agreed. An episode with no goals yet has no plan (null id).</summary>
public sealed record PlanView(Guid EpisodeId, Guid? PlanId, IReadOnlyList<GoalView> Goals)
{
    public static PlanView From(Guid episodeId, Plan? plan, IReadOnlyDictionary<Guid, string>? names = null) => new(
        episodeId, plan?.Id, plan is null ? [] : [.. plan.Goals.OrderBy(g => g.CreatedAt).ThenBy(g => g.Id).Select(g => GoalView.From(g, names))]);

    public GoalView? Find(Guid goalId) => Goals.FirstOrDefault(g => g.Id == goalId);

    /// <summary>The next review: the earliest review date of an open goal.</summary>
    public DateOnly? NextReview => Goals.Where(g => g.IsOpen && g.ReviewDate is not null).Min(g => g.ReviewDate);
}
