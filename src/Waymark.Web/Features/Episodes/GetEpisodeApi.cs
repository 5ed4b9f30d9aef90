using System.Security.Claims;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Features.Episodes;

/// <summary>GET /api/episodes/{id}: one episode of care as a whole, for those who work with the person.</summary>
public static class GetEpisodeApi
{
    public static IEndpointRouteBuilder MapGetEpisodeApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/episodes/{id:guid}", (Guid id, ClaimsPrincipal user, GetEpisode get, CancellationToken ct) => get.ExecuteAsync(user, id, ct))
            .WithTags("Episodes")
            .RequireAuthorization(Policies.CaseWorkers)
            .WithSummary("Reads an episode of care")
            .WithDescription("The referral (source, referrer, needs in their words, urgency, agreement), the triage decision, every " +
                "allocation and handover, support intensity, first contact, discharge, SNOMED CT coded events and the previous episode " +
                "when the person was referred again. Every read is audited; an episode you may not see is answered 404.");
        return app;
    }
}
