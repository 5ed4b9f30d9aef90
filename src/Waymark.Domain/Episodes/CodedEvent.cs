namespace Waymark.Domain.Episodes;

/// <summary>
/// A SNOMED CT coded event on an episode, kept so a later round can send it to the person's GP record. Each code is
/// recorded at most once per episode.
/// </summary>
public sealed record CodedEvent(string SnomedCode, string Display, DateTimeOffset At);

/// <summary>The SNOMED CT concepts social prescribing records in the GP record.</summary>
public static class SnomedCodes
{
    public const string ReferralToSocialPrescribing = "871731000000106";
    public const string ReferralToSocialPrescribingDisplay = "Referral to social prescribing service";
    public const string SocialPrescribingDeclined = "871711000000103";
    public const string SocialPrescribingDeclinedDisplay = "Social prescribing declined";
}
