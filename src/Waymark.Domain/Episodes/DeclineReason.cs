namespace Waymark.Domain.Episodes;

/// <summary>Why triage found social prescribing not appropriate. An explanation is always recorded with it.</summary>
public enum DeclineReason
{
    /// <summary>The person is in crisis: direct them to crisis support now.</summary>
    InCrisis = 1,
    NeedsClinicalCare = 2,
    OutsideArea = 3,
    AlreadySupportedElsewhere = 4,
    Other = 5,
}
