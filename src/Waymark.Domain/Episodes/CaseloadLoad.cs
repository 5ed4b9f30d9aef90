namespace Waymark.Domain.Episodes;

/// <summary>
/// A link worker's weighted load: the sum of the weights of the episodes they hold. Only allocated and active
/// episodes count — a waiting person is nobody's work yet, and an ended episode is nobody's any more.
/// </summary>
public static class CaseloadLoad
{
    public static decimal Compute(IEnumerable<(SupportIntensity Intensity, EpisodeStatus Status)> episodes) =>
        episodes
            .Where(e => e.Status is EpisodeStatus.Allocated or EpisodeStatus.Active)
            .Sum(e => SupportIntensities.Weight(e.Intensity));

    /// <summary>Whether taking on one more person at this intensity would take the worker over their capacity.</summary>
    public static bool WouldExceed(decimal capacity, decimal currentLoad, SupportIntensity intensity) =>
        currentLoad + SupportIntensities.Weight(intensity) > capacity;
}
