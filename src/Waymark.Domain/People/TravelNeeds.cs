namespace Waymark.Domain.People;

/// <summary>
/// What makes getting to a place hard for the person, so matching can weigh distance and leave out in-person
/// services they could not reach.
/// </summary>
[Flags]
public enum TravelNeeds
{
    None = 0,

    /// <summary>No car and no easy public transport: distance matters more.</summary>
    NoTransport = 1,

    /// <summary>Walking or travelling is hard: distance matters more.</summary>
    LimitedMobility = 2,

    /// <summary>Needs step-free access to a building.</summary>
    StepFreeAccess = 4,

    /// <summary>Cannot leave home at present: in-person services are out.</summary>
    Housebound = 8,
}
