namespace Waymark.Domain.Common;

/// <summary>
/// UK time (Europe/London, with summer time): the calendar day a service works to. Deadlines, "today", months of
/// reports and times shown to people are UK times, whatever the server's own zone. Where the system has no time zone
/// data it falls back to UTC rather than fail.
/// </summary>
public static class UkTime
{
    public static TimeZoneInfo Zone { get; } = Find();

    /// <summary>The UK calendar day at <paramref name="now"/>: 00:30 BST on a date belongs to that date.</summary>
    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Zone).DateTime);

    public static DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone);

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
