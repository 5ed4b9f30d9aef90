using System.Collections.Frozen;

namespace Waymark.Domain.OnwardReferrals;

/// <summary>
/// Bank holidays, shipped as data so working-day deadlines need no calls to external services.
/// </summary>
public static class BankHolidays
{
    /// <summary>The last year <see cref="EnglandAndWales"/> covers; add the next year's dates before it ends.</summary>
    public const int LastYearCovered = 2027;

    /// <summary>
    /// England and Wales bank holidays for 2025 to 2027, including substitute days, as published by GOV.UK at
    /// https://www.gov.uk/bank-holidays (machine-readable: https://www.gov.uk/bank-holidays.json, division
    /// "england-and-wales"). Scotland and Northern Ireland have different days. Update yearly from that source;
    /// a royal or special bank holiday is announced there too.
    /// </summary>
    public static readonly IReadOnlySet<DateOnly> EnglandAndWales = new[]
    {
        // 2025
        new DateOnly(2025, 1, 1), // New Year's Day
        new DateOnly(2025, 4, 18), // Good Friday
        new DateOnly(2025, 4, 21), // Easter Monday
        new DateOnly(2025, 5, 5), // Early May bank holiday
        new DateOnly(2025, 5, 26), // Spring bank holiday
        new DateOnly(2025, 8, 25), // Summer bank holiday
        new DateOnly(2025, 12, 25), // Christmas Day
        new DateOnly(2025, 12, 26), // Boxing Day

        // 2026
        new DateOnly(2026, 1, 1), // New Year's Day
        new DateOnly(2026, 4, 3), // Good Friday
        new DateOnly(2026, 4, 6), // Easter Monday
        new DateOnly(2026, 5, 4), // Early May bank holiday
        new DateOnly(2026, 5, 25), // Spring bank holiday
        new DateOnly(2026, 8, 31), // Summer bank holiday
        new DateOnly(2026, 12, 25), // Christmas Day
        new DateOnly(2026, 12, 28), // Boxing Day (substitute day: 26 December is a Saturday)

        // 2027
        new DateOnly(2027, 1, 1), // New Year's Day
        new DateOnly(2027, 3, 26), // Good Friday
        new DateOnly(2027, 3, 29), // Easter Monday
        new DateOnly(2027, 5, 3), // Early May bank holiday
        new DateOnly(2027, 5, 31), // Spring bank holiday
        new DateOnly(2027, 8, 30), // Summer bank holiday
        new DateOnly(2027, 12, 27), // Christmas Day (substitute day: 25 December is a Saturday)
        new DateOnly(2027, 12, 28), // Boxing Day (substitute day: 26 December is a Sunday)
    }.ToFrozenSet();
}
