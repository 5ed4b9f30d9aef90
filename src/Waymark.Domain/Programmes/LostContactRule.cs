using Waymark.Domain.Common;

namespace Waymark.Domain.Programmes;

/// <summary>
/// When an episode may be discharged as lost contact: enough attempts, by enough different modes, over enough days
/// since the person was last reached. The defaults (3 attempts, 2 modes, 14 days) follow the domain model.
/// </summary>
public sealed record LostContactRule
{
    public static readonly LostContactRule Default = new(3, 2, 14);

    public LostContactRule(int minAttempts, int minModes, int minDays)
    {
        MinAttempts = minAttempts is >= 1 and <= 20
            ? minAttempts
            : throw new DomainException("Lost contact needs between 1 and 20 attempts", nameof(MinAttempts));
        MinModes = minModes >= 1 && minModes <= MinAttempts
            ? minModes
            : throw new DomainException("Lost contact needs at least 1 way of contacting, and no more ways than attempts", nameof(MinModes));
        MinDays = minDays is >= 1 and <= 365
            ? minDays
            : throw new DomainException("Lost contact needs between 1 and 365 days", nameof(MinDays));
    }

    public int MinAttempts { get; }

    public int MinModes { get; }

    public int MinDays { get; }
}
