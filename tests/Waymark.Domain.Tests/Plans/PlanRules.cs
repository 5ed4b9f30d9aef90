using Waymark.Domain.Common;
using Waymark.Domain.Plans;

namespace Waymark.Domain.Tests.Plans;

public sealed class PlanRules
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 2);

    [Fact]
    public void A_plan_belongs_to_an_episode()
    {
        var episodeId = Guid.CreateVersion7();
        Assert.Equal(episodeId, Plan.Create(episodeId, Now).EpisodeId);
        Assert.Throws<DomainException>(() => Plan.Create(Guid.Empty, Now));
    }

    [Fact]
    public void Changing_a_goal_closes_it_and_links_the_new_one()
    {
        var plan = Plan.Create(Guid.CreateVersion7(), Now);
        var old = plan.AddGoal("Join a gym", GoalDetails.None, Today, Now);

        var replacement = plan.ChangeGoal(old.Id, "Swim once a week", new GoalDetails(["Find the pool times"]), Today, Now);

        Assert.Equal(GoalStatus.Changed, old.Status);
        Assert.Equal(replacement.Id, old.ReplacedById);
        Assert.Equal(GoalStatus.NotStarted, replacement.Status);
        Assert.Equal([replacement], plan.OpenGoals);
        Assert.Equal(2, plan.Goals.Count);
    }

    [Fact]
    public void A_changed_goal_cannot_be_changed_again_or_reopened()
    {
        var plan = Plan.Create(Guid.CreateVersion7(), Now);
        var old = plan.AddGoal("Join a gym", GoalDetails.None, Today, Now);
        plan.ChangeGoal(old.Id, "Swim", GoalDetails.None, Today, Now);

        var error = Assert.Throws<DomainException>(() => plan.ChangeGoal(old.Id, "Cycle", GoalDetails.None, Today, Now));
        Assert.Equal("A goal that is changed cannot be changed for a new goal; work on the goal that replaced it", error.Message);
        Assert.Throws<DomainException>(() => old.Reopen("why", Now));
        Assert.Equal(2, plan.Goals.Count);
    }

    [Fact]
    public void A_goal_from_another_plan_is_not_found()
    {
        var plan = Plan.Create(Guid.CreateVersion7(), Now);
        Assert.Equal("That goal is not part of this plan", Assert.Throws<DomainException>(() => plan.FindGoal(Guid.CreateVersion7())).Message);
    }

    [Fact]
    public void A_plan_has_a_limited_number_of_goals()
    {
        var plan = Plan.Create(Guid.CreateVersion7(), Now);
        for (var i = 0; i < Plan.MaxGoals; i++)
        {
            plan.AddGoal($"Goal {i}", GoalDetails.None, Today, Now);
        }

        Assert.Throws<DomainException>(() => plan.AddGoal("One more", GoalDetails.None, Today, Now));
    }
}
