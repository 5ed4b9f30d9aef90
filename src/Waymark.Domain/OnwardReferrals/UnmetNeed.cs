using System.Text.RegularExpressions;
using Waymark.Domain.Common;
using Waymark.Domain.Referrals;

namespace Waymark.Domain.OnwardReferrals;

/// <summary>
/// An entry in the service gap register: a need that nothing suitable met, by need category, area and month, with
/// why (<see cref="UnmetNeedReason"/>). Service managers and commissioners see counts by need, area and month —
/// never people. So an entry holds no person: the area is the postcode district (outward code) of the person's
/// postcode, never the full postcode, and the team that recorded it; the month, not the day.
/// </summary>
public sealed partial class UnmetNeed : Entity
{
    public const int NoteMaxLength = 500;

    private UnmetNeed()
    {
    }

    public NeedCategory Need { get; private init; }

    /// <summary>The team whose link worker recorded it: scopes who sees it and stands for its area when there is no postcode.</summary>
    public Guid TeamId { get; private init; }

    /// <summary>
    /// The postcode district (outward code, like "LS1") of the person's postcode; null when they have none recorded,
    /// such as someone with no fixed address, in which case the team's area stands. Never a full postcode.
    /// </summary>
    public string? Area { get; private init; }

    /// <summary>The first day of the month the gap was met in.</summary>
    public DateOnly Month { get; private init; }

    public UnmetNeedReason Reason { get; private init; }

    /// <summary>
    /// What was missing, about the service side only (for example "no evening group for carers"). Must not hold
    /// personal data: no names, postcodes, NHS numbers or anything about the person — the register is reported as
    /// counts, and this note is read by commissioners. Postcodes and NHS-number-like digits are refused.
    /// </summary>
    public string? Note { get; private init; }

    /// <summary>The onward referral rejected for no capacity that showed the gap, when there was one.</summary>
    public Guid? OnwardReferralId { get; private init; }

    public Guid RecordedBy { get; private init; }

    public DateTimeOffset RecordedAt { get; private init; }

    /// <summary>
    /// Records a gap. <paramref name="personPostcode"/> is used only to derive the district and is not kept.
    /// <paramref name="rejectedReferral"/>, when given, must have been rejected for no capacity, and the reason is
    /// then no capacity.
    /// </summary>
    public static UnmetNeed Record(
        NeedCategory need, Guid teamId, string? personPostcode, UnmetNeedReason reason, string? note, Guid by, DateOnly today,
        DateTimeOffset now, OnwardReferral? rejectedReferral = null)
    {
        if (!Enum.IsDefined(need))
        {
            throw new DomainException("Select the need that was not met", nameof(Need));
        }

        if (!Enum.IsDefined(reason))
        {
            throw new DomainException("Select why the need was not met", nameof(Reason));
        }

        if (teamId == Guid.Empty)
        {
            throw new DomainException("An unmet need must belong to a team", nameof(TeamId));
        }

        if (by == Guid.Empty)
        {
            throw new DomainException("An unmet need must say who recorded it", nameof(RecordedBy));
        }

        if (rejectedReferral is not null)
        {
            if (rejectedReferral.Status != OnwardReferralStatus.Rejected || rejectedReferral.LastChange.Reason != OnwardReferralReason.NoCapacity)
            {
                throw new DomainException(
                    "Only a referral rejected for no capacity can be linked to an unmet need", nameof(OnwardReferralId));
            }

            if (reason != UnmetNeedReason.NoCapacity)
            {
                throw new DomainException(
                    "The referral was rejected for no capacity, so record the reason as no capacity", nameof(Reason));
            }
        }

        return new UnmetNeed
        {
            Need = need,
            TeamId = teamId,
            Area = PostcodeDistrict.FromPostcode(personPostcode, nameof(Area)),
            Month = new DateOnly(today.Year, today.Month, 1),
            Reason = reason,
            Note = CheckNote(note),
            OnwardReferralId = rejectedReferral?.Id,
            RecordedBy = by,
            RecordedAt = now,
        };
    }

    private static string? CheckNote(string? note)
    {
        var text = Text.Optional(note, nameof(Note), "the note", NoteMaxLength);
        if (text is not null && (FullPostcode().IsMatch(text) || NhsNumberLike().IsMatch(text)))
        {
            throw new DomainException(
                "Remove the postcode or number from the note: the gap register never holds anything about a person", nameof(Note));
        }

        return text;
    }

    [GeneratedRegex(@"\b[A-Z]{1,2}[0-9][A-Z0-9]?\s*[0-9][A-Z]{2}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FullPostcode();

    [GeneratedRegex(@"\b\d{3}[\s-]?\d{3}[\s-]?\d{4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex NhsNumberLike();
}
