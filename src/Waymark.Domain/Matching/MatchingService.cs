using Waymark.Domain.Directory;
using Waymark.Domain.Referrals;

namespace Waymark.Domain.Matching;

/// <summary>
/// The facts about one directory service that matching weighs, with its distance from the person when both places
/// are known. Queries project these from <see cref="Service"/> rather than loading whole listings.
/// </summary>
public sealed record MatchingService
{
    public Guid Id { get; init; }

    public required string Name { get; init; }

    public string OrganisationName { get; init; } = string.Empty;

    public OperatingStatus Status { get; init; }

    public string? StatusReason { get; init; }

    public DateOnly? ExpectedReturn { get; init; }

    public DeliveryModes DeliveryModes { get; init; }

    public ServiceRequirements Requirements { get; init; } = ServiceRequirements.None;

    public CostLevel Cost { get; init; }

    public int? WaitingDays { get; init; }

    public bool AcceptingReferrals { get; init; } = true;

    public int? MinimumAge { get; init; }

    public int? MaximumAge { get; init; }

    /// <summary>The needs it is listed under (its <see cref="NeedTaxonomy"/> terms).</summary>
    public IReadOnlyCollection<NeedCategory> Needs { get; init; } = [];

    /// <summary>Languages it is delivered in (not through an interpreter).</summary>
    public IReadOnlyCollection<Language> Languages { get; init; } = [];

    /// <summary>Whether it arranges interpreters (ORUK <c>interpretation_services</c> is filled in).</summary>
    public bool OffersInterpreting { get; init; }

    /// <summary>Its words normalised for search (<see cref="Directory.SearchText"/>).</summary>
    public string SearchText { get; init; } = string.Empty;

    /// <summary>Kilometres from the person's postcode to the nearest of its locations; null when either is unknown.</summary>
    public double? DistanceKm { get; init; }

    public static MatchingService From(Service service, double? distanceKm = null)
    {
        ArgumentNullException.ThrowIfNull(service);
        return new MatchingService
        {
            Id = service.Id,
            Name = service.Name,
            OrganisationName = service.OrganisationName,
            Status = service.OperatingStatus,
            StatusReason = service.StatusReason,
            ExpectedReturn = service.ExpectedReturn,
            DeliveryModes = service.DeliveryModes,
            Requirements = service.Requirements,
            Cost = service.Cost,
            WaitingDays = service.WaitingDays,
            AcceptingReferrals = service.AcceptingReferrals,
            MinimumAge = service.MinimumAge,
            MaximumAge = service.MaximumAge,
            Needs = [.. service.Attributes.Select(a => NeedTaxonomy.NeedOf(a.TaxonomyTermId)).OfType<NeedCategory>().Distinct()],
            Languages = service.Languages,
            OffersInterpreting = !string.IsNullOrWhiteSpace(service.InterpretationServices),
            SearchText = service.SearchText,
            DistanceKm = distanceKm,
        };
    }
}
