using Waymark.Domain.Common;

namespace Waymark.Domain.Plans;

/// <summary>The person's plan for an episode: their goals, in their words. Goals change only through the plan.</summary>
public sealed class Plan : Entity
{
    public const int MaxGoals = 30;

    private readonly List<Goal> _goals = [];

    private Plan()
    {
    }

    public Guid EpisodeId { get; private init; }

    public DateTimeOffset CreatedAt { get; private init; }

    public IReadOnlyList<Goal> Goals => _goals;

    public static Plan Create(Guid episodeId, DateTimeOffset now) => episodeId != Guid.Empty
        ? new Plan { EpisodeId = episodeId, CreatedAt = now }
        : throw new DomainException("A plan must belong to an episode", nameof(EpisodeId));

    /// <summary>A new goal, not started; <c>by</c> (the member of staff recording it, when known) starts its history.</summary>
    public Goal AddGoal(string? inTheirWords, GoalDetails details, DateOnly today, DateTimeOffset now, Guid? by = null)
    {
        if (_goals.Count >= MaxGoals)
        {
            throw new DomainException($"A plan can have up to {MaxGoals} goals", nameof(Goals));
        }

        var goal = Goal.Create(Id, inTheirWords, details, today, now, by);
        _goals.Add(goal);
        return goal;
    }

    /// <summary>The person wants something different: the old goal closes as Changed and points at the new one.</summary>
    public Goal ChangeGoal(Guid goalId, string? newWords, GoalDetails details, DateOnly today, DateTimeOffset now, Guid? by = null)
    {
        var old = FindGoal(goalId);
        old.RequireOpen("changed for a new goal");
        var replacement = AddGoal(newWords, details, today, now, by);
        old.ReplaceWith(replacement.Id, now, by);
        return replacement;
    }

    public Goal FindGoal(Guid goalId) => _goals.FirstOrDefault(g => g.Id == goalId)
        ?? throw new DomainException("That goal is not part of this plan", nameof(Goals));

    public IEnumerable<Goal> OpenGoals => _goals.Where(g => g.IsOpen);
}
