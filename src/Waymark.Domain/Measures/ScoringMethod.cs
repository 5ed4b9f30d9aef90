namespace Waymark.Domain.Measures;

/// <summary>
/// How a questionnaire is scored: each item stands alone with its own bands (ONS4, which has no composite by design),
/// or the item scores add up to one total (UCLA-3), optionally converted to a metric score through a table
/// (SWEMWBS-like instruments).
/// </summary>
public enum ScoringMethod
{
    PerItem,
    Total,
}
