using Waymark.Domain.Common;
using Waymark.Domain.Referrals;
using Waymark.Web.Features.People;

namespace Waymark.Web.Features.Referrals;

/// <summary>One need named on a referral, with the referrer's (or the person's) own words.</summary>
public sealed record NeedInput(NeedCategory Category, string? InTheirWords = null);

/// <summary>
/// What every way in asks about the person and why they are referred. Field names match the form and the JSON
/// (NhsNumber, GivenName, ..., Needs, Urgency, PersonAgreed, Notes) so errors point at the right input. After a
/// possible duplicate, staff and systems either confirm a different person or name the existing record the referral
/// is for (<see cref="ExistingPersonId"/>, one of the matches they were shown).
/// </summary>
public sealed record ReferralInput(
    string? NhsNumber,
    string? GivenName,
    string? FamilyName,
    DateOnly? DateOfBirth,
    string? Phone,
    string? Email,
    IReadOnlyList<NeedInput> Needs,
    Urgency? Urgency,
    bool PersonAgreed,
    string? Notes,
    bool ConfirmedDifferentPerson = false,
    Guid? ExistingPersonId = null);

/// <summary>What was made: the referral, the person's episode and the team it went to.</summary>
public sealed record ReferralMade(Guid ReferralId, Guid EpisodeId, Guid PersonId, Guid TeamId, string TeamName, bool ExistingPerson, bool IsReReferral);

public sealed record FieldError(string Field, string Message);

/// <summary>
/// A referral broke one or more rules. Forms show every error at once; the API (which sees a
/// <see cref="DomainException"/>) answers 422 naming the first.
/// </summary>
public sealed class InvalidReferralException(IReadOnlyList<FieldError> errors, IReadOnlyList<PersonMatchView>? matches = null)
    : DomainException(errors[0].Message, errors[0].Field)
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;

    /// <summary>The possible duplicates to choose from again, when the existing person chosen was refused.</summary>
    public IReadOnlyList<PersonMatchView> Matches { get; } = matches ?? [];
}
