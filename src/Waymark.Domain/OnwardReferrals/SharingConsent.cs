using Waymark.Domain.Common;

namespace Waymark.Domain.OnwardReferrals;

/// <summary>
/// The person's consent to share more than the minimum with the receiving organisation: what they agreed to share,
/// who recorded it and when. Recorded by the link worker who talked it through with the person.
/// </summary>
public sealed record SharingConsent
{
    private SharingConsent()
    {
    }

    public SharedDataItems AgreedTo { get; private init; }

    public Guid RecordedBy { get; private init; }

    public DateTimeOffset RecordedAt { get; private init; }

    public static SharingConsent Record(SharedDataItems agreedTo, Guid recordedBy, DateTimeOffset recordedAt)
    {
        if (!agreedTo.IsKnown())
        {
            throw new DomainException("Select what the person agreed to share from the list", nameof(AgreedTo));
        }

        if (agreedTo == SharedDataItems.None)
        {
            throw new DomainException("Select what the person agreed to share", nameof(AgreedTo));
        }

        if (recordedBy == Guid.Empty)
        {
            throw new DomainException("Consent must say who recorded it", nameof(RecordedBy));
        }

        return new SharingConsent { AgreedTo = agreedTo, RecordedBy = recordedBy, RecordedAt = recordedAt };
    }
}
