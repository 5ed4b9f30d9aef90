namespace Waymark.Domain.Referrals;

/// <summary>
/// A need in plain words, the one wording used everywhere: referral forms, the record, the need taxonomy's terms and
/// matching's reasons ("Helps with debt").
/// </summary>
public static class NeedWords
{
    public static string Describe(this NeedCategory need) => need switch
    {
        NeedCategory.LonelinessAndIsolation => "Loneliness and isolation",
        NeedCategory.LowMoodOrAnxiety => "Low mood or anxiety",
        NeedCategory.MoneyAndBenefits => "Money and benefits",
        NeedCategory.Debt => "Debt",
        NeedCategory.Housing => "Housing",
        NeedCategory.Food => "Food",
        NeedCategory.PhysicalActivity => "Physical activity",
        NeedCategory.Weight => "Weight",
        NeedCategory.ManagingALongTermCondition => "Managing a long-term condition",
        NeedCategory.Bereavement => "Bereavement",
        NeedCategory.Caring => "Caring for someone",
        NeedCategory.WorkAndVolunteering => "Work and volunteering",
        NeedCategory.DigitalSkills => "Digital skills",
        NeedCategory.Other => "Something else",
        _ => need.ToString(),
    };
}
