namespace Waymark.Domain.Episodes;

/// <summary>
/// One spell of a link worker holding an episode. A handover ends the current spell (<see cref="To"/>) and opens
/// another, so continuity of care can be seen and reported. <see cref="Reason"/> says why the worker changed (a
/// first allocation has none); <see cref="OverCapacityReason"/> is required when the allocation took the worker
/// over capacity.
/// </summary>
public sealed record Allocation(
    Guid WorkerId,
    DateTimeOffset From,
    DateTimeOffset? To,
    string? Reason,
    string? OverCapacityReason,
    Guid By);
