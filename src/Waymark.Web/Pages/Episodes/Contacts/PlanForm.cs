using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Waymark.Domain.Contacts;
using Waymark.Web.Features.Contacts;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Episodes.Contacts;

/// <summary>What the contact plan form posts: a simple choice of how often (or a number of days), the preferred way and times.</summary>
public sealed class PlanForm
{
    public const string Custom = "custom";

    /// <summary>The simple choices, in days; anything else is entered as a number of days.</summary>
    public static IReadOnlyList<(int Days, string Text)> Choices { get; } =
    [
        (7, "Every week"),
        (14, "Every 2 weeks"),
        (28, "Every 4 weeks (monthly)"),
    ];

    public string? Frequency { get; set; }

    public string? CustomDays { get; set; }

    public string? PreferredMode { get; set; }

    public string? PreferredTimes { get; set; }

    public static PlanForm From(ContactPlanStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var days = status.Plan?.FrequencyDays ?? status.DefaultFrequencyDays;
        var simple = Choices.Any(c => c.Days == days);
        return new PlanForm
        {
            Frequency = simple ? days.ToString(CultureInfo.InvariantCulture) : Custom,
            CustomDays = simple ? null : days.ToString(CultureInfo.InvariantCulture),
            PreferredMode = status.Plan?.PreferredMode?.ToString(),
            PreferredTimes = status.Plan?.PreferredTimes,
        };
    }

    /// <summary>The input for the use case, or null with the form's own errors added (the use case checks the range).</summary>
    public ContactPlanInput? TryRead(ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        int? days = null;
        if (Frequency == Custom)
        {
            if (int.TryParse(CustomDays?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var custom))
            {
                days = custom;
            }
            else
            {
                modelState.AddModelError("Input.CustomDays", string.IsNullOrWhiteSpace(CustomDays)
                    ? "Enter how many days between contacts"
                    : $"Enter the number of days between contacts as a whole number from {ContactPlan.MinFrequencyDays} to {ContactPlan.MaxFrequencyDays}");
            }
        }
        else if (int.TryParse(Frequency, NumberStyles.None, CultureInfo.InvariantCulture, out var chosen) && Choices.Any(c => c.Days == chosen))
        {
            days = chosen;
        }
        else
        {
            modelState.AddModelError("Input.Frequency", "Choose how often to contact the person");
        }

        ContactMode? mode = null;
        if (!string.IsNullOrEmpty(PreferredMode))
        {
            if (Enum.TryParse<ContactMode>(PreferredMode, out var parsed) && Enum.IsDefined(parsed))
            {
                mode = parsed;
            }
            else
            {
                modelState.AddModelError("Input.PreferredMode", "Choose a way of contacting from the list");
            }
        }

        return modelState.IsValid ? new ContactPlanInput(days, mode, PreferredTimes) : null;
    }

    /// <summary>Where a rule's message goes: the frequency rule belongs to the number of days when they typed one.</summary>
    public string FieldFor(string? domainField) => domainField switch
    {
        nameof(ContactPlan.FrequencyDays) => Frequency == Custom ? "Input.CustomDays" : "Input.Frequency",
        nameof(ContactPlan.PreferredMode) => "Input.PreferredMode",
        nameof(ContactPlan.PreferredTimes) => "Input.PreferredTimes",
        _ => string.Empty,
    };

    public InputField CustomDaysField => new("Input.CustomDays", "Number of days between contacts", CustomDays)
    {
        WidthClass = "nhsuk-input--width-3",
    };

    public SelectField PreferredModeField => new("Input.PreferredMode", "Preferred way of contact (optional)", PreferredMode, ContactsDisplay.ModeOptions)
    {
        EmptyOption = "No preference",
    };

    public InputField PreferredTimesField => new("Input.PreferredTimes", "Preferred days and times (optional)", PreferredTimes)
    {
        Hint = "In the person's words, like \"weekday mornings, not Tuesdays\"",
    };
}
