using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Common;
using Waymark.Domain.Organisations;
using Waymark.Domain.Referrals;
using Waymark.Web.Features.People;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Features.Referrals;

/// <summary>A referral from a system: the person, their GP practice (ODS code or id), needs, urgency and agreement.</summary>
public sealed record ApiReferralInput(string? PracticeOdsCode, Guid? PracticeId, ReferralInput Referral);

/// <summary>The referral, and whether this call made it (false when a retry returned the one made before).</summary>
public sealed record ApiReferralOutcome(ApiReferralView Referral, bool Created);

/// <summary>
/// POST /api/referrals. A system referral is a practice referral made by the API client: the client's id is
/// recorded as the referrer (<see cref="Referral.ReferrerUserId"/>), which is also what makes idempotency keys the
/// client's own — the unique index is (ReferrerUserId, IdempotencyKey). A retry with a key already used returns the
/// referral made the first time; the same key with a different referral is refused, so a client bug cannot
/// silently drop a referral. Two retries racing each other both end on the one referral: the loser's save breaks
/// the unique index (or its person already has the winner's open episode) and it returns the winner's.
/// </summary>
public sealed class SubmitApiReferral(AppDbContext db, MakeReferral make, ReferralQueries queries)
{
    public const string KeyField = "IdempotencyKey";
    public const string KeyReused =
        "This Idempotency-Key was already used for a different referral. Use a new key for each new referral, and the same key only to retry one.";

    public async Task<ApiReferralOutcome> ExecuteAsync(ClaimsPrincipal user, ApiReferralInput input, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        var clientId = user.ApiClientIdOf() ?? throw new InvalidOperationException("Only API clients send referrals here");
        var key = Text.Optional(idempotencyKey, KeyField, "the Idempotency-Key header", Referral.IdempotencyKeyMaxLength);
        if (key is not null && await EarlierAsync(clientId, key, input, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var practiceId = await PracticeAsync(input, cancellationToken);
        var route = new ReferralRoute(ReferralSource.Practice, practiceId, clientId, IsPublic: false, NhsNumberRequired: true,
            "No social prescribing team covers this GP practice.", key);
        ReferralMade made;
        try
        {
            made = await make.MakeAsync(route, user, input.Referral, cancellationToken);
        }
        catch (Exception error) when (key is not null && error is DbUpdateException or DomainException or DuplicatePersonException)
        {
            // A retry racing the first submission breaks the unique key index on save or — when the first has just
            // registered the person — finds them as a match or with an open episode. Either way, the first one wins.
            db.ChangeTracker.Clear();
            if (await EarlierAsync(clientId, key, input, cancellationToken) is { } raced)
            {
                return raced;
            }

            throw;
        }

        var view = await queries.FindForApiClientAsync(clientId, made.ReferralId, cancellationToken)
            ?? throw new InvalidOperationException("The referral just made was not found");
        return new ApiReferralOutcome(view, Created: true);
    }

    private async Task<ApiReferralOutcome?> EarlierAsync(Guid clientId, string key, ApiReferralInput input, CancellationToken cancellationToken)
    {
        var earlier = await db.Referrals.AsNoTracking()
            .Where(r => r.ReferrerUserId == clientId && r.IdempotencyKey == key)
            .Select(r => new { Referral = r, PersonNhsNumber = db.People.Where(p => p.Id == r.PersonId).Select(p => p.NhsNumber).FirstOrDefault() })
            .SingleOrDefaultAsync(cancellationToken);
        if (earlier is null)
        {
            return null;
        }

        var practiceId = await TryPracticeAsync(input, cancellationToken);
        if (!IsSameReferral(earlier.Referral, earlier.PersonNhsNumber, practiceId, input.Referral))
        {
            throw new DomainException(KeyReused, KeyField);
        }

        var view = await queries.FindForApiClientAsync(clientId, earlier.Referral.Id, cancellationToken)
            ?? throw new InvalidOperationException("The earlier referral was not found");
        return new ApiReferralOutcome(view, Created: false);
    }

    /// <summary>
    /// Whether a retried body asks for the referral already made: the same person (NHS number, and the existing
    /// record when one was chosen), practice, needs (in order, with the same words), urgency and notes (as typed,
    /// without Waymark's note about contact details differing from the record). Names and contact details are not
    /// compared, because a referral for a known person goes to the existing record, whose details may differ from the
    /// request's.
    /// </summary>
    internal static bool IsSameReferral(Referral earlier, NhsNumber? earlierNhsNumber, Guid? practiceId, ReferralInput input)
    {
        NhsNumber? number = NhsNumber.TryParse(input.NhsNumber, out var parsed) ? parsed : null;
        var needs = input.Needs.DistinctBy(n => n.Category).Select(n => (n.Category, Words: Blank(n.InTheirWords))).ToList();
        return earlier.ReferringOrganisationId == practiceId
            && earlierNhsNumber == number
            && earlier.Urgency == input.Urgency
            && earlier.PersonAgreed == input.PersonAgreed
            && (input.ExistingPersonId is null || input.ExistingPersonId == earlier.PersonId)
            && MakeReferral.TypedNotes(earlier.ReferrerNotes) == Blank(input.Notes)
            && earlier.Needs.Select(n => (n.Category, Words: Blank(n.InTheirWords))).SequenceEqual(needs);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private async Task<Guid> PracticeAsync(ApiReferralInput input, CancellationToken cancellationToken)
    {
        if (input.PracticeId is { } id && id != Guid.Empty)
        {
            return id;
        }

        if (string.IsNullOrWhiteSpace(input.PracticeOdsCode))
        {
            throw new DomainException("Give the person's GP practice: its ODS code (practiceOdsCode) or its id (practiceId)", nameof(input.PracticeOdsCode));
        }

        var code = OdsCode.Normalise(input.PracticeOdsCode, nameof(input.PracticeOdsCode));
        return await FindPracticeAsync(code, cancellationToken)
            ?? throw new DomainException("No GP practice in Waymark has this ODS code. Check the code.", nameof(input.PracticeOdsCode));
    }

    private async Task<Guid?> TryPracticeAsync(ApiReferralInput input, CancellationToken cancellationToken)
    {
        if (input.PracticeId is { } id && id != Guid.Empty)
        {
            return id;
        }

        try
        {
            return string.IsNullOrWhiteSpace(input.PracticeOdsCode)
                ? null
                : await FindPracticeAsync(OdsCode.Normalise(input.PracticeOdsCode, nameof(input.PracticeOdsCode)), cancellationToken);
        }
        catch (DomainException)
        {
            return null;
        }
    }

    private Task<Guid?> FindPracticeAsync(string code, CancellationToken cancellationToken) =>
        db.Organisations.Where(o => o.Kind == OrganisationKind.GpPractice && o.OdsCode == code)
            .Select(o => (Guid?)o.Id).FirstOrDefaultAsync(cancellationToken);
}
