using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Waymark.Domain.Episodes;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Features.Allocation;

/// <summary>An episode's allocation as the API returns it.</summary>
public sealed record AllocationResult(
    Guid EpisodeId, EpisodeStatus Status, Guid? WorkerId, SupportIntensity? Intensity, IReadOnlyList<Domain.Episodes.Allocation> Allocations)
{
    public static AllocationResult From(Episode episode) => new(episode.Id, episode.Status, episode.WorkerId, episode.Intensity, episode.Allocations);
}

/// <summary>The link workers who could take a person, with their loads and why some are suggested.</summary>
public sealed record AllocationOptions(Guid EpisodeId, EpisodeStatus Status, IReadOnlyList<WorkerChoice> Workers);

public sealed record AllocateRequest(
    [property: Required] Guid? WorkerId,
    [property: Required] SupportIntensity? Intensity,
    [property: StringLength(Episode.ReasonMaxLength)] string? OverCapacityReason);

public sealed record HandOverRequest(
    [property: Required] Guid? WorkerId,
    [property: Required, StringLength(Episode.ReasonMaxLength)] string? Reason,
    [property: StringLength(Episode.ReasonMaxLength)] string? OverCapacityReason);

/// <summary>The waiting list and allocation: /api/teams/{id}/waiting-list and /api/episodes/{id}/allocation.</summary>
public static class AllocationApi
{
    public static IEndpointRouteBuilder MapAllocationApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/teams/{teamId:guid}/waiting-list",
                (Guid teamId, ClaimsPrincipal user, WaitingListQuery query, int? page, int? pageSize, CancellationToken ct) =>
                    query.ListAsync(user, teamId, page, pageSize, ct))
            .WithTags("Waiting list")
            .RequireAuthorization(Policies.CaseWorkers)
            .WithSummary("Lists a team's waiting list")
            .WithDescription("People accepted at triage and not yet allocated: Urgent first, then Soon, then Routine, and within a priority " +
                "the longest waiting first. daysWaiting counts whole days since the referral was received. Link workers see their own " +
                "team, service managers their provider's teams; any other team is 404. Pages start at 1 (pageSize up to 100).");

        var episodes = app.MapGroup("/api/episodes/{id:guid}/allocation").WithTags("Allocation").RequireAuthorization(Policies.SeniorLinkWorker);

        episodes.MapGet("/", async (Guid id, ClaimsPrincipal user, AllocationQueries queries, CancellationToken ct) =>
            {
                var view = await queries.LoadAsync(user, id, ct);
                return new AllocationOptions(id, view.Header.Status, view.Workers);
            })
            .WithSummary("Lists the link workers who could take the person")
            .WithDescription("The team's active link workers with their weighted load and capacity, suggested ones first with the reasons " +
                "(speaks the person's language, has worked with them before, already supports people from their GP practice). The read is audited.");

        episodes.MapPost("/", async (Guid id, AllocateRequest request, ClaimsPrincipal user, AllocateEpisode allocate, CancellationToken ct) =>
                AllocationResult.From(await allocate.ExecuteAsync(user, id, new AllocateInput(request.WorkerId, request.Intensity, request.OverCapacityReason), ct)))
            .WithSummary("Allocates a person on the waiting list to a link worker")
            .WithDescription("intensity is Signposting (weighs 0.5), Standard (1) or Intensive (2). Taking the worker over their capacity " +
                "needs overCapacityReason (422 otherwise). The worker must be an active link worker of the episode's team.");

        episodes.MapPut("/", async (Guid id, HandOverRequest request, ClaimsPrincipal user, HandOverEpisode handOver, CancellationToken ct) =>
                AllocationResult.From(await handOver.ExecuteAsync(user, id, new HandOverInput(request.WorkerId, request.Reason, request.OverCapacityReason), ct)))
            .WithSummary("Hands an allocated or active person over to another link worker")
            .WithDescription("A reason is required; going over the new worker's capacity needs overCapacityReason. The previous spell ends now.");

        return app;
    }
}
