namespace Waymark.Domain.People;

/// <summary>Display names and SNOMED CT concept ids (International edition disorders/findings) for conditions.</summary>
public static class LongTermConditions
{
    /// <summary>The SNOMED CT concept id, or null where there is no single established concept.</summary>
    public static long? SnomedConceptId(this LongTermCondition condition) => condition switch
    {
        LongTermCondition.Type1Diabetes => 46635009,
        LongTermCondition.Type2Diabetes => 44054006,
        LongTermCondition.HeartFailure => 84114007,
        LongTermCondition.CoronaryHeartDisease => 53741008,
        LongTermCondition.Hypertension => 38341003,
        LongTermCondition.AtrialFibrillation => 49436004,
        LongTermCondition.Stroke => 230690007,
        LongTermCondition.Asthma => 195967001,
        LongTermCondition.Copd => 13645005,
        LongTermCondition.ChronicKidneyDisease => 709044004,
        LongTermCondition.Epilepsy => 84757009,
        LongTermCondition.Osteoporosis => 64859006,
        LongTermCondition.Osteoarthritis => 396275006,
        LongTermCondition.RheumatoidArthritis => 69896004,
        LongTermCondition.ChronicPain => 82423001,
        LongTermCondition.Cancer => 363346000,
        LongTermCondition.Dementia => 52448006,
        LongTermCondition.ParkinsonsDisease => 49049000,
        LongTermCondition.MultipleSclerosis => 24700007,
        LongTermCondition.Obesity => 414916001,
        LongTermCondition.Anxiety => 197480006,
        LongTermCondition.Depression => 35489007,
        _ => null,
    };

    public static string DisplayName(this LongTermCondition condition) => condition switch
    {
        LongTermCondition.Type1Diabetes => "Type 1 diabetes",
        LongTermCondition.Type2Diabetes => "Type 2 diabetes",
        LongTermCondition.HeartFailure => "Heart failure",
        LongTermCondition.CoronaryHeartDisease => "Coronary heart disease",
        LongTermCondition.Hypertension => "High blood pressure",
        LongTermCondition.AtrialFibrillation => "Atrial fibrillation",
        LongTermCondition.Stroke => "Stroke",
        LongTermCondition.Asthma => "Asthma",
        LongTermCondition.Copd => "COPD",
        LongTermCondition.ChronicKidneyDisease => "Chronic kidney disease",
        LongTermCondition.Epilepsy => "Epilepsy",
        LongTermCondition.Osteoporosis => "Osteoporosis",
        LongTermCondition.Osteoarthritis => "Osteoarthritis",
        LongTermCondition.RheumatoidArthritis => "Rheumatoid arthritis",
        LongTermCondition.ChronicPain => "Chronic pain",
        LongTermCondition.Cancer => "Cancer",
        LongTermCondition.Dementia => "Dementia",
        LongTermCondition.ParkinsonsDisease => "Parkinson's disease",
        LongTermCondition.MultipleSclerosis => "Multiple sclerosis",
        LongTermCondition.Obesity => "Obesity",
        LongTermCondition.Anxiety => "Anxiety",
        LongTermCondition.Depression => "Depression",
        LongTermCondition.Other => "Another long-term condition",
        _ => throw new ArgumentOutOfRangeException(nameof(condition), condition, "Unknown condition"),
    };
}
