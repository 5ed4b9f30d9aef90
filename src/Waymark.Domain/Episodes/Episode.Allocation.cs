using Waymark.Domain.Common;

namespace Waymark.Domain.Episodes;

/// <summary>Allocation to a link worker, handovers, support intensity and the first contact.</summary>
public sealed partial class Episode
{
    /// <summary>The link worker holding the episode now; null before allocation and after it ends.</summary>
    public Guid? WorkerId { get; private set; }

    public SupportIntensity? Intensity { get; private set; }

    public DateTimeOffset? FirstContactAt { get; private set; }

    /// <summary>Every spell with a link worker, oldest first.</summary>
    public IReadOnlyList<Allocation> Allocations => _allocations;

    /// <summary>
    /// Allocates a waiting person to a link worker at a support intensity. <paramref name="check"/> carries the
    /// worker's weighted load and capacity; going over capacity needs <paramref name="overCapacityReason"/>.
    /// </summary>
    public void Allocate(
        Guid workerId, SupportIntensity intensity, AllocationCheck check, string? overCapacityReason, Guid by, DateTimeOffset now)
    {
        EnsureCanBeAllocated();
        EnsureIntensity(intensity);
        EnsureWorker(workerId);
        var overCapacity = OverCapacityReason(check, intensity, overCapacityReason);
        _allocations.Add(new Allocation(workerId, now, null, null, overCapacity, by));
        WorkerId = workerId;
        Intensity = intensity;
        Status = EpisodeStatus.Allocated;
    }

    /// <summary>Hands the episode over to another link worker (leave, change of team, the person's wish), with a reason.</summary>
    public void Reallocate(Guid workerId, string? reason, AllocationCheck check, string? overCapacityReason, Guid by, DateTimeOffset now)
    {
        EnsureCanBeHandedOver();
        EnsureWorker(workerId);
        if (workerId == WorkerId)
        {
            throw new DomainException("Choose a different link worker: this person is already allocated to them", nameof(WorkerId));
        }

        var why = Text.Required(reason, "Reason", "why the person is moving to another link worker", ReasonMaxLength);
        var overCapacity = OverCapacityReason(check, Intensity!.Value, overCapacityReason);
        EndCurrentAllocation(now);
        _allocations.Add(new Allocation(workerId, now, null, why, overCapacity, by));
        WorkerId = workerId;
    }

    /// <summary>Refuses, saying why, unless the person is on the waiting list; callers check before weighing up workers.</summary>
    public void EnsureCanBeAllocated() => EnsureStatus("Only a person on the waiting list can be allocated", EpisodeStatus.Waiting);

    /// <summary>Refuses, saying why, unless the episode is allocated or active.</summary>
    public void EnsureCanBeHandedOver() =>
        EnsureStatus("Only an allocated or active episode can be handed to another link worker", EpisodeStatus.Allocated, EpisodeStatus.Active);

    /// <summary>Changes how much support the person gets (reviewable, so light-touch drift is visible).</summary>
    public void ChangeIntensity(SupportIntensity intensity)
    {
        EnsureStatus("Only an allocated or active episode has a support intensity to change",
            EpisodeStatus.Allocated, EpisodeStatus.Active);
        EnsureIntensity(intensity);
        Intensity = intensity;
    }

    /// <summary>The first time the link worker reaches the person: support begins. Recording it again changes nothing.</summary>
    public void RecordFirstContact(DateTimeOffset now)
    {
        EnsureStatus("Only an allocated episode can begin with a first contact", EpisodeStatus.Allocated, EpisodeStatus.Active);
        if (Status == EpisodeStatus.Allocated)
        {
            FirstContactAt = now;
            Status = EpisodeStatus.Active;
        }
    }

    private static void EnsureIntensity(SupportIntensity intensity)
    {
        if (!Enum.IsDefined(intensity))
        {
            throw new DomainException("Select the support intensity", nameof(Intensity));
        }
    }

    private static void EnsureWorker(Guid workerId)
    {
        if (workerId == Guid.Empty)
        {
            throw new DomainException("Select a link worker", nameof(WorkerId));
        }
    }

    private static string? OverCapacityReason(AllocationCheck check, SupportIntensity intensity, string? reason) =>
        check.WouldExceed(intensity)
            ? Text.Required(reason, nameof(Allocation.OverCapacityReason),
                FormattableString.Invariant(
                    $"why this link worker should take on more than their capacity ({check.CurrentLoad:0.#} of {check.Capacity:0.#} used)"),
                ReasonMaxLength)
            : Text.Optional(reason, nameof(Allocation.OverCapacityReason), "the reason", ReasonMaxLength);

    private void EndCurrentAllocation(DateTimeOffset now)
    {
        if (_allocations.Count > 0 && _allocations[^1].To is null)
        {
            _allocations[^1] = _allocations[^1] with { To = now };
        }

        WorkerId = null;
    }
}
