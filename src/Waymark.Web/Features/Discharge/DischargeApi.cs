using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Waymark.Domain.Episodes;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Features.Discharge;

/// <summary>/api/episodes/{id}/discharge: link workers end an episode with a reason and a summary for the referrer and GP.</summary>
public static class DischargeApi
{
    public static IEndpointRouteBuilder MapDischargeApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/episodes/{id:guid}/discharge").WithTags("Discharge");

        group.MapGet("/", (Guid id, ClaimsPrincipal user, DischargeQueries queries, CancellationToken ct) =>
                queries.StatusAsync(user, id, audit: true, ct))
            .RequireAuthorization(Policies.CaseWorkers)
            .WithSummary("Reads how the episode ended and the lost-contact evidence so far")
            .WithDescription("lostContact counts the attempts since the person was last reached, the ways of contact used and " +
                "the days they span, against the programme's rule (3 attempts, 2 ways, 14 days unless the programme says otherwise).");

        group.MapPost("/", (Guid id, DischargeRequest request, ClaimsPrincipal user, DischargeEpisode discharge, CancellationToken ct) =>
                discharge.ExecuteAsync(user, id, new DischargeInput(request.Reason, request.Summary), ct))
            .RequireAuthorization(Policies.LinkWorker)
            .WithSummary("Discharges an allocated or active episode")
            .WithDescription("reason is one of GoalsAchieved, ConnectedToCommunitySupport, PersonChoseToEnd, LostContact, MovedAway, " +
                "NeedsMetByAnotherService, Died, Other; summary (for the referrer and GP) is required. LostContact is refused " +
                "with 422, saying what is missing, unless the programme's lost-contact rule is met. A person referred again " +
                "gets a new episode linked to this one.");

        app.MapPost("/api/episodes/{id:guid}/person-declined", (Guid id, PersonDeclinedRequest? request, ClaimsPrincipal user,
                RecordPersonDeclined declined, CancellationToken ct) => declined.ExecuteAsync(user, id, request?.Reason, ct))
            .WithTags("Discharge")
            .RequireAuthorization(Policies.LinkWorker)
            .WithSummary("Records that the person declined social prescribing before support began")
            .WithDescription("For a referred, waiting or allocated episode of your team (support has not begun: nobody has reached the person yet). Ends the episode " +
                "with status PersonDeclined and records SNOMED CT 871711000000103 \"Social prescribing declined\" for the GP record. " +
                "reason (optional, up to 1,000 characters) is the person's own reason. Once support has begun, discharge instead " +
                "(reason PersonChoseToEnd); that is refused here with 422.");

        return app;
    }
}

/// <summary>The person's reason for declining, if they gave one.</summary>
public sealed record PersonDeclinedRequest(string? Reason);

public sealed record DischargeRequest([property: Required] DischargeReason? Reason, string? Summary);
