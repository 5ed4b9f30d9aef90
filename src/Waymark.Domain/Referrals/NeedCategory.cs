namespace Waymark.Domain.Referrals;

/// <summary>Why someone is referred: the need categories a referral records, each with the referrer's own words.</summary>
public enum NeedCategory
{
    LonelinessAndIsolation = 1,
    LowMoodOrAnxiety = 2,
    MoneyAndBenefits = 3,
    Debt = 4,
    Housing = 5,
    Food = 6,
    PhysicalActivity = 7,
    Weight = 8,
    ManagingALongTermCondition = 9,
    Bereavement = 10,
    Caring = 11,
    WorkAndVolunteering = 12,
    DigitalSkills = 13,
    Other = 14,
}
