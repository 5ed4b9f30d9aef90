using Waymark.Domain.Common;

namespace Waymark.Domain.Episodes;

/// <summary>Discharge: the planned ending of an episode, with a reason and a summary for the referrer and GP.</summary>
public sealed partial class Episode
{
    public DischargeReason? DischargeReason { get; private set; }

    public string? DischargeSummary { get; private set; }

    public Guid? DischargedBy { get; private set; }

    public DateTimeOffset? DischargedAt { get; private set; }

    /// <summary>
    /// Discharges an allocated or active episode. Discharging for lost contact needs <paramref name="lostContact"/>:
    /// the episode's contacts and the programme's rule, which must be met (see <see cref="LostContactRule"/>).
    /// </summary>
    public void Discharge(
        DischargeReason reason, string? summary, Guid by, DateTimeOffset now, LostContactEvidence? lostContact = null)
    {
        EnsureStatus("Only an allocated or active episode can be discharged", EpisodeStatus.Allocated, EpisodeStatus.Active);
        if (!Enum.IsDefined(reason))
        {
            throw new DomainException("Select the reason for discharge", nameof(DischargeReason));
        }

        var text = Text.Required(summary, nameof(DischargeSummary), "a summary for the referrer and GP", SummaryMaxLength);
        if (reason == Episodes.DischargeReason.LostContact)
        {
            var evidence = lostContact ?? new LostContactEvidence([]);
            evidence.Rule.Ensure(evidence.Contacts);
        }

        EndCurrentAllocation(now);
        DischargeReason = reason;
        DischargeSummary = text;
        DischargedBy = by;
        DischargedAt = now;
        Status = EpisodeStatus.Discharged;
    }
}
