namespace Waymark.Domain.OnwardReferrals;

/// <summary>
/// Which side of an onward referral is acting. The link worker makes, sends and cancels referrals (and records what
/// happened to a signpost); the partner — a user of the receiving organisation — answers and updates direct
/// referrals. The use case decides the actor from who is signed in and checks that a partner belongs to the
/// referral's organisation; the domain refuses the wrong side.
/// </summary>
public enum OnwardReferralActor
{
    LinkWorker = 1,
    Partner = 2,
}
