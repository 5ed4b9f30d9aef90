namespace Waymark.Domain.Directory;

/// <summary>How a link worker passes a person on to the service.</summary>
public enum ReferralMethod
{
    /// <summary>The person contacts the service themselves; Waymark records the signposting only.</summary>
    SignpostOnly,

    /// <summary>A referral sent and tracked through Waymark (the partner's inbox).</summary>
    Direct,

    /// <summary>By email to the service's referral address.</summary>
    Email,

    /// <summary>By phoning the service's referral line.</summary>
    Phone,

    /// <summary>Through the service's own online form.</summary>
    ExternalForm,
}
