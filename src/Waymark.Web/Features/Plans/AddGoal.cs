using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Plans;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Features.Plans;

/// <summary>A goal as the person put it, with its steps, who helps and the dates agreed.</summary>
public sealed record GoalInput(string? InTheirWords, IReadOnlyList<string?> Steps, string? WhoHelps = null, DateOnly? TargetDate = null, DateOnly? ReviewDate = null)
{
    public GoalDetails Details => new(Steps, WhoHelps, TargetDate, ReviewDate);
}

/// <summary>
/// Adds a goal to the person's plan, making the plan with its first goal (one plan per episode). Only while the
/// person is allocated or active with the caller's team; one save, audited by the interceptor. The caller starts the
/// goal's status history.
/// </summary>
public sealed class AddGoal(AppDbContext db, EpisodeAccess access, TimeProvider clock)
{
    public async Task<Goal> ExecuteAsync(ClaimsPrincipal user, Guid episodeId, GoalInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var episode = await access.FindForWorkAsync(user, episodeId, cancellationToken);
        episode.EnsureInSupport("Goals can be added");
        var now = clock.GetUtcNow();
        var plan = await db.Plans.FirstOrDefaultAsync(p => p.EpisodeId == episode.Id, cancellationToken);
        if (plan is null)
        {
            plan = Plan.Create(episode.Id, now);
            db.Plans.Add(plan);
        }

        var goal = plan.AddGoal(input.InTheirWords, input.Details, DateOnly.FromDateTime(now.UtcDateTime), now, user.UserId());
        await db.SaveChangesAsync(cancellationToken);
        return goal;
    }
}
