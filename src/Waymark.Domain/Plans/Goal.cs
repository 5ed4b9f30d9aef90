using Waymark.Domain.Common;

namespace Waymark.Domain.Plans;

/// <summary>
/// A goal in the person's own words, with the steps towards it and who helps. Changed only through its plan. Each
/// change of status (and its creation) adds one entry to <see cref="History"/>, with who recorded it when known
/// (<c>by</c>: a member of staff's id); a change that is refused adds nothing.
/// </summary>
public sealed class Goal : Entity
{
    public const int WordsMaxLength = 500;
    public const int StepMaxLength = 500;
    public const int MaxSteps = 20;
    public const int ReasonMaxLength = 1000;

    private readonly List<string> _steps = [];
    private readonly List<GoalStatusChange> _history = [];

    private Goal()
    {
        InTheirWords = string.Empty;
    }

    public Guid PlanId { get; private init; }

    public string InTheirWords { get; private init; }

    public IReadOnlyList<string> Steps => _steps;

    public string? WhoHelps { get; private set; }

    public DateOnly? TargetDate { get; private set; }

    public DateOnly? ReviewDate { get; private set; }

    public GoalStatus Status { get; private set; } = GoalStatus.NotStarted;

    /// <summary>Why it was last stopped or reopened, in the link worker's words.</summary>
    public string? StatusReason { get; private set; }

    /// <summary>The goal that replaced this one when the person changed it.</summary>
    public Guid? ReplacedById { get; private set; }

    public DateTimeOffset CreatedAt { get; private init; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Every status the goal has had, oldest first: created as not started, then each change of status.</summary>
    public IReadOnlyList<GoalStatusChange> History => _history;

    public bool IsOpen => Status is GoalStatus.NotStarted or GoalStatus.InProgress;

    internal static Goal Create(Guid planId, string? inTheirWords, GoalDetails details, DateOnly today, DateTimeOffset now, Guid? by)
    {
        var goal = new Goal
        {
            PlanId = planId,
            InTheirWords = Text.Required(inTheirWords, nameof(InTheirWords), "the goal in the person's words", WordsMaxLength),
            CreatedAt = now,
        };
        goal.Apply(details, today, now);
        goal._history.Add(new GoalStatusChange(GoalStatus.NotStarted, now, by, null));
        return goal;
    }

    /// <summary>Updates the steps, who helps and the dates; a closed goal must be reopened first.</summary>
    public void Revise(GoalDetails details, DateOnly today, DateTimeOffset now)
    {
        RequireOpen("changed");
        Apply(details, today, now);
    }

    public void Start(DateTimeOffset now, Guid? by = null)
    {
        if (Status != GoalStatus.NotStarted)
        {
            throw new DomainException($"Only a goal not yet started can be started; this one is {Describe(Status)}", nameof(Status));
        }

        Move(GoalStatus.InProgress, null, now, by);
    }

    public void Achieve(DateTimeOffset now, Guid? by = null)
    {
        RequireOpen("marked as achieved");
        Move(GoalStatus.Achieved, null, now, by);
    }

    public void Stop(string? reason, DateTimeOffset now, Guid? by = null)
    {
        RequireOpen("stopped");
        Move(GoalStatus.Stopped, Text.Required(reason, nameof(StatusReason), "why the goal is stopped", ReasonMaxLength), now, by);
    }

    /// <summary>Brings an achieved or stopped goal back into progress; a changed goal has a successor instead.</summary>
    public void Reopen(string? reason, DateTimeOffset now, Guid? by = null)
    {
        if (Status is not (GoalStatus.Achieved or GoalStatus.Stopped))
        {
            throw new DomainException($"Only an achieved or stopped goal can be reopened; this one is {Describe(Status)}", nameof(Status));
        }

        Move(GoalStatus.InProgress, Text.Required(reason, nameof(StatusReason), "why the goal is reopened", ReasonMaxLength), now, by);
    }

    internal void ReplaceWith(Guid newGoalId, DateTimeOffset now, Guid? by)
    {
        ReplacedById = newGoalId;
        Move(GoalStatus.Changed, null, now, by);
    }

    private static string Describe(GoalStatus status) => status switch
    {
        GoalStatus.NotStarted => "not started",
        GoalStatus.InProgress => "in progress",
        _ => status.ToString().ToLowerInvariant(),
    };

    internal void RequireOpen(string action)
    {
        if (!IsOpen)
        {
            var next = Status == GoalStatus.Changed ? "work on the goal that replaced it" : "reopen it first";
            throw new DomainException($"A goal that is {Describe(Status)} cannot be {action}; {next}", nameof(Status));
        }
    }

    /// <summary>Every change of status goes through here, so each one adds exactly one entry to the history.</summary>
    private void Move(GoalStatus status, string? reason, DateTimeOffset now, Guid? by)
    {
        (Status, StatusReason, UpdatedAt) = (status, reason, now);
        _history.Add(new GoalStatusChange(status, now, by, reason));
    }

    private void Apply(GoalDetails details, DateOnly today, DateTimeOffset now)
    {
        var steps = details.Steps.Select(s => Text.Optional(s, nameof(Steps), "a step", StepMaxLength)).OfType<string>().ToList();
        if (steps.Count > MaxSteps)
        {
            throw new DomainException($"A goal can have up to {MaxSteps} steps", nameof(Steps));
        }

        // Only a newly set date must be ahead: an agreed date that has since passed stays as it was.
        if (details.TargetDate < today && details.TargetDate != TargetDate)
        {
            throw new DomainException("The target date must be today or in the future", nameof(TargetDate));
        }

        if (details.ReviewDate < today && details.ReviewDate != ReviewDate)
        {
            throw new DomainException("The review date must be today or in the future", nameof(ReviewDate));
        }

        _steps.Clear();
        _steps.AddRange(steps);
        WhoHelps = Text.Optional(details.WhoHelps, nameof(WhoHelps), "who helps", WordsMaxLength);
        (TargetDate, ReviewDate, UpdatedAt) = (details.TargetDate, details.ReviewDate, now);
    }
}
