namespace Waymark.Domain.OnwardReferrals;

/// <summary>
/// Working days: Monday to Friday, less the bank holidays supplied (usually <see cref="BankHolidays.EnglandAndWales"/>).
/// Deadlines agreed with partner organisations are in working days, because a small charity does not read its
/// inbox over a bank holiday weekend.
/// </summary>
public static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly date, IReadOnlySet<DateOnly> holidays) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(date);

    /// <summary>
    /// The <paramref name="days"/>th working day after <paramref name="from"/> (which itself does not count, whatever
    /// day it is). Adding 0 gives <paramref name="from"/>.
    /// </summary>
    public static DateOnly Add(DateOnly from, int days, IReadOnlySet<DateOnly> holidays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = from;
        while (days > 0)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date, holidays))
            {
                days--;
            }
        }

        return date;
    }

    /// <summary>
    /// How many working days there are after <paramref name="from"/> up to and including <paramref name="to"/>: the
    /// working days that have passed since something happened on <paramref name="from"/>. Zero when
    /// <paramref name="to"/> is not after <paramref name="from"/>.
    /// </summary>
    public static int Between(DateOnly from, DateOnly to, IReadOnlySet<DateOnly> holidays)
    {
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date, holidays))
            {
                count++;
            }
        }

        return count;
    }
}
