using Waymark.Domain.Common;
using Waymark.Domain.Referrals;

namespace Waymark.Web.Features.Referrals;

/// <summary>One need named on a referral, with the referrer's (or the person's) own words.</summary>
public sealed record NeedInput(NeedCategory Category, string? InTheirWords = null);

/// <summary>
/// What every way in asks about the person and why they are referred. Field names match the form and the JSON
/// (NhsNumber, GivenName, ..., Needs, Urgency, PersonAgreed, Notes) so errors point at the right input.
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
    bool ConfirmedDifferentPerson = false);

/// <summary>What was made: the referral, the person's episode and the team it went to.</summary>
public sealed record ReferralMade(Guid ReferralId, Guid EpisodeId, Guid PersonId, Guid TeamId, string TeamName, bool ExistingPerson, bool IsReReferral);

public sealed record FieldError(string Field, string Message);

/// <summary>
/// A referral broke one or more rules. Forms show every error at once; the API (which sees a
/// <see cref="DomainException"/>) answers 422 naming the first.
/// </summary>
public sealed class InvalidReferralException(IReadOnlyList<FieldError> errors)
    : DomainException(errors[0].Message, errors[0].Field)
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;
}
