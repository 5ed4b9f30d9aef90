using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Waymark.Domain.OnwardReferrals;
using Waymark.Domain.Referrals;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Features.OnwardReferrals;

/// <summary>
/// Onward referrals (issue 4): the link worker's, under /api/episodes/{id}/onward-referrals and
/// /api/onward-referrals/{id}, scoped by the episode's team; the receiving organisation's, under /api/partner/referrals,
/// scoped to the partner user's own organisation and showing only what is shared; and the gap register.
/// </summary>
public static class OnwardReferralsApi
{
    private static readonly OnwardReferralStep[] LinkWorkerSteps =
    [
        OnwardReferralStep.Send, OnwardReferralStep.Cancel, OnwardReferralStep.Accept, OnwardReferralStep.Reject, OnwardReferralStep.Start,
        OnwardReferralStep.Hold, OnwardReferralStep.Complete, OnwardReferralStep.Fail,
    ];

    private static readonly OnwardReferralStep[] PartnerSteps =
    [
        OnwardReferralStep.Accept, OnwardReferralStep.Reject, OnwardReferralStep.Start, OnwardReferralStep.Hold, OnwardReferralStep.Complete,
        OnwardReferralStep.Fail,
    ];

    public static IEndpointRouteBuilder MapOnwardReferralsApi(this IEndpointRouteBuilder app)
    {
        var episode = app.MapGroup("/api/episodes/{id:guid}").WithTags("Onward referrals");
        episode.MapGet("/onward-referrals", (Guid id, ClaimsPrincipal user, OnwardReferralQueries queries, CancellationToken ct) =>
                queries.ForEpisodeAsync(user, id, ct))
            .RequireAuthorization(Policies.CaseWorkers)
            .WithSummary("Lists an episode's onward referrals")
            .WithDescription("Oldest first, each with its service, kind (Signpost or Direct), status (statusCode is the FHIR Task.status code), " +
                "what is shared beyond the minimum, the response due date and whether it is overdue (direct referrals still requested after " +
                "the configured working days), and its history. Audited as a read of the person; an episode you may not see is 404.");

        episode.MapPost("/onward-referrals", async (
                Guid id, OnwardReferralRequest request, ClaimsPrincipal user, MakeOnwardReferral make, OnwardReferralQueries queries, CancellationToken ct) =>
            {
                var referral = await make.ExecuteAsync(user, id, request.ToInput(), ct);
                return TypedResults.Created($"/api/onward-referrals/{referral.Id}", await queries.DescribeAsync(referral, ct));
            })
            .RequireAuthorization(Policies.LinkWorker)
            .WithSummary("Makes an onward referral from a goal")
            .WithDescription("From an open goal of a person allocated or active with your team, to a directory service. kind is Signpost " +
                "(recorded only) or Direct (the service must take referrals through Waymark). Only the minimum is shared (name, how to " +
                "contact, the agreed reason) unless extra items are listed with consentRecorded true (the person agreed to share exactly " +
                "those; recorded as given to you now). send true sends it at once; otherwise it is a draft.");

        episode.MapPost("/unmet-needs", async (Guid id, UnmetNeedRequest request, ClaimsPrincipal user, RecordUnmetNeed record, CancellationToken ct) =>
            {
                var gap = await record.ExecuteAsync(user, id, request.ToInput(), ct);
                return TypedResults.Created($"/api/gaps", new { gap.Id, gap.Need, gap.Area, gap.Month, gap.Reason });
            })
            .RequireAuthorization(Policies.LinkWorker)
            .WithSummary("Records an unmet need in the service gap register")
            .WithDescription("need and reason (NoService, NoCapacity, NotAccessible); the area is the district of the person's postcode " +
                "and the month the current one. onwardReferralId links a referral of this episode rejected for no capacity. The note is " +
                "about the service side only and refuses postcodes and NHS-number-like digits.");

        var referrals = app.MapGroup("/api/onward-referrals").WithTags("Onward referrals");
        referrals.MapGet("/{id:guid}", (Guid id, ClaimsPrincipal user, OnwardReferralQueries queries, CancellationToken ct) => queries.GetAsync(user, id, ct))
            .RequireAuthorization(Policies.CaseWorkers)
            .WithSummary("Reads an onward referral")
            .WithDescription("For case workers who may see its episode (else 404). Audited as a read of the person.");

        referrals.MapPut("/{id:guid}", async (
                Guid id, OnwardReferralRevisionRequest request, ClaimsPrincipal user, ReviseOnwardReferral revise, OnwardReferralQueries queries, CancellationToken ct) =>
                await queries.DescribeAsync(await revise.ExecuteAsync(user, id, request.ToInput(), ct), ct))
            .RequireAuthorization(Policies.LinkWorker)
            .WithSummary("Changes a draft onward referral")
            .WithDescription("Only a draft, for a link worker of the person's team (else 404); a referral already sent is refused with 422 " +
                "on status. Replaces kind, accompanied, agreedReason and extra; the goal and the service stay (cancel and make a new one " +
                "to change them). Extra items are covered by the consent already recorded on the draft, or by consentRecorded true (the " +
                "person agreed to share exactly those; recorded as given to you now). send true sends it once changed.");

        foreach (var step in LinkWorkerSteps)
        {
            referrals.MapPost($"/{{id:guid}}/{step.ToString().ToLowerInvariant()}", async (
                    Guid id, OnwardReferralStepRequest? request, ClaimsPrincipal user, ChangeOnwardReferral change, OnwardReferralQueries queries, CancellationToken ct) =>
                    await queries.DescribeAsync(await change.AsLinkWorkerAsync(user, id, step, (request ?? new()).ToInput(), ct), ct))
                .RequireAuthorization(Policies.LinkWorker)
                .WithSummary($"{step} an onward referral (link worker)")
                .WithDescription(step switch
                {
                    OnwardReferralStep.Send => "Sends a draft; the service must still be taking referrals.",
                    OnwardReferralStep.Cancel => "Withdraws the referral; reason required (NoCapacity, NotEligible, CouldNotContact, DidNotAttend, " +
                        "PersonDeclined, Other with reasonText).",
                    _ => "For a signpost: records what happened, as heard from the person. A direct referral is answered by the organisation " +
                        "(422). Reject and Fail need a reason.",
                });
        }

        var partner = app.MapGroup("/api/partner/referrals").WithTags("Partner referrals").RequireAuthorization(Policies.Partner);
        partner.MapGet("/", (ClaimsPrincipal user, OnwardReferralQueries queries, OnwardReferralStatus? status, int? page, int? pageSize, CancellationToken ct) =>
                queries.PartnerInboxAsync(user, status, page, pageSize, ct))
            .WithSummary("Lists the referrals sent to your organisation")
            .WithDescription("Direct referrals to your own organisation only, newest first, optionally of one status, with isOverdue for a " +
                "referral not answered within the response time.");

        partner.MapGet("/{id:guid}", (Guid id, ClaimsPrincipal user, OnwardReferralQueries queries, CancellationToken ct) => queries.PartnerGetAsync(user, id, ct))
            .WithSummary("Reads a referral sent to your organisation")
            .WithDescription("Only what is shared: the person's name, how to contact them and the agreed reason, plus the items they " +
                "consented to share (null otherwise). A referral to another organisation is 404. Audited as a read of the person.");

        foreach (var step in PartnerSteps)
        {
            partner.MapPost($"/{{id:guid}}/{step.ToString().ToLowerInvariant()}", async (
                    Guid id, OnwardReferralStepRequest? request, ClaimsPrincipal user, ChangeOnwardReferral change, OnwardReferralQueries queries, CancellationToken ct) =>
                {
                    var referral = await change.AsPartnerAsync(user, id, step, (request ?? new()).ToInput(), ct);
                    return await queries.PartnerGetAsync(user, referral.Id, ct);
                })
                .WithSummary($"{step} a referral sent to your organisation")
                .WithDescription("Reject and Fail need a reason (NoCapacity, NotEligible, CouldNotContact, DidNotAttend, PersonDeclined, Other " +
                    "with reasonText). Steps the status does not allow are refused with 422.");
        }

        app.MapGet("/api/gaps", async (ClaimsPrincipal user, OnwardReferralQueries queries, DateOnly? from, CancellationToken ct) =>
                (await queries.GapRegisterAsync(user, from, ct)).Counts)
            .WithTags("Service gaps")
            .RequireAuthorization(Policies.GapReaders)
            .WithSummary("Counts the service gap register by month, need and area")
            .WithDescription("Counts only: service managers get their provider's teams, commissioners every team. area is a postcode " +
                "district (null where the person had no postcode). Small numbers are protected: a count from 1 to 4 is null with " +
                "suppressed true (shown says \"fewer than 5\"); every other count is rounded to the nearest 5. from limits to months " +
                "from that date.");

        return app;
    }
}

