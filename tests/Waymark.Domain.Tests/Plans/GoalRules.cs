using Waymark.Domain.Common;
using Waymark.Domain.Plans;

namespace Waymark.Domain.Tests.Plans;

public sealed class GoalRules
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 2);

    private static Plan NewPlan() => Plan.Create(Guid.CreateVersion7(), Now);

    private static Goal NewGoal(Plan? plan = null) =>
        (plan ?? NewPlan()).AddGoal("Get out of the house twice a week", new GoalDetails(["Try the walking group"]), Today, Now);

    [Fact]
    public void A_goal_is_in_the_persons_words_with_steps_and_who_helps()
    {
        var plan = NewPlan();
        var goal = plan.AddGoal(
            "  Feel less alone ", new GoalDetails([" Call my sister ", "  ", "Go to the café on Fridays"], " My neighbour ", Today, Today.AddDays(84)),
            Today, Now);

        Assert.Equal("Feel less alone", goal.InTheirWords);
        Assert.Equal(["Call my sister", "Go to the café on Fridays"], goal.Steps);
        Assert.Equal("My neighbour", goal.WhoHelps);
        Assert.Equal(Today, goal.TargetDate);
        Assert.Equal(Today.AddDays(84), goal.ReviewDate);
        Assert.Equal(GoalStatus.NotStarted, goal.Status);
        Assert.Equal(plan.Id, goal.PlanId);
        Assert.Same(goal, plan.FindGoal(goal.Id));
    }

    [Fact]
    public void A_goal_needs_the_persons_words()
    {
        var error = Assert.Throws<DomainException>(() => NewPlan().AddGoal(" ", GoalDetails.None, Today, Now));
        Assert.Equal("Enter the goal in the person's words", error.Message);
        Assert.Throws<DomainException>(() => NewPlan().AddGoal(new string('w', Goal.WordsMaxLength + 1), GoalDetails.None, Today, Now));
    }

    [Fact]
    public void A_new_goals_target_date_cannot_be_in_the_past()
    {
        var error = Assert.Throws<DomainException>(() =>
            NewPlan().AddGoal("Walk to the shops", new GoalDetails([], null, Today.AddDays(-1)), Today, Now));
        Assert.Equal("The target date must be today or in the future", error.Message);
        Assert.Equal(nameof(Goal.TargetDate), error.Field);
    }

    [Fact]
    public void A_target_date_that_has_since_passed_survives_a_revision()
    {
        var goal = NewPlan().AddGoal("Walk to the shops", new GoalDetails([], null, Today.AddDays(7)), Today, Now);
        var later = Today.AddDays(30);

        goal.Revise(new GoalDetails(["Walk to the corner first"], null, Today.AddDays(7)), later, Now.AddDays(30));

        Assert.Equal(["Walk to the corner first"], goal.Steps);
        Assert.Throws<DomainException>(() => goal.Revise(new GoalDetails([], null, later.AddDays(-1)), later, Now.AddDays(30)));
    }

    [Fact]
    public void A_goal_has_a_limited_number_of_steps()
    {
        var steps = Enumerable.Range(0, Goal.MaxSteps + 1).Select(i => (string?)$"Step {i}").ToList();
        Assert.Throws<DomainException>(() => NewPlan().AddGoal("Too many", new GoalDetails(steps), Today, Now));
    }

    [Fact]
    public void A_goal_moves_from_not_started_to_in_progress_to_achieved()
    {
        var goal = NewGoal();
        goal.Start(Now);
        Assert.Equal(GoalStatus.InProgress, goal.Status);
        goal.Achieve(Now.AddDays(20));
        Assert.Equal(GoalStatus.Achieved, goal.Status);
        Assert.False(goal.IsOpen);
        Assert.Equal(Now.AddDays(20), goal.UpdatedAt);
    }

    [Fact]
    public void A_goal_can_be_achieved_without_being_marked_as_started()
    {
        var goal = NewGoal();
        goal.Achieve(Now);
        Assert.Equal(GoalStatus.Achieved, goal.Status);
    }

    [Fact]
    public void Only_a_goal_not_yet_started_can_be_started()
    {
        var goal = NewGoal();
        goal.Start(Now);
        var error = Assert.Throws<DomainException>(() => goal.Start(Now));
        Assert.Equal("Only a goal not yet started can be started; this one is in progress", error.Message);
    }

    [Fact]
    public void Stopping_a_goal_needs_a_reason()
    {
        var goal = NewGoal();
        Assert.Equal("Enter why the goal is stopped", Assert.Throws<DomainException>(() => goal.Stop(" ", Now)).Message);
        goal.Stop("Moved to live with family", Now);
        Assert.Equal((GoalStatus.Stopped, "Moved to live with family"), (goal.Status, goal.StatusReason));
    }

    [Fact]
    public void A_closed_goal_cannot_be_achieved_stopped_or_revised_until_reopened()
    {
        var goal = NewGoal();
        goal.Achieve(Now);

        Assert.Equal("A goal that is achieved cannot be stopped; reopen it first", Assert.Throws<DomainException>(() => goal.Stop("x", Now)).Message);
        Assert.Throws<DomainException>(() => goal.Achieve(Now));
        Assert.Throws<DomainException>(() => goal.Revise(GoalDetails.None, Today, Now));
    }

    [Fact]
    public void An_achieved_or_stopped_goal_can_be_reopened_with_a_reason()
    {
        var goal = NewGoal();
        goal.Stop("Unwell", Now);
        Assert.Throws<DomainException>(() => goal.Reopen("", Now));

        goal.Reopen("Feeling better and wants to try again", Now.AddDays(10));

        Assert.Equal(GoalStatus.InProgress, goal.Status);
        Assert.Equal("Feeling better and wants to try again", goal.StatusReason);
    }

    [Fact]
    public void An_open_goal_cannot_be_reopened()
    {
        var error = Assert.Throws<DomainException>(() => NewGoal().Reopen("why", Now));
        Assert.Equal("Only an achieved or stopped goal can be reopened; this one is not started", error.Message);
    }
}
