namespace Waymark.Domain.OnwardReferrals;

/// <summary>
/// How the person is connected to the service. A <see cref="Signpost"/> is recorded only: the link worker gives the
/// person the service's details, nothing is sent to the organisation and the link worker records what happened. A
/// <see cref="Direct"/> referral goes to the receiving organisation's inbox in Waymark and they answer it.
/// </summary>
public enum OnwardReferralKind
{
    Signpost = 1,
    Direct = 2,
}
