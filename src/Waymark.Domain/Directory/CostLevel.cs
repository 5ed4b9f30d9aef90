namespace Waymark.Domain.Directory;

/// <summary>What a service costs the person, in the three bands link workers filter by.</summary>
public enum CostLevel
{
    Free,

    /// <summary>A small charge (up to <see cref="ServiceRequirements.LowCostLimit"/> a session), often with concessions.</summary>
    LowCost,

    Paid,
}