public sealed record OnwardReferralRequest(
    [property: Required] Guid? GoalId,
    [property: Required] Guid? ServiceId,
    [property: Required] OnwardReferralKind? Kind,
    bool? Accompanied,
    [property: StringLength(OnwardReferral.AgreedReasonMaxLength)] string? AgreedReason,
    IReadOnlyList<SharedDataItems>? Extra,
    bool? ConsentRecorded,
    bool? Send)
{
    public OnwardReferralInput ToInput() => new(
        GoalId, ServiceId, Kind, Accompanied ?? false, AgreedReason, (Extra ?? []).Aggregate(SharedDataItems.None, (all, item) => all | item),
        ConsentRecorded ?? false, Send ?? false);
}

public sealed record OnwardReferralRevisionRequest(
    [property: Required] OnwardReferralKind? Kind,
    bool? Accompanied,
    [property: StringLength(OnwardReferral.AgreedReasonMaxLength)] string? AgreedReason,
    IReadOnlyList<SharedDataItems>? Extra,
    bool? ConsentRecorded,
    bool? Send)
{
    public OnwardReferralRevision ToInput() => new(
        Kind, Accompanied ?? false, AgreedReason, (Extra ?? []).Aggregate(SharedDataItems.None, (all, item) => all | item), ConsentRecorded ?? false,
        Send ?? false);
}

public sealed record OnwardReferralStepRequest(
    OnwardReferralReason? Reason = null,
    [property: StringLength(OnwardReferral.ReasonTextMaxLength)] string? ReasonText = null,
    [property: StringLength(OnwardReferral.NoteMaxLength)] string? Note = null)
{
    public OnwardReferralStepInput ToInput() => new(Reason, ReasonText, Note);
}

public sealed record UnmetNeedRequest(
    [property: Required] NeedCategory? Need,
    [property: Required] UnmetNeedReason? Reason,
    [property: StringLength(UnmetNeed.NoteMaxLength)] string? Note,
    Guid? OnwardReferralId)
{
    public UnmetNeedInput ToInput() => new(Need, Reason, Note, OnwardReferralId);
}
