using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Waymark.Domain.Common;
using Waymark.Domain.Directory;
using Waymark.Domain.Referrals;
using Waymark.Web.Features.People;
using Waymark.Web.Features.ServicesDirectory;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.ServicesDirectory.Manage;

/// <summary>
/// The add and edit listing form as it posts: text kept as typed (numbers and times too, so a mistake is shown back),
/// a few rows for places and weekly sessions. <see cref="Read"/> turns it into the use case's input and remembers which
/// row each place and session came from, so <see cref="AddErrors"/> puts the domain's errors by the right input.
/// </summary>
public sealed partial class ServiceForm
{
    public const string Prefix = "Input";

    private List<int> _locationRows = [];
    private List<int> _scheduleRows = [];

    public string? OrganisationId { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Url { get; set; }

    public string? Email { get; set; }

    public List<string> Needs { get; set; } = [];

    public List<string> TermIds { get; set; } = [];

    public List<string> Modes { get; set; } = [];

    public string? WaitingDays { get; set; }

    public List<string> Accepting { get; set; } = ["true"];

    public string? ReferralMethod { get; set; }

    public string? ReferralEmail { get; set; }

    public string? ReferralPhone { get; set; }

    public string? ReferralFormUrl { get; set; }

    public List<string> Requirements { get; set; } = [];

    public string? Cost { get; set; }

    public string? MinimumAge { get; set; }

    public string? MaximumAge { get; set; }

    public string? EligibilityDescription { get; set; }

    public List<string> Languages { get; set; } = [];

    public List<LocationRow> Locations { get; set; } = [];

    public List<ScheduleRow> Schedules { get; set; } = [];

    public string? VerificationIntervalDays { get; set; }

    public static ServiceForm From(Domain.Directory.Service service, IEnumerable<Location> locations)
    {
        ArgumentNullException.ThrowIfNull(service);
        var form = new ServiceForm
        {
            OrganisationId = service.OrganisationId.ToString(),
            Name = service.Name,
            Description = service.Description,
            Url = service.Url,
            Email = service.Email,
            Needs = [.. service.Attributes.Select(a => NeedTaxonomy.NeedOf(a.TaxonomyTermId)).OfType<NeedCategory>().Select(n => n.ToString())],
            TermIds = [.. service.Attributes.Where(a => NeedTaxonomy.NeedOf(a.TaxonomyTermId) is null).Select(a => a.TaxonomyTermId.ToString())],
            Modes = [.. DirectoryDisplay.Modes.Where(m => service.DeliveryModes.HasFlag(m.Mode)).Select(m => m.Mode.ToString())],
            WaitingDays = service.WaitingDays?.ToString(CultureInfo.InvariantCulture),
            Accepting = service.AcceptingReferrals ? ["true"] : [],
            ReferralMethod = service.ReferralMethod.ToString(),
            ReferralEmail = service.ReferralEmail,
            ReferralPhone = service.ReferralPhone,
            ReferralFormUrl = service.ReferralFormUrl,
            Requirements = [.. RequirementFlags(service.Requirements)],
            Cost = service.Requirements.Cost?.ToString() ?? string.Empty,
            MinimumAge = service.MinimumAge?.ToString(CultureInfo.InvariantCulture),
            MaximumAge = service.MaximumAge?.ToString(CultureInfo.InvariantCulture),
            EligibilityDescription = service.EligibilityDescription,
            Languages = [.. service.Languages.Select(l => l.Code).OfType<string>().Where(c => DirectoryLanguages.Common.Any(l => l.Code == c))],
            Locations = [.. locations.Select(LocationRow.From)],
            Schedules = [.. service.Schedules.Where(WeeklySessions.IsSimple).Select(ScheduleRow.From)],
            VerificationIntervalDays = service.VerificationIntervalDays.ToString(CultureInfo.InvariantCulture),
        };
        return form.WithBlankRows();
    }

    /// <summary>Adds empty rows so there is room for one more place and two more sessions.</summary>
    public ServiceForm WithBlankRows()
    {
        while (Locations.Count < 1 || !Locations[^1].IsEmpty)
        {
            Locations.Add(new LocationRow());
        }

        while (Schedules.Count < 2 || !Schedules[^1].IsEmpty || !Schedules[^2].IsEmpty)
        {
            Schedules.Add(new ScheduleRow());
        }

        return this;
    }

    /// <summary>The use case's input, or null with errors added for what could not be read (numbers, times).</summary>
    public ServiceInput? Read(ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var waitingDays = Number(WaitingDays, nameof(WaitingDays), "Enter the waiting time as a number of days, like 14", modelState);
        var minimumAge = Number(MinimumAge, nameof(MinimumAge), "Enter the minimum age as a whole number, like 18", modelState);
        var maximumAge = Number(MaximumAge, nameof(MaximumAge), "Enter the maximum age as a whole number, like 65", modelState);
        var interval = Number(VerificationIntervalDays, nameof(VerificationIntervalDays), "Enter how often to check the listing as a number of days, like 90", modelState);

        _locationRows = [.. Locations.Select((row, i) => (row, i)).Where(r => !r.row.IsEmpty).Select(r => r.i)];
        _scheduleRows = [.. Schedules.Select((row, i) => (row, i)).Where(r => !r.row.IsEmpty).Select(r => r.i)];
        var schedules = new List<Schedule>();
        foreach (var i in _scheduleRows)
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
            Locations = [.. _locationRows.Select(i => Locations[i].ToInput())],
            Schedules = schedules,
            VerificationIntervalDays = interval,
        };
    }

