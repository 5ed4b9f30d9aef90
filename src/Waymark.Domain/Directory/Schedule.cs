using System.Globalization;
using System.Text.RegularExpressions;
using Waymark.Domain.Common;

namespace Waymark.Domain.Directory;

/// <summary>
/// ORUK <c>schedule</c>: when a service (or a service at a location) runs, as iCalendar-style recurrence
/// (<c>freq</c>, <c>interval</c>, <c>byday</c>, <c>bymonthday</c>) with opening times, plus words for what the rule
/// cannot say.
/// </summary>
public sealed partial record Schedule
{
    public static readonly IReadOnlyList<string> Days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    public Guid Id { get; init; }

    public DateOnly? ValidFrom { get; init; }

    public DateOnly? ValidTo { get; init; }

    /// <summary>The first date the recurrence applies from (iCalendar DTSTART).</summary>
    public DateOnly? DtStart { get; init; }

    public ScheduleFrequency? Freq { get; init; }

    public int? Interval { get; init; }

    /// <summary>Comma-separated days, like "MO,WE" (weekly) or "1MO,-1FR" (monthly: first Monday, last Friday).</summary>
    public string? ByDay { get; init; }

    /// <summary>Comma-separated days of the month, like "1,15" or "-1" for the last day.</summary>
    public string? ByMonthDay { get; init; }

    public string? Description { get; init; }

    public TimeOnly? OpensAt { get; init; }

    public TimeOnly? ClosesAt { get; init; }

    public string? ScheduleLink { get; init; }

    /// <summary>How to attend at these times, like "in person or by video".</summary>
    public string? AttendingType { get; init; }

    public string? Notes { get; init; }

    /// <summary>Whether this schedule names the day, ignoring any monthly position ("1MO" counts as Monday).</summary>
    public bool Names(DayOfWeek day) =>
        ByDay is not null && ByDay.Split(',').Any(d => d.EndsWith(Days[((int)day + 6) % 7], StringComparison.Ordinal));

    public Schedule Validated(string field)
    {
        if (Freq is { } freq && !Enum.IsDefined(freq))
        {
            throw new DomainException("Select how often the service runs: weekly or monthly", field + ".Freq");
        }

        if (ValidFrom is { } from && ValidTo is { } to && to < from)
        {
            throw new DomainException("The date the times end must be the same as or after the date they start", field + ".ValidTo");
        }

        if (Interval is < 1 or > 52)
        {
            throw new DomainException("Enter how many weeks or months between sessions, from 1 to 52", field + ".Interval");
        }

        if (OpensAt is { } opens && ClosesAt is { } closes && closes <= opens)
        {
            throw new DomainException("The closing time must be after the opening time", field + ".ClosesAt");
        }

        return this with
        {
            ByDay = NormaliseByDay(ByDay, field + ".ByDay"),
            ByMonthDay = NormaliseByMonthDay(ByMonthDay, field + ".ByMonthDay"),
            Description = DirectoryText.Lengthy(Description, field + ".Description", "the description of the times"),
            ScheduleLink = DirectoryFormats.Url(ScheduleLink, field + ".ScheduleLink", "a link to the timetable"),
            AttendingType = DirectoryText.Brief(AttendingType, field + ".AttendingType", "how to attend"),
            Notes = DirectoryText.Lengthy(Notes, field + ".Notes", "the notes about the times"),
        };
    }

    public static List<Schedule> ValidatedList(IEnumerable<Schedule>? schedules, string field) =>
        DirectoryText.WithIds(schedules, field, s => s.Id, (s, id) => s with { Id = id }, (s, f) => s.Validated(f));

    private static string? NormaliseByDay(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var days = value.ToUpperInvariant().Split(',', StringSplitOptions.TrimEntries);
        return days.All(d => ByDayPattern().IsMatch(d))
            ? string.Join(',', days)
            : throw new DomainException("Enter days as two-letter codes separated by commas, like MO,WE,FR", field);
    }

    private static string? NormaliseByMonthDay(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var days = value.Split(',', StringSplitOptions.TrimEntries);
        foreach (var day in days)
        {
            if (!int.TryParse(day, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) || number is 0 or < -31 or > 31)
            {
                throw new DomainException("Enter days of the month from 1 to 31 (or -1 for the last day), separated by commas", field);
            }
        }

        return string.Join(',', days);
    }

    [GeneratedRegex("^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$", RegexOptions.CultureInvariant)]
    private static partial Regex ByDayPattern();
}
