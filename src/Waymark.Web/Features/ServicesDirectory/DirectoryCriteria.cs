using Waymark.Domain.Directory;
using Waymark.Domain.Referrals;

namespace Waymark.Web.Features.ServicesDirectory;

/// <summary>
/// What to look for in the directory. Every filter is optional and they combine with "and"; within a list (needs,
/// terms, delivery modes) any one is enough. Used by the directory search page and by matching ("suggest for this
/// person"), so the filter rules live in one place: <see cref="DirectorySearch"/>.
/// </summary>
public sealed record DirectoryCriteria
{
    /// <summary>Services listed under any of these needs (Waymark's need taxonomy).</summary>
    public IReadOnlyCollection<NeedCategory> Needs { get; init; } = [];

    /// <summary>Services listed under any of these taxonomy terms (any taxonomy).</summary>
    public IReadOnlyCollection<Guid> TermIds { get; init; } = [];

    /// <summary>Words that must all appear in the name, other name, description or organisation name.</summary>
    public string? Text { get; init; }

    /// <summary>Measure distance from this postcode (its centroid); results then sort nearest first.</summary>
    public string? Postcode { get; init; }

    /// <summary>With <see cref="Postcode"/>: only services with a location this close.</summary>
    public double? WithinMiles { get; init; }

    /// <summary>Services delivered in any of these ways; none means any way.</summary>
    public DeliveryModes DeliveryModes { get; init; }

    /// <summary>Services with a session on this day (from their schedules).</summary>
    public DayOfWeek? OpenOn { get; init; }

    /// <summary>With <see cref="OpenOn"/>: open at this time of day.</summary>
    public TimeOnly? OpenAt { get; init; }

    public CostFilter Cost { get; init; }

    public bool StepFreeAccess { get; init; }

    /// <summary>An ISO 639 code, like "pl": services delivered in that language.</summary>
    public string? Language { get; init; }

    /// <summary>A person's age: only services whose age range includes it.</summary>
    public int? Age { get; init; }

    /// <summary>Services of one organisation.</summary>
    public Guid? OrganisationId { get; init; }

    /// <summary>Only services running (in some form) and accepting referrals now.</summary>
    public bool TakingReferralsOnly { get; init; }

    /// <summary>Closed services are left out unless asked for; paused ones are kept (they show when they return).</summary>
    public bool IncludeClosed { get; init; }

    /// <summary>Only services in these operating statuses (closed ones only with <see cref="IncludeClosed"/>); none means any.</summary>
    public IReadOnlyCollection<OperatingStatus> Statuses { get; init; } = [];
}

public enum CostFilter
{
    Any,
    Free,

    /// <summary>Free or low cost.</summary>
    LowCost,
}

/// <summary>One service in a list of results: what a link worker needs to choose, without the whole listing.</summary>
public sealed record DirectoryResult(
    Guid Id,
    string Name,
    Guid OrganisationId,
    string OrganisationName,
    OperatingStatus Status,
    string? StatusReason,
    DateOnly? ExpectedReturn,
    DeliveryModes DeliveryModes,
    int? WaitingDays,
    bool AcceptingReferrals,
    ReferralMethod ReferralMethod,
    CostLevel Cost,
    ServiceRequirements Requirements,
    int? MinimumAge,
    int? MaximumAge,
    DateOnly VerificationDueOn)
{
    /// <summary>Miles from the searched postcode to the service's nearest location; null without a postcode or a known location.</summary>
    public double? DistanceMiles { get; init; }

    public bool IsTakingReferrals => Service.TakesReferrals(AcceptingReferrals, Status);
}
