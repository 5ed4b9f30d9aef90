using Waymark.Domain.Common;
using Waymark.Domain.Measures;
using Waymark.Domain.Plans;
using static Waymark.Domain.Tests.Measures.Questionnaires;

namespace Waymark.Domain.Tests.Measures;

public sealed class GoalScoreRules
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    private static (Plan Plan, Goal Goal) PlanWithGoal()
    {
        var plan = Plan.Create(Guid.CreateVersion7(), Now);
        return (plan, plan.AddGoal("Get back to the allotment", GoalDetails.None, Today, Now, WorkerId));
    }

    [Fact]
    public void A_goal_score_keeps_the_goal_the_score_and_who_recorded_it_when()
    {
        var (_, goal) = PlanWithGoal();

        var score = GoalScore.Record(goal, 6, Now.AddHours(-1), WorkerId, Now);

        Assert.Equal((goal.Id, 6, Now.AddHours(-1), WorkerId, Now), (score.GoalId, score.Score, score.At, score.RecordedBy, score.RecordedAt));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void A_goal_score_outside_1_to_10_is_refused_saying_the_range(int value)
    {
        var error = Assert.Throws<DomainException>(() => GoalScore.Record(PlanWithGoal().Goal, value, Now, WorkerId, Now));

        Assert.Equal(("Enter a number from 1 to 10", "Score"), (error.Message, error.Field));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    public void Goal_scores_run_from_1_to_10(int value)
    {
        Assert.Equal(value, GoalScore.Record(PlanWithGoal().Goal, value, Now, WorkerId, Now).Score);
    }

    [Fact]
    public void A_changed_goal_is_scored_through_the_goal_that_replaced_it()
    {
        var (plan, goal) = PlanWithGoal();
        plan.ChangeGoal(goal.Id, "Join the walking group", GoalDetails.None, Today, Now, WorkerId);

        var error = Assert.Throws<DomainException>(() => GoalScore.Record(goal, 5, Now, WorkerId, Now));

        Assert.Equal("This goal was changed; score the goal that replaced it", error.Message);
    }

    [Fact]
    public void An_achieved_goal_can_still_be_scored_at_its_review()
    {
        var (_, goal) = PlanWithGoal();
        goal.Achieve(Now, WorkerId);

        Assert.Equal(10, GoalScore.Record(goal, 10, Now, WorkerId, Now).Score);
    }

    [Fact]
    public void A_goal_score_needs_who_recorded_it_and_cannot_be_in_the_future()
    {
        var goal = PlanWithGoal().Goal;

        Assert.Equal("RecordedBy", Assert.Throws<DomainException>(() => GoalScore.Record(goal, 5, Now, Guid.Empty, Now)).Field);
        Assert.Equal("At", Assert.Throws<DomainException>(() => GoalScore.Record(goal, 5, Now.AddDays(1), WorkerId, Now)).Field);
    }

    [Theory]
    [InlineData(3, 4, ChangeOutcome.Improved)]
    [InlineData(5, 5, ChangeOutcome.Unchanged)]
    [InlineData(7, 4, ChangeOutcome.Worse)]
    public void Goal_scores_change_by_any_whole_point_and_higher_is_closer(int first, int latest, ChangeOutcome outcome)
    {
        var goal = PlanWithGoal().Goal;

        var change = MeasureChange.Of(
            GoalScore.Record(goal, first, Now.AddDays(-84), WorkerId, Now).ToMeasureScore(),
            GoalScore.Record(goal, latest, Now, WorkerId, Now).ToMeasureScore());

        Assert.Equal((outcome, BandMovement.NoBands, (decimal)(latest - first)), (change.Outcome, change.BandMovement, change.Difference));
    }
}
