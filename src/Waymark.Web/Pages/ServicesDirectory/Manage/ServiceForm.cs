using System.Globalization;
using Waymark.Domain.Directory;
using Waymark.Domain.Referrals;
using Waymark.Web.Features.ServicesDirectory;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.ServicesDirectory.Manage;

/// <summary>
/// The add and edit listing form as it posts: text kept as typed (numbers and times too, so a mistake is shown back),
/// a few rows for places and weekly sessions, and repeated rows for prices, phones and contacts with "Add another" and
/// "Remove" (no JavaScript needed). <see cref="Read"/> turns it into the use case's input and remembers which row each
/// record came from, so <see cref="AddErrors"/> puts the domain's errors by the right input.
/// </summary>
public sealed partial class ServiceForm
{
    public const string Prefix = "Input";

    /// <summary>For each repeated list, the form row each record of the use case's input came from.</summary>
    private readonly Dictionary<string, List<int>> _rows = [];

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

    public List<CostOptionRow> CostOptions { get; set; } = [];

    public List<PhoneRow> Phones { get; set; } = [];

    public List<ContactRow> Contacts { get; set; } = [];

    /// <summary>Set by an "Add another" button (the list's name): show the form again with one more empty row, saving nothing.</summary>
    public string? AddAnother { get; set; }

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
            CostOptions = [.. service.CostOptions.Select(CostOptionRow.From)],
            Phones = [.. service.Phones.Select(PhoneRow.From)],
            Contacts = [.. service.Contacts.Select(ContactRow.From)],
        };
        return form.WithBlankRows();
    }

    /// <summary>
    /// Adds empty rows so there is room for one more place and two more sessions, and one empty price, phone and contact
    /// when the listing has none (more come with "Add another").
    /// </summary>
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

        OneRowAtLeast(CostOptions);
        OneRowAtLeast(Phones);
        OneRowAtLeast(Contacts);
        return this;
    }

    /// <summary>Adds the empty row an "Add another" button asked for; false when no button was pressed.</summary>
    public bool AddAnotherRow()
    {
        switch (AddAnother)
        {
            case nameof(CostOptions):
                OneMoreRow(CostOptions);
                return true;
            case nameof(Phones):
                OneMoreRow(Phones);
                return true;
            case nameof(Contacts):
                OneMoreRow(Contacts);
                return true;
            default:
                return false;
        }
    }

    private static void OneRowAtLeast<T>(List<T> rows)
        where T : new()
    {
        if (rows.Count == 0)
        {
            rows.Add(new T());
        }
    }

    private static void OneMoreRow<T>(List<T> rows)
        where T : new()
    {
        if (rows.Count < ChildRows.MaxRows)
        {
            rows.Add(new T());
        }
    }

    public static IReadOnlyList<Option> RequirementOptions { get; } =
    [
        new(nameof(ServiceRequirements.NeedsInternet), "Needs the internet"),
        new(nameof(ServiceRequirements.NeedsToReadEnglish), "Needs to read English"),
        new(nameof(ServiceRequirements.NeedsToTravel), "Needs to travel"),
        new(nameof(ServiceRequirements.StepFreeAccess), "Has step-free access"),
    ];

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
}
