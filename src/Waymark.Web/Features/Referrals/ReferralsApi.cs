using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Waymark.Domain.People;
using Waymark.Domain.Referrals;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Features.Referrals;

/// <summary>/api/referrals: referrals from other systems (API key), and what became of them.</summary>
public static class ReferralsApi
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public static IEndpointRouteBuilder MapReferralsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/referrals").WithTags("Referrals").RequireAuthorization(Policies.ApiClient);

        group.MapPost("/", async Task<IResult> (
                ReferralRequest request, [FromHeader(Name = IdempotencyHeader)] string? idempotencyKey, ClaimsPrincipal user,
                SubmitApiReferral submit, CancellationToken ct) =>
            {
                var outcome = await submit.ExecuteAsync(user, request.ToInput(), idempotencyKey, ct);
                var location = $"/api/referrals/{outcome.Referral.Id}";
                return outcome.Created
                    ? TypedResults.Created(location, outcome.Referral)
                    : new RetriedResult(location, outcome.Referral);
            })
            .Produces<ApiReferralView>(StatusCodes.Status201Created)
            .Produces<ApiReferralView>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Refers a person to social prescribing")
            .WithDescription(
                "A practice referral: the person's NHS number (required, modulus 11 checked), names, date of birth, optional phone and " +
                "email, their GP practice (practiceOdsCode or practiceId), needs (each with the referrer's words; 'Other' needs words), " +
                "urgency and personAgreed (must be true). It goes to the team covering the practice; a practice no team covers is " +
                "refused with 422. A known NHS number refers the existing person; a same-name-and-birthday match without an NHS number " +
                "to tell them apart answers 409 with the matches unless confirmedDifferentPerson is true. Matches with people you referred " +
                "before carry their id (others say only that a record exists): to refer that person again on their record, send the same " +
                "body with existingPersonId set to the match's id. An existingPersonId that is not one of your matches for this name and " +
                "date of birth is refused with 422 naming existingPersonId, whether or not such a record exists. When the referral joins " +
                "an existing record, the NHS number, phone and email sent fill in what the record lacks; a phone or email that differs " +
                "from the record's is not changed but noted on the referral for triage to check. Send an Idempotency-Key header " +
                "(up to 100 characters, unique per referral) so a retry never makes a second referral: a retry with the same key and " +
                "body answers 200 with the original referral and its Location; the same key with a different body answers 422. " +
                "Answers 201 with the referral's status and a Location header.");

        group.MapGet("/{id:guid}", (Guid id, ClaimsPrincipal user, ReferralQueries queries, CancellationToken ct) =>
                queries.ForApiClientAsync(user, id, ct))
            .WithSummary("Reads what became of a referral you sent")
            .WithDescription(
                "Its status in plain words and, once decided, the outcome and reason (triage's decision, or the discharge reason and " +
                "summary). Only the client that sent a referral can read it; any other id answers 404.");

        return app;
    }

    /// <summary>200 with the original referral and where it is, for a retried submission.</summary>
    private sealed class RetriedResult(string location, ApiReferralView referral) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.Location = location;
            return TypedResults.Ok(referral).ExecuteAsync(httpContext);
        }
    }
}

public sealed record NeedRequest([property: Required] NeedCategory? Category, [property: StringLength(ReferralNeed.InTheirWordsMaxLength)] string? InTheirWords);

public sealed record ReferralRequest(
    [property: StringLength(20)] string? NhsNumber,
    [property: Required, StringLength(Person.NameMaxLength)] string? GivenName,
    [property: Required, StringLength(Person.NameMaxLength)] string? FamilyName,
    [property: Required] DateOnly? DateOfBirth,
    [property: StringLength(ContactDetails.PhoneMaxLength)] string? Phone,
    [property: StringLength(ContactDetails.EmailMaxLength)] string? Email,
    [property: StringLength(10)] string? PracticeOdsCode,
    Guid? PracticeId,
    [property: Required, MaxLength(Referral.MaxNeeds)] IReadOnlyList<NeedRequest>? Needs,
    [property: Required] Urgency? Urgency,
    [property: Required] bool? PersonAgreed,
    [property: StringLength(MakeReferral.NotesMaxLength)] string? Notes,
    bool? ConfirmedDifferentPerson,
    Guid? ExistingPersonId = null)
{
    public ApiReferralInput ToInput() => new(PracticeOdsCode, PracticeId, new ReferralInput(
        NhsNumber, GivenName, FamilyName, DateOfBirth, Phone, Email,
        [.. (Needs ?? []).Select(n => new NeedInput(n?.Category ?? default, n?.InTheirWords))],
        Urgency, PersonAgreed ?? false, Notes, ConfirmedDifferentPerson ?? false, ExistingPersonId));
}
