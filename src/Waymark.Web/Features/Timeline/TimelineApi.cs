using System.Security.Claims;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Features.Timeline;

/// <summary>GET /api/people/{id}/timeline: everything on a person's record, newest first, a page at a time.</summary>
public static class TimelineApi
{
    public static IEndpointRouteBuilder MapTimelineApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/people/{id:guid}/timeline",
                (Guid id, ClaimsPrincipal user, PersonTimeline timeline, int? page, int? pageSize, CancellationToken ct) =>
                    timeline.ExecuteAsync(user, id, page, pageSize, ct))
            .WithTags("People")
            .RequireAuthorization(Policies.CaseWorkers)
            .WithSummary("Reads a person's timeline")
            .WithDescription("Referrals, triage decisions, allocations and handovers, contacts (with notes), conversations, each change of a " +
                "goal's status (added, started, achieved, stopped or reopened with the reason, changed for a new goal), " +
                $"discharges and coded events from the episodes you may see, newest first. Pages start at 1; pageSize is at most " +
                $"{PersonTimeline.MaxPageSize} (default {PersonTimeline.DefaultPageSize}). Every read is audited; a person you may " +
                "not see is answered 404.");
        return app;
    }
}
