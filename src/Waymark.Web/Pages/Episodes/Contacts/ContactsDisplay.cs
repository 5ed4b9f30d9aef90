using System.Globalization;
using Waymark.Domain.Contacts;
using Waymark.Web.Features.Contacts;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Episodes.Contacts;

/// <summary>How the contact pages word things: ways of contact, outcomes, UK dates and times, and schedule tags.</summary>
public static class ContactsDisplay
{
    private static readonly CultureInfo UkCulture = CultureInfo.GetCultureInfo("en-GB");

    public static string Mode(ContactMode mode) => mode switch
    {
        ContactMode.Practice => "At the practice",
        ContactMode.HomeVisit => "Home visit",
        ContactMode.CommunityVenue => "At a community venue",
        ContactMode.Phone => "Phone",
        ContactMode.Video => "Video call",
        ContactMode.Text => "Text message",
        ContactMode.Letter => "Letter",
        ContactMode.Email => "Email",
        _ => mode.ToString(),
    };

    public static IReadOnlyList<Option> ModeOptions { get; } = [.. Enum.GetValues<ContactMode>().Select(m => new Option(m.ToString(), Mode(m)))];

    public static string Outcome(ContactOutcome outcome) => outcome == ContactOutcome.Reached ? "Reached" : "Attempted";

    public static IReadOnlyList<Option> OutcomeOptions { get; } =
    [
        new(nameof(ContactOutcome.Reached), "Reached the person", "You spoke, met or heard back from them"),
        new(nameof(ContactOutcome.Attempted), "Attempted", "No answer, a message left, or a letter, text or email with no reply"),
    ];

    /// <summary>"Every 14 days", "Every week".</summary>
    public static string Frequency(int days) => days switch
    {
        1 => "Every day",
        7 => "Every week",
        14 => "Every 2 weeks",
        28 => "Every 4 weeks",
        _ => $"Every {days} days",
    };

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", UkCulture);

    /// <summary>"2 November 2026 at 9:30am", in UK time.</summary>
    public static string When(DateTimeOffset at)
    {
        var local = ContactTime.Local(at);
        var suffix = local.Hour < 12 ? "am" : "pm";
        return string.Create(CultureInfo.InvariantCulture, $"{local.ToString("d MMMM yyyy", UkCulture)} at {local:h:mm}{suffix}");
    }

    public static string Minutes(int minutes) => minutes == 1 ? "1 minute" : $"{minutes} minutes";

    public static string Days(int days) => days == 1 ? "1 day" : $"{days} days";

    /// <summary>The schedule's state as tags with words: overdue and no contact red, due today yellow, otherwise on track.</summary>
    public static IReadOnlyList<ScheduleTag> Tags(ContactScheduleView schedule, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var tags = new List<ScheduleTag>();
        if (schedule.IsOverdue)
        {
            tags.Add(new("Overdue", "red"));
        }
        else if (schedule.NextDue == today)
        {
            tags.Add(new("Due today", "yellow"));
        }
        else
        {
            tags.Add(new("On track", "green"));
        }

        if (schedule.NoContact)
        {
            tags.Add(new($"No contact for {Days(schedule.DaysSinceLastReached)}", "red"));
        }

        return tags;
    }
}

/// <summary>A status shown as an NHS.UK tag: always text, the colour only adds to it.</summary>
public sealed record ScheduleTag(string Text, string Colour)
{
    public string CssClass => $"nhsuk-tag nhsuk-tag--{Colour}";
}
