using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Waymark.Domain.Contacts;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Features.Contacts;

/// <summary>
/// /api/episodes/{id}/contacts and /contact-plan: those who work with the person read them; link workers record
/// contacts and agree the plan. Scoped by <see cref="Episodes.EpisodeAccess"/>: an episode out of scope is 404.
/// </summary>
public static class ContactsApi
{
    public static IEndpointRouteBuilder MapContactsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/episodes/{id:guid}").WithTags("Contacts");

        group.MapGet("/contacts", (Guid id, ClaimsPrincipal user, ContactQueries queries, int? page, int? pageSize, CancellationToken ct) =>
                queries.ListAsync(user, id, page, pageSize, audit: true, ct))
            .RequireAuthorization(Policies.CaseWorkers)
            .WithSummary("Lists an episode's contacts, newest first")
            .WithDescription("Reached contacts and attempts, with notes, for link workers of the team and service managers of the " +
                "provider. Pages start at 1. Every read is audited.");

        group.MapPost("/contacts", async (Guid id, RecordContactRequest request, ClaimsPrincipal user, RecordContact record, CancellationToken ct) =>
            {
                var recorded = await record.ExecuteAsync(user, id, request.ToInput(), ct);
                return TypedResults.Created($"/api/episodes/{id}/contacts", recorded);
            })
            .RequireAuthorization(Policies.LinkWorker)
            .WithSummary("Records a contact with the person")
            .WithDescription("at is when it happened (not in the future); mode is how (Practice, HomeVisit, CommunityVenue, Phone, " +
                "Video, Text, Letter, Email); outcome is Reached or Attempted; durationMinutes 0 to 600. The first reached contact " +
                "of an allocated episode makes it active. An ended episode is refused with 422.");

        group.MapGet("/contact-plan", (Guid id, ClaimsPrincipal user, ContactQueries queries, CancellationToken ct) =>
                queries.PlanAsync(user, id, audit: true, ct))
            .RequireAuthorization(Policies.CaseWorkers)
            .WithSummary("Reads the agreed contact plan and when the next contact is due")
            .WithDescription("plan is null until one is agreed; the schedule then uses the programme's default frequency. " +
                "Dates are UK dates. Overdue means today is past the due date (due today is not overdue); noContact means " +
                "nobody has reached the person for the programme's threshold (28 days unless the programme says otherwise).");

        group.MapPut("/contact-plan", async (Guid id, ContactPlanRequest request, ClaimsPrincipal user, AgreeContactPlan agree,
                ContactQueries queries, CancellationToken ct) =>
            {
                await agree.ExecuteAsync(user, id, request.ToInput(), ct);
                return await queries.PlanAsync(user, id, audit: false, ct);
            })
            .RequireAuthorization(Policies.LinkWorker)
            .WithSummary("Agrees or changes the contact plan")
            .WithDescription("frequencyDays 1 to 365; preferredMode and preferredTimes (in the person's words) are optional. " +
                "Creates the plan the first time, then changes it.");

        return app;
    }
}

public sealed record RecordContactRequest(
    [property: Required] DateTimeOffset? At,
    [property: Required] ContactMode? Mode,
    int? DurationMinutes,
    [property: Required] ContactOutcome? Outcome,
    string? Notes)
{
    public RecordContactInput ToInput() => new(At, Mode, DurationMinutes, Outcome, Notes);
}

public sealed record ContactPlanRequest([property: Required] int? FrequencyDays, ContactMode? PreferredMode, string? PreferredTimes)
{
    public ContactPlanInput ToInput() => new(FrequencyDays, PreferredMode, PreferredTimes);
}
