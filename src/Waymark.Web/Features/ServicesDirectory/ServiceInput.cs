using Waymark.Domain.Directory;
using Waymark.Domain.Referrals;

namespace Waymark.Web.Features.ServicesDirectory;

/// <summary>
/// A listing's core fields as a manager or partner edits them. Field names follow the domain's, so an error's field
/// ("Schedules[0].ClosesAt", "Requirements.Cost", "Locations[1].Postcode") points at the input that caused it.
/// </summary>
public sealed record ServiceInput
{
    /// <summary>The organisation that runs it; partners' own organisation is used whatever is given.</summary>
    public Guid? OrganisationId { get; init; }

    public string? Name { get; init; }

    public string? Description { get; init; }

    public string? Url { get; init; }

    public string? Email { get; init; }

    public IReadOnlyCollection<NeedCategory> Needs { get; init; } = [];

    /// <summary>Other taxonomy terms (not Waymark's needs).</summary>
    public IReadOnlyCollection<Guid> TermIds { get; init; } = [];

    public DeliveryModes DeliveryModes { get; init; }

    public int? WaitingDays { get; init; }

    public bool AcceptingReferrals { get; init; } = true;

    public ReferralMethod? ReferralMethod { get; init; }

    public string? ReferralEmail { get; init; }

    public string? ReferralPhone { get; init; }

    public string? ReferralFormUrl { get; init; }

    public ServiceRequirements Requirements { get; init; } = ServiceRequirements.None;

    public int? MinimumAge { get; init; }

    public int? MaximumAge { get; init; }

    public string? EligibilityDescription { get; init; }

    /// <summary>ISO 639 codes from <see cref="DirectoryLanguages.Common"/>; other languages already on a listing are kept.</summary>
    public IReadOnlyCollection<string> LanguageCodes { get; init; } = [];

    public IReadOnlyList<LocationInput> Locations { get; init; } = [];

    /// <summary>Weekly sessions (one day each); a listing's other schedules (monthly, several days, notes) are kept.</summary>
    public IReadOnlyList<Schedule> Schedules { get; init; } = [];

    public int? VerificationIntervalDays { get; init; }

    /// <summary>The prices, checked with <see cref="Requirements"/>' stated cost band (see <see cref="ServiceChildren"/>).</summary>
    public IReadOnlyList<CostOptionInput> CostOptions { get; init; } = [];

    public IReadOnlyList<PhoneInput> Phones { get; init; } = [];

    public IReadOnlyList<ContactInput> Contacts { get; init; } = [];
}

/// <summary>A place the service runs: an existing location (by id) to change, or a new one.</summary>
public sealed record LocationInput(Guid? Id, string? Name, string? Address1, string? Address2, string? City, string? Postcode);

/// <summary>The languages offered on the listing form and the search filter, by ISO 639 code.</summary>
public static class DirectoryLanguages
{
    public static IReadOnlyList<(string Code, string Name)> Common { get; } =
    [
        ("en", "English"), ("ar", "Arabic"), ("bn", "Bengali"), ("bfi", "British Sign Language"), ("zh", "Chinese"),
        ("fa", "Farsi"), ("fr", "French"), ("gu", "Gujarati"), ("ku", "Kurdish"), ("pl", "Polish"), ("pt", "Portuguese"),
        ("pa", "Punjabi"), ("ro", "Romanian"), ("so", "Somali"), ("es", "Spanish"), ("ti", "Tigrinya"), ("uk", "Ukrainian"),
        ("ur", "Urdu"), ("cy", "Welsh"),
    ];

    public static string NameOf(string? code) =>
        Common.FirstOrDefault(l => l.Code == code).Name ?? code ?? "Unknown";
}
