using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Waymark.Domain.Episodes;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Features.Triage;

/// <summary>The outcome of triage as the API returns it, with the SNOMED CT codes recorded on the episode.</summary>
public sealed record TriageResult(
    Guid EpisodeId, EpisodeStatus Status, TriageOutcome? Outcome, Priority? Priority, DeclineReason? DeclineReason, string? RedirectedTo,
    string? Reason, bool AcceptedWhileIneligible, string? IneligibleAcceptanceReason, IReadOnlyList<CodedEvent> CodedEvents)
{
    public static TriageResult From(Episode episode) => new(
        episode.Id, episode.Status, episode.TriageDecision?.Outcome, episode.TriageDecision?.Priority, episode.TriageDecision?.DeclineReason,
        episode.TriageDecision?.RedirectedTo, episode.TriageDecision?.Reason, episode.AcceptedWhileIneligible, episode.IneligibleAcceptanceReason,
        episode.CodedEvents);
}

public sealed record TriageRequest(
    [property: Required] TriageChoice? Decision,
    Priority? Priority,
    [property: StringLength(Episode.ReasonMaxLength)] string? Reason,
    [property: StringLength(Episode.ReasonMaxLength)] string? IneligibleAcceptanceReason,
    DeclineReason? DeclineReason,
    [property: StringLength(Episode.ReasonMaxLength)] string? Explanation,
    [property: StringLength(Episode.ServiceMaxLength)] string? Service)
{
    public TriageInput ToInput() => new(Decision, Priority, Reason, IneligibleAcceptanceReason, DeclineReason, Explanation, Service);
}

/// <summary>POST /api/episodes/{id}/triage: a senior link worker decides a referral for their team.</summary>
public static class TriageApi
{
    public static IEndpointRouteBuilder MapTriageApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/episodes/{id:guid}/triage", async (Guid id, TriageRequest request, ClaimsPrincipal user, TriageReferral triage, CancellationToken ct) =>
                TriageResult.From(await triage.ExecuteAsync(user, id, request.ToInput(), ct)))
            .WithTags("Triage")
            .RequireAuthorization(Policies.SeniorLinkWorker)
            .WithSummary("Triages a referral")
            .WithDescription("decision is Accept (priority Routine, Soon or Urgent, optional reason; when the person does not meet the " +
                "programme's rules, ineligibleAcceptanceReason is required), Decline (declineReason InCrisis, NeedsClinicalCare, OutsideArea, " +
                "AlreadySupportedElsewhere or Other, and an explanation the referrer sees), Redirect (service and reason) or PersonDeclined " +
                "(optional reason). Only a referral waiting for triage in your team can be triaged; others are 404. Accepting records SNOMED CT " +
                "871731000000106 and the person declining records 871711000000103.");
        return app;
    }
}
