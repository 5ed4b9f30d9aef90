namespace Waymark.Domain.Directory;

public sealed partial class Service
{
    /// <summary>
    /// Sets the requirements (with the stated cost band) and the prices together, as a form changes both at once:
    /// the band is checked against the new prices, not the old ones, so "free" with a new free option is accepted
    /// and "free" with only charging options is refused (see <see cref="ServiceRequirements.Validated"/>). Nothing
    /// changes when either is refused.
    /// </summary>
    public void SetCosts(ServiceRequirements requirements, IEnumerable<CostOption>? options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        var validated = CostOption.ValidatedList(options, nameof(CostOptions));
        var checkedRequirements = requirements.Validated(validated);
        Requirements = checkedRequirements;
        Replace(_costOptions, validated, now);
        Cost = Requirements.Cost ?? ServiceRequirements.CostOf(_costOptions);
    }
}
