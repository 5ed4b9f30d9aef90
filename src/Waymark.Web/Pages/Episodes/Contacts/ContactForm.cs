using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Waymark.Domain.Contacts;
using Waymark.Web.Features.Contacts;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Episodes.Contacts;

/// <summary>What the "record a contact" form posts, as typed, and its fields. Read with <see cref="TryRead"/>.</summary>
public sealed class ContactForm
{
    public string? Date { get; set; }

    public string? Time { get; set; }

    public string? Mode { get; set; }

    public string? Outcome { get; set; }

    public string? DurationMinutes { get; set; }

    public string? Notes { get; set; }

    /// <summary>A blank form dated now, in UK time.</summary>
    public static ContactForm Now(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var local = ContactTime.Local(clock.GetUtcNow());
        return new ContactForm
        {
            Date = local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Time = local.ToString("HH:mm", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>
    /// Checks everything the form itself can (each missing or unreadable answer, all at once) and returns the input
    /// for the use case, which checks the rules (not in the future, duration range, notes length). Null on errors.
    /// </summary>
    public RecordContactInput? TryRead(ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var ok = true;
        if (!DateOnly.TryParseExact(Date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            modelState.AddModelError("Input.Date", string.IsNullOrWhiteSpace(Date)
                ? "Enter the date of the contact"
                : "Enter the date of the contact as a real date, like 2026-11-02");
            ok = false;
        }

        if (!TimeOnly.TryParseExact(Time?.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            modelState.AddModelError("Input.Time", string.IsNullOrWhiteSpace(Time)
                ? "Enter the time of the contact"
                : "Enter the time of the contact using the 24-hour clock, like 14:30");
            ok = false;
        }

        if (!Enum.TryParse<ContactMode>(Mode, out var mode) || !Enum.IsDefined(mode))
        {
            modelState.AddModelError("Input.Mode", "Choose how the contact happened");
            ok = false;
        }

        if (!Enum.TryParse<ContactOutcome>(Outcome, out var outcome) || !Enum.IsDefined(outcome))
        {
            modelState.AddModelError("Input.Outcome", "Choose whether you reached the person");
            ok = false;
        }

        int? minutes = 0;
        if (!string.IsNullOrWhiteSpace(DurationMinutes))
        {
            if (int.TryParse(DurationMinutes.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                minutes = parsed;
            }
            else
            {
                modelState.AddModelError("Input.DurationMinutes", $"Enter how long the contact took in whole minutes, from 0 to {Contact.MaxDurationMinutes}");
                ok = false;
            }
        }

        return ok ? new RecordContactInput(ContactTime.At(date, time), mode, minutes, outcome, Notes) : null;
    }

    /// <summary>The form field a rule's field belongs to: the time of a contact is entered as its date and time.</summary>
    public static string FieldFor(string? domainField) => domainField switch
    {
        nameof(Contact.At) => "Input.Date",
        nameof(Contact.Mode) or nameof(Contact.DurationMinutes) or nameof(Contact.Outcome) or nameof(Contact.Notes) => $"Input.{domainField}",
        _ => string.Empty,
    };

    public InputField DateField => new("Input.Date", "Date", Date) { Type = "date", WidthClass = "nhsuk-input--width-10" };

    public InputField TimeField => new("Input.Time", "Time", Time)
    {
        Type = "time",
        Hint = "Use the 24-hour clock, like 14:30",
        WidthClass = "nhsuk-input--width-5",
    };

    public RadiosField ModeField => new("Input.Mode", "How did it happen?", Mode, ContactsDisplay.ModeOptions);

    public RadiosField OutcomeField => new("Input.Outcome", "Did you reach the person?", Outcome, ContactsDisplay.OutcomeOptions);

    public InputField DurationField => new("Input.DurationMinutes", "How long, in minutes (optional)", DurationMinutes)
    {
        Hint = "Leave blank for an attempt that took no time",
        WidthClass = "nhsuk-input--width-4",
    };

    public TextareaField NotesField => new("Input.Notes", "Notes (optional)", Notes)
    {
        Hint = $"What you talked about and what happens next. Up to {Contact.NotesMaxLength} characters.",
    };
}
