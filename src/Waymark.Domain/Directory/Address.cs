using Waymark.Domain.Common;

namespace Waymark.Domain.Directory;

/// <summary>
/// ORUK <c>address</c> of a location. ORUK requires address_1, city, state_province, postal_code and country; real
/// feeds leave some out, so only the first line is required here and an exporter fills the rest.
/// <see cref="PostalCode"/> is kept as given (feeds are not all UK); <see cref="Location.Postcode"/> holds the
/// normalised UK postcode for search.
/// </summary>
public sealed record Address
{
    public Guid Id { get; init; }

    public string? Attention { get; init; }

    public string Address1 { get; init; } = string.Empty;

    public string? Address2 { get; init; }

    public string? City { get; init; }

    public string? Region { get; init; }

    public string? StateProvince { get; init; }

    public string? PostalCode { get; init; }

    /// <summary>ISO 3166-1 alpha-2, like GB.</summary>
    public string? Country { get; init; }

    public LocationType AddressType { get; init; } = LocationType.Physical;

    public Address Validated(string field)
    {
        if (!Enum.IsDefined(AddressType))
        {
            throw new DomainException("Select physical, postal or virtual", field + ".AddressType");
        }

        return this with
        {
            Attention = DirectoryText.Brief(Attention, field + ".Attention", "who to address post to"),
            Address1 = Text.Required(Address1, field + ".Address1", "the first line of the address", DirectoryText.ShortMaxLength),
            Address2 = DirectoryText.Brief(Address2, field + ".Address2", "the second line of the address"),
            City = DirectoryText.Brief(City, field + ".City", "the town or city"),
            Region = DirectoryText.Brief(Region, field + ".Region", "the region"),
            StateProvince = DirectoryText.Brief(StateProvince, field + ".StateProvince", "the county"),
            PostalCode = Text.Optional(PostalCode, field + ".PostalCode", "the postcode", 20),
            Country = Text.Optional(Country, field + ".Country", "the country code", 2)?.ToUpperInvariant(),
        };
    }

    public static List<Address> ValidatedList(IEnumerable<Address>? addresses, string field) =>
        DirectoryText.WithIds(addresses, field, a => a.Id, (a, id) => a with { Id = id }, (a, f) => a.Validated(f));
}
