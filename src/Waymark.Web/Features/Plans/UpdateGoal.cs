using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Common;
using Waymark.Domain.Plans;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Infrastructure.Problems;

namespace Waymark.Web.Features.Plans;

/// <summary>What happened to a goal. <see cref="Replace"/> is "the person wants something different": a new goal replaces it.</summary>
public enum GoalChange
{
    Revise = 1,
    Start = 2,
    Achieve = 3,
    Stop = 4,
    Reopen = 5,
    Replace = 6,
}

/// <param name="Change">What happened.</param>
/// <param name="Reason">Why it stopped or reopened (required for those).</param>
/// <param name="Goal">New details (Revise) or the new goal (Replace); its words are ignored for Revise.</param>
public sealed record UpdateGoalInput(GoalChange? Change, string? Reason = null, GoalInput? Goal = null);

/// <summary>
/// Changes one goal through its plan: its details, its status, or a new goal in its place. Returns the goal as it now
/// stands (the replacement for <see cref="GoalChange.Replace"/>). A goal not in this episode's plan is "not found".
/// Each change of status is added to the goal's history with the caller as who made it.
/// </summary>
public sealed class UpdateGoal(AppDbContext db, EpisodeAccess access, TimeProvider clock)
{
    public async Task<Goal> ExecuteAsync(
        ClaimsPrincipal user, Guid episodeId, Guid goalId, UpdateGoalInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var episode = await access.FindForWorkAsync(user, episodeId, cancellationToken);
        var plan = await db.Plans.FirstOrDefaultAsync(p => p.EpisodeId == episode.Id, cancellationToken);
        var goal = plan?.Goals.FirstOrDefault(g => g.Id == goalId) ?? throw new NotFoundException("goal", goalId);
        episode.EnsureInSupport("Goals can be changed");
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var by = user.UserId();
        var result = goal;
        switch (input.Change)
        {
            case GoalChange.Revise:
                goal.Revise(Details(input), today, now);
                break;
            case GoalChange.Start:
                goal.Start(now, by);
                break;
            case GoalChange.Achieve:
                goal.Achieve(now, by);
                break;
            case GoalChange.Stop:
                goal.Stop(input.Reason, now, by);
                break;
            case GoalChange.Reopen:
                goal.Reopen(input.Reason, now, by);
                break;
            case GoalChange.Replace:
                result = plan!.ChangeGoal(goal.Id, input.Goal?.InTheirWords, Details(input), today, now, by);
                break;
            default:
                throw new DomainException("Choose what has happened to the goal", nameof(UpdateGoalInput.Change));
        }

        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    private static GoalDetails Details(UpdateGoalInput input) =>
        input.Goal?.Details ?? throw new DomainException("Enter the goal's steps, who helps and dates", nameof(UpdateGoalInput.Goal));
}
