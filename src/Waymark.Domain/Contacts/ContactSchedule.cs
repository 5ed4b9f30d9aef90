using Waymark.Domain.Common;

namespace Waymark.Domain.Contacts;

/// <summary>
/// Where a person's contacts stand on a given day; drives My caseload and the team's safety net.
/// Next due = last reached contact (or the allocation, before anyone reached them) + frequency. Overdue only once
/// today is past next due: due today is not overdue. No contact when nothing has been reached for the programme's
/// threshold (default 28 days) or longer: on day 28 the flag shows, because 28 days have passed without contact.
/// </summary>
public sealed record ContactSchedule(DateOnly LastReachedOrAllocated, DateOnly NextDue, bool IsOverdue, int DaysSinceLastReached, bool NoContact)
{
    public const int DefaultNoContactDays = 28;

    public static ContactSchedule Calculate(
        DateOnly lastReachedOrAllocated, int frequencyDays, DateOnly today, int noContactThresholdDays = DefaultNoContactDays)
    {
        if (frequencyDays is < ContactPlan.MinFrequencyDays or > ContactPlan.MaxFrequencyDays)
        {
            throw new DomainException("Contact frequency must be between 1 and 365 days", "FrequencyDays");
        }

        if (noContactThresholdDays < 1)
        {
            throw new DomainException("The no-contact alert must be at least 1 day", "NoContactThresholdDays");
        }

        var nextDue = NextDueAfter(lastReachedOrAllocated, frequencyDays);
        var daysSince = Math.Max(0, today.DayNumber - lastReachedOrAllocated.DayNumber);
        return new ContactSchedule(lastReachedOrAllocated, nextDue, today > nextDue, daysSince, daysSince >= noContactThresholdDays);
    }

    public static DateOnly NextDueAfter(DateOnly lastReachedOrAllocated, int frequencyDays) => lastReachedOrAllocated.AddDays(frequencyDays);

    /// <summary>The date the schedule counts from: the latest reached contact, else the allocation.</summary>
    public static DateOnly CountingFrom(IEnumerable<Contact> contacts, DateOnly allocatedOn, TimeZoneInfo zone)
    {
        var lastReached = contacts.Where(c => c.IsReached).Select(c => (DateTimeOffset?)c.At).Max();
        return lastReached is { } at ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime) : allocatedOn;
    }
}
