using Waymark.Domain.Common;
using Waymark.Domain.Plans;

namespace Waymark.Domain.Tests.Plans;

/// <summary>Every change of a goal's status adds one entry to its history, with when, who and why; a refused change adds none.</summary>
public sealed class GoalHistoryRules
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 2);
    private static readonly Guid Worker = Guid.CreateVersion7();
    private static readonly Guid Senior = Guid.CreateVersion7();

    private static Plan NewPlan() => Plan.Create(Guid.CreateVersion7(), Now);

    private static Goal NewGoal(Plan? plan = null) => (plan ?? NewPlan()).AddGoal("Walk to the shops", GoalDetails.None, Today, Now, Worker);

    [Fact]
    public void A_new_goal_starts_its_history_as_not_started_by_whoever_recorded_it()
    {
        var goal = NewGoal();

        Assert.Equal([new GoalStatusChange(GoalStatus.NotStarted, Now, Worker, null)], goal.History);
    }

    [Fact]
    public void Starting_a_goal_adds_one_entry()
    {
        var goal = NewGoal();

        goal.Start(Now.AddDays(1), Senior);

        Assert.Equal(2, goal.History.Count);
        Assert.Equal(new GoalStatusChange(GoalStatus.InProgress, Now.AddDays(1), Senior, null), goal.History[^1]);
    }

    [Fact]
    public void Achieving_a_goal_adds_one_entry()
    {
        var goal = NewGoal();

        goal.Achieve(Now.AddDays(3), Worker);

        Assert.Equal(2, goal.History.Count);
        Assert.Equal(new GoalStatusChange(GoalStatus.Achieved, Now.AddDays(3), Worker, null), goal.History[^1]);
    }

    [Fact]
    public void Stopping_a_goal_adds_one_entry_with_the_reason()
    {
        var goal = NewGoal();

        goal.Stop("Knee operation", Now.AddDays(4), Worker);

        Assert.Equal(2, goal.History.Count);
        Assert.Equal(new GoalStatusChange(GoalStatus.Stopped, Now.AddDays(4), Worker, "Knee operation"), goal.History[^1]);
    }

    [Fact]
    public void Reopening_a_goal_adds_one_entry_with_the_reason()
    {
        var goal = NewGoal();
        goal.Stop("Knee operation", Now.AddDays(4), Worker);

        goal.Reopen("Knee has healed", Now.AddDays(40), Senior);

        Assert.Equal(
            [GoalStatus.NotStarted, GoalStatus.Stopped, GoalStatus.InProgress],
            goal.History.Select(h => h.Status));
        Assert.Equal(new GoalStatusChange(GoalStatus.InProgress, Now.AddDays(40), Senior, "Knee has healed"), goal.History[^1]);
    }

    [Fact]
    public void Changing_a_goal_closes_its_history_as_changed_and_starts_the_new_goals()
    {
        var plan = NewPlan();
        var old = NewGoal(plan);
        old.Start(Now.AddDays(1), Worker);

        var replacement = plan.ChangeGoal(old.Id, "Walk to the park", GoalDetails.None, Today, Now.AddDays(2), Senior);

        Assert.Equal(3, old.History.Count);
        Assert.Equal(new GoalStatusChange(GoalStatus.Changed, Now.AddDays(2), Senior, null), old.History[^1]);
        Assert.Equal([new GoalStatusChange(GoalStatus.NotStarted, Now.AddDays(2), Senior, null)], replacement.History);
    }

    [Fact]
    public void Revising_the_steps_or_dates_is_not_a_change_of_status()
    {
        var goal = NewGoal();

        goal.Revise(new GoalDetails(["Walk to the corner first"]), Today, Now.AddDays(1));

        Assert.Single(goal.History);
    }

    [Fact]
    public void Who_may_be_unknown_as_for_an_import()
    {
        var goal = NewPlan().AddGoal("Walk to the shops", GoalDetails.None, Today, Now);

        goal.Achieve(Now.AddDays(1));

        Assert.All(goal.History, h => Assert.Null(h.By));
    }

    [Fact]
    public void Refused_changes_add_nothing_to_the_history()
    {
        var plan = NewPlan();
        var goal = NewGoal(plan);
        goal.Start(Now, Worker);

        Assert.Throws<DomainException>(() => goal.Start(Now, Worker));
        Assert.Throws<DomainException>(() => goal.Reopen("Wants to try again", Now, Worker));
        Assert.Throws<DomainException>(() => goal.Stop(" ", Now, Worker));
        Assert.Equal(2, goal.History.Count);

        goal.Achieve(Now, Worker);
        Assert.Throws<DomainException>(() => goal.Achieve(Now, Worker));
        Assert.Throws<DomainException>(() => goal.Stop("Too hard", Now, Worker));
        Assert.Throws<DomainException>(() => goal.Reopen(" ", Now, Worker));
        Assert.Throws<DomainException>(() => plan.ChangeGoal(goal.Id, "Something else", GoalDetails.None, Today, Now, Worker));
        Assert.Equal(3, goal.History.Count);
        Assert.Single(plan.Goals);
    }

    [Fact]
    public void A_changed_goal_refuses_every_further_change_and_its_history_stays_closed()
    {
        var plan = NewPlan();
        var goal = NewGoal(plan);
        plan.ChangeGoal(goal.Id, "Walk to the park", GoalDetails.None, Today, Now, Worker);

        Assert.Throws<DomainException>(() => goal.Start(Now, Worker));
        Assert.Throws<DomainException>(() => goal.Reopen("Wants it back", Now, Worker));
        Assert.Throws<DomainException>(() => plan.ChangeGoal(goal.Id, "Walk to the river", GoalDetails.None, Today, Now, Worker));

        Assert.Equal([GoalStatus.NotStarted, GoalStatus.Changed], goal.History.Select(h => h.Status));
    }

    [Fact]
    public void A_replacement_refused_for_a_full_plan_leaves_the_old_goals_history_alone()
    {
        var plan = NewPlan();
        var goal = NewGoal(plan);
        for (var i = 1; i < Plan.MaxGoals; i++)
        {
            plan.AddGoal($"Goal {i}", GoalDetails.None, Today, Now);
        }

        Assert.Throws<DomainException>(() => plan.ChangeGoal(goal.Id, "One more", GoalDetails.None, Today, Now, Worker));

        Assert.Single(goal.History);
        Assert.Equal(GoalStatus.NotStarted, goal.Status);
    }
}