    /// <summary>Puts each refusal by its input ("Schedules[0].ClosesAt" → the closing time of the row it came from).</summary>
    public void AddErrors(ModelStateDictionary modelState, DomainException error)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(error);
        var errors = error is DomainErrorsException many ? many.Errors : [error];
        foreach (var one in errors)
        {
            var key = Key(one.Field);
            if (!modelState.TryGetValue(key, out var entry) || entry.Errors.Count == 0)
            {
                modelState.AddModelError(key, one.Message);
            }
        }
    }

    public static IReadOnlyList<Option> RequirementOptions { get; } =
    [
        new(nameof(ServiceRequirements.NeedsInternet), "Needs the internet"),
        new(nameof(ServiceRequirements.NeedsToReadEnglish), "Needs to read English"),
        new(nameof(ServiceRequirements.NeedsToTravel), "Needs to travel"),
        new(nameof(ServiceRequirements.StepFreeAccess), "Has step-free access"),
    ];

    private string Key(string? field)
    {
        if (field is null)
        {
            return string.Empty;
        }

        var row = RowPattern().Match(field);
        if (row.Success)
        {
            var list = row.Groups["list"].Value;
            var index = int.Parse(row.Groups["index"].Value, CultureInfo.InvariantCulture);
            var rows = list == nameof(Locations) ? _locationRows : _scheduleRows;
            var formIndex = index < rows.Count ? rows[index] : -1;
            var part = row.Groups["part"].Value switch
            {
                "ByDay" or "Freq" => nameof(ScheduleRow.Day),
                "" => list == nameof(Locations) ? nameof(LocationRow.Address1) : nameof(ScheduleRow.Day),
                { } p => p,
            };
            return formIndex < 0 ? $"{Prefix}.{list}" : $"{Prefix}.{list}[{formIndex}].{part}";
        }

        var name = field.Split('.', '[')[0] switch
        {
            "Requirements" => nameof(Cost),
            "DeliveryModes" => nameof(Modes),
            "LanguageCodes" or "Languages" => nameof(Languages),
            "Attributes" => nameof(Needs),
            "OrganisationName" => nameof(OrganisationId),
            "AcceptingReferrals" => nameof(Accepting),
            { } other => other,
        };
        return GetType().GetProperty(name) is null ? string.Empty : $"{Prefix}.{name}";
    }

    private static IEnumerable<string> RequirementFlags(ServiceRequirements requirements)
    {
        if (requirements.NeedsInternet)
        {
            yield return nameof(ServiceRequirements.NeedsInternet);
        }

        if (requirements.NeedsToReadEnglish)
        {
            yield return nameof(ServiceRequirements.NeedsToReadEnglish);
        }

        if (requirements.NeedsToTravel)
        {
            yield return nameof(ServiceRequirements.NeedsToTravel);
        }

        if (requirements.StepFreeAccess)
        {
            yield return nameof(ServiceRequirements.StepFreeAccess);
        }
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

    [GeneratedRegex(@"^(?<list>Locations|Schedules)\[(?<index>\d+)\]\.?(?<part>[A-Za-z0-9]*)", RegexOptions.CultureInvariant)]
    private static partial Regex RowPattern();
}

public sealed class LocationRow
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Address1 { get; set; }

    public string? Address2 { get; set; }

    public string? City { get; set; }

    public string? Postcode { get; set; }

    public bool IsEmpty => new[] { Name, Address1, Address2, City, Postcode }.All(string.IsNullOrWhiteSpace);

    public static LocationRow From(Location location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var address = location.Addresses.Count > 0 ? location.Addresses[0] : null;
        return new LocationRow
        {
            Id = location.Id.ToString(),
            Name = location.Name,
            Address1 = address?.Address1,
            Address2 = address?.Address2,
            City = address?.City,
            Postcode = address?.PostalCode ?? location.Postcode,
        };
    }

    public LocationInput ToInput() => new(Guid.TryParse(Id, out var id) ? id : null, Name, Address1, Address2, City, Postcode);
}

public sealed class ScheduleRow
{
    public string? Id { get; set; }

    public string? Day { get; set; }

    public string? OpensAt { get; set; }

    public string? ClosesAt { get; set; }

    public bool IsEmpty => new[] { Day, OpensAt, ClosesAt }.All(string.IsNullOrWhiteSpace);

    public static ScheduleRow From(Schedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return new ScheduleRow
        {
            Id = schedule.Id.ToString(),
            Day = schedule.ByDay,
            OpensAt = schedule.OpensAt?.ToString("HH:mm", CultureInfo.InvariantCulture),
            ClosesAt = schedule.ClosesAt?.ToString("HH:mm", CultureInfo.InvariantCulture),
        };
    }
}
