namespace Waymark.Domain.Episodes;

/// <summary>
/// The receiving worker's load and capacity at the moment of allocation, computed by the caller from the worker's
/// episodes (<see cref="CaseloadLoad.Compute"/>) so the episode can insist on a reason when capacity is exceeded.
/// </summary>
public readonly record struct AllocationCheck(decimal CurrentLoad, decimal Capacity)
{
    public bool WouldExceed(SupportIntensity intensity) => CaseloadLoad.WouldExceed(Capacity, CurrentLoad, intensity);
}
