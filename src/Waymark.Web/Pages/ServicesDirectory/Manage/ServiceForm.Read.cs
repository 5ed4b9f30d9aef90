using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Waymark.Domain.Directory;
using Waymark.Domain.Referrals;
using Waymark.Web.Features.ServicesDirectory;

namespace Waymark.Web.Pages.ServicesDirectory.Manage;

public sealed partial class ServiceForm
{
    /// <summary>The use case's input, or null with errors added for what could not be read (numbers, times).</summary>
    public ServiceInput? Read(ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var waitingDays = Number(WaitingDays, nameof(WaitingDays), "Enter the waiting time as a number of days, like 14", modelState);
        var minimumAge = Number(MinimumAge, nameof(MinimumAge), "Enter the minimum age as a whole number, like 18", modelState);
        var maximumAge = Number(MaximumAge, nameof(MaximumAge), "Enter the maximum age as a whole number, like 65", modelState);
        var interval = Number(VerificationIntervalDays, nameof(VerificationIntervalDays), "Enter how often to check the listing as a number of days, like 90", modelState);

        _rows[nameof(Locations)] = [.. Locations.Select((row, i) => (row, i)).Where(r => !r.row.IsEmpty).Select(r => r.i)];
        _rows[nameof(Schedules)] = [.. Schedules.Select((row, i) => (row, i)).Where(r => !r.row.IsEmpty).Select(r => r.i)];
        _rows[nameof(CostOptions)] = ChildRows.Kept(CostOptions);
        _rows[nameof(Phones)] = ChildRows.Kept(Phones);
        _rows[nameof(Contacts)] = ChildRows.Kept(Contacts);
        var costOptions = _rows[nameof(CostOptions)].Select(i => CostOptions[i].ToInput($"{Prefix}.{nameof(CostOptions)}[{i}]", modelState)).ToList();
        var schedules = new List<Schedule>();
        foreach (var i in _rows[nameof(Schedules)])
        {
            var row = Schedules[i];
            var field = $"{Prefix}.{nameof(Schedules)}[{i}]";
            if (row.Day is null || !Schedule.Days.Contains(row.Day))
            {
                modelState.AddModelError($"{field}.{nameof(ScheduleRow.Day)}", "Select the day of the session");
            }

            var opens = Time(row.OpensAt, $"{field}.{nameof(ScheduleRow.OpensAt)}", "the opening time", modelState);
            var closes = Time(row.ClosesAt, $"{field}.{nameof(ScheduleRow.ClosesAt)}", "the closing time", modelState);
            schedules.Add(new Schedule { Id = Guid.TryParse(row.Id, out var id) ? id : Guid.Empty, ByDay = row.Day, OpensAt = opens, ClosesAt = closes });
        }

        if (!modelState.IsValid)
        {
            return null;
        }

        return new ServiceInput
        {
            OrganisationId = Guid.TryParse(OrganisationId, out var organisationId) ? organisationId : null,
            Name = Name,
            Description = Description,
            Url = Url,
            Email = Email,
            Needs = [.. Needs.Select(n => Enum.TryParse<NeedCategory>(n, out var need) ? need : (NeedCategory?)null).OfType<NeedCategory>()],
            TermIds = [.. TermIds.Select(t => Guid.TryParse(t, out var term) ? term : Guid.Empty).Where(t => t != Guid.Empty)],
            DeliveryModes = Modes.Aggregate(DeliveryModes.None, (all, mode) => Enum.TryParse<DeliveryModes>(mode, out var one) ? all | one : all),
            WaitingDays = waitingDays,
            AcceptingReferrals = Accepting.Contains("true"),
            ReferralMethod = Enum.TryParse<Domain.Directory.ReferralMethod>(ReferralMethod, out var method) ? method : null,
            ReferralEmail = ReferralEmail,
            ReferralPhone = ReferralPhone,
            ReferralFormUrl = ReferralFormUrl,
            Requirements = new ServiceRequirements(
                Requirements.Contains(nameof(ServiceRequirements.NeedsInternet)),
                Requirements.Contains(nameof(ServiceRequirements.NeedsToReadEnglish)),
                Requirements.Contains(nameof(ServiceRequirements.NeedsToTravel)),
                Requirements.Contains(nameof(ServiceRequirements.StepFreeAccess)),
                Enum.TryParse<CostLevel>(Cost, out var cost) ? cost : null),
            MinimumAge = minimumAge,
            MaximumAge = maximumAge,
            EligibilityDescription = EligibilityDescription,
            LanguageCodes = Languages,
            Locations = [.. _rows[nameof(Locations)].Select(i => Locations[i].ToInput())],
            Schedules = schedules,
            VerificationIntervalDays = interval,
            CostOptions = costOptions,
            Phones = [.. _rows[nameof(Phones)].Select(i => Phones[i].ToInput())],
            Contacts = [.. _rows[nameof(Contacts)].Select(i => Contacts[i].ToInput())],
        };
    }

    private static int? Number(string? text, string name, string message, ModelStateDictionary modelState)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        modelState.AddModelError($"{Prefix}.{name}", message);
        return null;
    }

    private static TimeOnly? Time(string? text, string key, string what, ModelStateDictionary modelState)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (TimeOnly.TryParseExact(text.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        modelState.AddModelError(key, $"Enter {what} in 24-hour time, like 09:30 or 14:00");
        return null;
    }
}
