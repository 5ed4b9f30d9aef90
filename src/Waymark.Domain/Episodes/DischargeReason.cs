namespace Waymark.Domain.Episodes;

/// <summary>Why an episode ended after allocation. Lost contact is guarded by <see cref="LostContactRule"/>.</summary>
public enum DischargeReason
{
    GoalsAchieved = 1,
    ConnectedToCommunitySupport = 2,
    PersonChoseToEnd = 3,
    LostContact = 4,
    MovedAway = 5,
    NeedsMetByAnotherService = 6,
    Died = 7,
    Other = 8,
}
