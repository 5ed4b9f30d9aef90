namespace Waymark.Domain.OnwardReferrals;

/// <summary>
/// Why an onward referral was rejected, failed or cancelled. <see cref="Other"/> needs the reason in words. Counted
/// in service statistics and the service gap register, so they are kept as codes rather than free text.
/// </summary>
public enum OnwardReferralReason
{
    NoCapacity = 1,
    NotEligible = 2,
    CouldNotContact = 3,
    DidNotAttend = 4,
    PersonDeclined = 5,
    Other = 6,
}

public static class OnwardReferralReasons
{
    /// <summary>The reason in plain words, for lists and messages.</summary>
    public static string Describe(this OnwardReferralReason reason) => reason switch
    {
        OnwardReferralReason.NoCapacity => "no capacity",
        OnwardReferralReason.NotEligible => "not eligible",
        OnwardReferralReason.CouldNotContact => "could not contact the person",
        OnwardReferralReason.DidNotAttend => "the person did not attend",
        OnwardReferralReason.PersonDeclined => "the person declined",
        OnwardReferralReason.Other => "other reason",
        _ => reason.ToString(),
    };
}
