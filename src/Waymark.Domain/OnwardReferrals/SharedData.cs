using Waymark.Domain.Common;

namespace Waymark.Domain.OnwardReferrals;

/// <summary>
/// What an onward referral shares with the receiving organisation. The minimum — the person's name, how to contact
/// them and the reason in agreed words — is always shared (<see cref="Minimum"/>). Anything more
/// (<see cref="Extra"/>) needs the person's recorded consent, and only what they agreed to may be shared. The
/// record holds which items are shared, not copies of them: the partner's view projects them from the person's
/// record when it is read, so a corrected phone number is the one they see.
/// </summary>
public sealed record SharedData
{
    /// <summary>
    /// Only the minimum. A new value each time (equal by value), never one shared instance: persistence may keep it as
    /// an owned part of each referral, and one instance cannot belong to two referrals.
    /// </summary>
    public static SharedData Minimum => new();

    private SharedData()
    {
    }

    /// <summary>Items shared beyond the minimum; <see cref="SharedDataItems.None"/> for the minimum only.</summary>
    public SharedDataItems Extra { get; private init; }

    /// <summary>The person's consent to share more; required whenever <see cref="Extra"/> is not empty.</summary>
    public SharingConsent? Consent { get; private init; }

    public bool IsMinimum => Extra == SharedDataItems.None;

    /// <summary>
    /// Shares <paramref name="extra"/> on top of the minimum. Refuses more than the minimum without consent, and
    /// anything the person did not agree to.
    /// </summary>
    public static SharedData Create(SharedDataItems extra, SharingConsent? consent)
    {
        if (!extra.IsKnown())
        {
            throw new DomainException("Select what to share from the list", nameof(Extra));
        }

        if (extra == SharedDataItems.None)
        {
            return consent is null ? Minimum : new SharedData { Consent = consent };
        }

        if (consent is null)
        {
            throw new DomainException(
                $"Record the person's consent before sharing their {extra.Describe()}: without it only their name, how to contact them and the reason are shared",
                nameof(Consent));
        }

        var notAgreed = extra & ~consent.AgreedTo;
        if (notAgreed != SharedDataItems.None)
        {
            throw new DomainException(
                $"The person has not agreed to share their {notAgreed.Describe()}; untick it or record their consent to it",
                nameof(Extra));
        }

        return new SharedData { Extra = extra, Consent = consent };
    }

    /// <summary>A deep copy, so each referral owns its own value (the same choice may be used for two referrals).</summary>
    internal SharedData Copy() => new() { Extra = Extra, Consent = Consent is null ? null : Consent with { } };
}
