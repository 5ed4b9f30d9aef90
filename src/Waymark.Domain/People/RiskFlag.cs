namespace Waymark.Domain.People;

/// <summary>
/// Things a link worker must know before contacting or visiting the person. Details belong in the risk note;
/// the flags only make them visible on the caseload.
/// </summary>
public enum RiskFlag
{
    AdultSafeguardingConcern = 1,
    ChildSafeguardingConcern = 2,
    DomesticAbuse = 3,
    RiskToSelf = 4,
    RiskToOthers = 5,
    SelfNeglect = 6,

    /// <summary>Do not visit alone.</summary>
    LoneWorkingCaution = 7,
}
