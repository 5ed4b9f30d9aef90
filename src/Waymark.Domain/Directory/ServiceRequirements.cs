using Waymark.Domain.Common;

namespace Waymark.Domain.Directory;

/// <summary>
/// What a person needs to be able to use a service (Waymark's extension), so matching can leave out what would not
/// work for them: no internet, cannot read English, cannot travel, needs step-free access, cannot pay.
/// <see cref="Cost"/> is the cost band the editor states; left empty, the service's cost follows its cost options
/// (<see cref="Service.Cost"/>).
/// </summary>
public sealed record ServiceRequirements(
    bool NeedsInternet = false,
    bool NeedsToReadEnglish = false,
    bool NeedsToTravel = false,
    bool StepFreeAccess = false,
    CostLevel? Cost = null)
{
    /// <summary>The most a session may cost to count as low cost.</summary>
    public const decimal LowCostLimit = 5m;

    public static readonly ServiceRequirements None = new();

    /// <summary>The cost band the cost options show: free with no charge, low cost up to the limit, else paid.</summary>
    public static CostLevel CostOf(IEnumerable<CostOption> options)
    {
        var highest = options.Select(o => o.Amount ?? 0m).DefaultIfEmpty(0m).Max();
        return highest <= 0 ? CostLevel.Free : highest <= LowCostLimit ? CostLevel.LowCost : CostLevel.Paid;
    }

    /// <summary>
    /// Checks the stated cost against the cost options: a service cannot be called free when every option charges,
    /// nor low cost when even the cheapest option is above the limit. A lower band than the dearest option is
    /// allowed, since concessions often make a service free or cheap for the people link workers support.
    /// </summary>
    public ServiceRequirements Validated(IReadOnlyCollection<CostOption> options)
    {
        if (Cost is { } stated && !Enum.IsDefined(stated))
        {
            throw new DomainException("Select what the service costs: free, low cost or paid", "Requirements.Cost");
        }

        if (Cost is null || options.Count == 0)
        {
            return this;
        }

        var cheapest = options.Min(o => o.Amount ?? 0m);
        return Cost switch
        {
            CostLevel.Free when cheapest > 0 =>
                throw new DomainException("Every cost option charges, so the service cannot be free – choose low cost or paid, or add a free option", "Requirements.Cost"),
            CostLevel.LowCost when cheapest > LowCostLimit =>
                throw new DomainException($"Every cost option is over £{LowCostLimit:0}, so the service cannot be low cost – choose paid, or add a cheaper option", "Requirements.Cost"),
            _ => this,
        };
    }
}
