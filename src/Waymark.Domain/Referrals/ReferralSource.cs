namespace Waymark.Domain.Referrals;

/// <summary>Who started the referral (domain model: Referral.Source).</summary>
public enum ReferralSource
{
    Practice = 1,
    OtherProfessional = 2,
    Self = 3,
    OutreachList = 4,
    Partner = 5,
}
