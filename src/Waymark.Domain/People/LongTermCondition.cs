namespace Waymark.Domain.People;

/// <summary>
/// Long-term conditions commonly behind a referral to social prescribing. <see cref="LongTermConditions"/> maps
/// each to its SNOMED CT concept where one is well established; <see cref="Other"/> has none.
/// </summary>
public enum LongTermCondition
{
    Type1Diabetes = 1,
    Type2Diabetes = 2,
    HeartFailure = 3,
    CoronaryHeartDisease = 4,
    Hypertension = 5,
    AtrialFibrillation = 6,
    Stroke = 7,
    Asthma = 8,
    Copd = 9,
    ChronicKidneyDisease = 10,
    Epilepsy = 11,
    Osteoporosis = 12,
    Osteoarthritis = 13,
    RheumatoidArthritis = 14,
    ChronicPain = 15,
    Cancer = 16,
    Dementia = 17,
    ParkinsonsDisease = 18,
    MultipleSclerosis = 19,
    Obesity = 20,
    Anxiety = 21,
    Depression = 22,
    Other = 99,
}
