using Waymark.Domain.Common;
using Waymark.Domain.Plans;

namespace Waymark.Domain.Measures;

/// <summary>
/// How close the person feels to one of their goals, from 1 (not close at all) to 10 (achieved it), asked at a review.
/// Progress in their own terms, beside the standard measures. It scores the goal as it stands: a goal the person
/// changed is scored through the goal that replaced it. Scores are kept, never edited; a new review adds a new one.
/// </summary>
public sealed class GoalScore : Entity
{
    public const int MinScore = 1;
    public const int MaxScore = 10;

    /// <summary>Clocks on phones and laptops drift; a score a few minutes "ahead" is still allowed.</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(5);

    /// <summary>How a goal score reads, for change over time: higher is closer to the goal; any whole point counts.</summary>
    public static readonly Measure Measure = new(
        "goal", "How close to this goal", ScoreDirection.HigherIsBetter, MinScore, MaxScore, [], MeaningfulChange: 1);

    private GoalScore()
    {
    }

    public Guid GoalId { get; private init; }

    public int Score { get; private init; }

    /// <summary>When the person gave the score (the review).</summary>
    public DateTimeOffset At { get; private init; }

    public Guid RecordedBy { get; private init; }

    public DateTimeOffset RecordedAt { get; private init; }

    public static GoalScore Record(Goal goal, int score, DateTimeOffset at, Guid recordedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(goal);
        if (goal.Status == GoalStatus.Changed)
        {
            throw new DomainException("This goal was changed; score the goal that replaced it", nameof(GoalId));
        }

        if (score is < MinScore or > MaxScore)
        {
            throw new DomainException($"Enter a number from {MinScore} to {MaxScore}", nameof(Score));
        }

        if (recordedBy == Guid.Empty)
        {
            throw new DomainException("A goal score must say who recorded it", nameof(RecordedBy));
        }

        return at <= now + FutureTolerance
            ? new GoalScore { GoalId = goal.Id, Score = score, At = at, RecordedBy = recordedBy, RecordedAt = now }
            : throw new DomainException("The date of the goal score cannot be in the future", nameof(At));
    }

    /// <summary>This score as a measure score, to chart it and to compare reviews with <see cref="MeasureChange.Of"/>.</summary>
    public MeasureScore ToMeasureScore() => new(Measure, Score, null, null);
}
