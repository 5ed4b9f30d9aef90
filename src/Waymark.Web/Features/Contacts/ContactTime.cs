using Waymark.Domain.Common;
namespace Waymark.Web.Features.Contacts;

/// <summary>
/// Dates as a link worker in England counts them: a contact at 00:30 on a summer night belongs to that day, not to
/// the UTC day before. Schedules, "due" and "overdue" are all worked out on UK dates.
/// </summary>
public static class ContactTime
{
    public static TimeZoneInfo Zone { get; } = UkTime.Zone;

    public static DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Zone).DateTime);

    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOf(clock.GetUtcNow());
    }

    /// <summary>A UK date and wall-clock time as an instant (the offset in force then: GMT or BST).</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    public static DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone);
}
