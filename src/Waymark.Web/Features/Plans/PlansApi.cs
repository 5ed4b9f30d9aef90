using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Waymark.Domain.Plans;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Features.Plans;

/// <summary>/api/episodes/{id}/plan: the person's action plan and its goals, scoped by the episode's team.</summary>
public static class PlansApi
{
    public static IEndpointRouteBuilder MapPlansApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/episodes/{id:guid}/plan").WithTags("Plans");

        group.MapGet("/", (Guid id, ClaimsPrincipal user, PlanQueries queries, CancellationToken ct) => queries.GetAsync(user, id, ct))
            .RequireAuthorization(Policies.CaseWorkers)
            .WithSummary("Reads an episode's action plan")
            .WithDescription("Goals in the person's words, in the order agreed, with steps, who helps, target and review dates and " +
                "status. Each goal's history lists every change of its status, oldest first (status, at, byId and byName of the member of " +
                "staff when known, and the reason for a goal stopped or reopened). planId is null until the first goal. Every read is " +
                "audited; an episode you may not see is answered 404.");

        group.MapPost("/goals", async (Guid id, GoalRequest request, ClaimsPrincipal user, AddGoal add, PlanQueries queries, CancellationToken ct) =>
            {
                var goal = await add.ExecuteAsync(user, id, request.ToInput(), ct);
                return TypedResults.Created($"/api/episodes/{id}/plan", await queries.DescribeAsync(goal, ct));
            })
            .RequireAuthorization(Policies.LinkWorker)
            .WithSummary("Adds a goal to the plan")
            .WithDescription("For a person allocated or active with your team. The first goal makes the plan. Dates newly set " +
                "must be today or later.");

        group.MapPost("/goals/{goalId:guid}", async (
                Guid id, Guid goalId, UpdateGoalRequest request, ClaimsPrincipal user, UpdateGoal update, PlanQueries queries, CancellationToken ct) =>
                await queries.DescribeAsync(await update.ExecuteAsync(user, id, goalId, request.ToInput(), ct), ct))
            .RequireAuthorization(Policies.LinkWorker)
            .WithSummary("Changes a goal: its details, its status, or a new goal in its place")
            .WithDescription("change is Revise (goal: new steps, who helps and dates), Start, Achieve, Stop (reason), Reopen (reason, " +
                "for an achieved or stopped goal) or Replace (goal: the new goal the person wants instead; the old one closes as " +
                "Changed and points at it). Answers the goal as it now stands: for Replace, the new goal.");

        return app;
    }
}

public sealed record GoalRequest(
    [property: StringLength(Goal.WordsMaxLength)] string? InTheirWords,
    [property: MaxLength(Goal.MaxSteps)] IReadOnlyList<string?>? Steps,
    [property: StringLength(Goal.WordsMaxLength)] string? WhoHelps,
    DateOnly? TargetDate,
    DateOnly? ReviewDate)
{
    public GoalInput ToInput() => new(InTheirWords, Steps ?? [], WhoHelps, TargetDate, ReviewDate);
}

public sealed record UpdateGoalRequest(
    [property: Required] GoalChange? Change,
    [property: StringLength(Goal.ReasonMaxLength)] string? Reason,
    GoalRequest? Goal)
{
    public UpdateGoalInput ToInput() => new(Change, Reason, Goal?.ToInput());
}
