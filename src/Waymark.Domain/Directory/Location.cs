using Waymark.Domain.Common;

namespace Waymark.Domain.Directory;

/// <summary>
/// ORUK <c>location</c>: a place (or postal or virtual address) where services are delivered, with its addresses and
/// accessibility, and (from HSDS) languages, phones and opening times. <see cref="Postcode"/> is the first UK
/// postcode among its addresses, normalised, so distance search can fall back to the postcode's centroid when a
/// location has no coordinates.
/// </summary>
public sealed class Location : Entity
{
    private readonly List<Address> _addresses = [];
    private readonly List<Accessibility> _accessibility = [];
    private readonly List<Language> _languages = [];
    private readonly List<Phone> _phones = [];
    private readonly List<Schedule> _schedules = [];

    private Location()
    {
    }

    public LocationType LocationType { get; private set; }

    /// <summary>The organisation that looks after the location, when known (HSDS <c>organization_id</c>).</summary>
    public Guid? OrganisationId { get; private set; }

    public string? Name { get; private set; }

    public string? Description { get; private set; }

    /// <summary>
    /// WGS84 degrees as given. Not range-checked, because the official ORUK examples carry placeholders (100, 101);
    /// <see cref="HasCoordinates"/> says whether they can be used for distance.
    /// </summary>
    public double? Latitude { get; private set; }

    public double? Longitude { get; private set; }

    /// <summary>Like a UPRN; <see cref="ExternalIdentifierType"/> says which scheme.</summary>
    public string? ExternalIdentifier { get; private set; }

    public string? ExternalIdentifierType { get; private set; }

    public string? Url { get; private set; }

    public string? Postcode { get; private set; }

    public DateTimeOffset LastModified { get; private set; }

    public IReadOnlyList<Address> Addresses => _addresses;

    public IReadOnlyList<Accessibility> Accessibility => _accessibility;

    public IReadOnlyList<Language> Languages => _languages;

    public IReadOnlyList<Phone> Phones => _phones;

    public IReadOnlyList<Schedule> Schedules => _schedules;

    public bool HasCoordinates => Latitude is >= -90 and <= 90 && Longitude is >= -180 and <= 180;

    public static Location Create(LocationDetails details, Guid? organisationId, DateTimeOffset now, Guid? id = null)
    {
        var location = new Location { Id = id is { } given && given != Guid.Empty ? given : Guid.CreateVersion7() };
        location.Update(details, organisationId, now);
        return location;
    }

    public void Update(LocationDetails details, Guid? organisationId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (!Enum.IsDefined(details.LocationType))
        {
            throw new DomainException("Select physical, postal or virtual", nameof(LocationType));
        }

        if (details.Latitude is { } lat && !double.IsFinite(lat))
        {
            throw new DomainException("Enter the latitude as a number of degrees, like 53.8", nameof(Latitude));
        }

        if (details.Longitude is { } lon && !double.IsFinite(lon))
        {
            throw new DomainException("Enter the longitude as a number of degrees, like -1.55", nameof(Longitude));
        }

        if (details.Latitude.HasValue != details.Longitude.HasValue)
        {
            throw new DomainException("Enter both the latitude and the longitude, or neither", details.Latitude.HasValue ? nameof(Longitude) : nameof(Latitude));
        }

        var name = DirectoryText.Brief(details.Name, nameof(Name), "the location name");
        var description = DirectoryText.Lengthy(details.Description, nameof(Description), "the location description");
        var externalId = DirectoryText.Brief(details.ExternalIdentifier, nameof(ExternalIdentifier), "the external identifier");
        var externalIdType = DirectoryText.Brief(details.ExternalIdentifierType, nameof(ExternalIdentifierType), "the kind of external identifier");
        var url = DirectoryFormats.Url(details.Url, nameof(Url), "the location's web address");

        (LocationType, OrganisationId, Name, Description) = (details.LocationType, organisationId, name, description);
        (Latitude, Longitude, ExternalIdentifier, ExternalIdentifierType, Url) = (details.Latitude, details.Longitude, externalId, externalIdType, url);
        LastModified = now;
    }

    public void ReplaceAddresses(IEnumerable<Address>? addresses, DateTimeOffset now)
    {
        var validated = Address.ValidatedList(addresses, nameof(Addresses));
        _addresses.Clear();
        _addresses.AddRange(validated);
        Postcode = validated.Select(a => TryPostcode(a.PostalCode)).FirstOrDefault(p => p is not null);
        LastModified = now;
    }

    public void ReplaceAccessibility(IEnumerable<Accessibility>? items, DateTimeOffset now) =>
        Replace(_accessibility, Directory.Accessibility.ValidatedList(items, nameof(Accessibility)), now);

    public void ReplaceLanguages(IEnumerable<Language>? languages, DateTimeOffset now) =>
        Replace(_languages, Language.ValidatedList(languages, nameof(Languages)), now);

    public void ReplacePhones(IEnumerable<Phone>? phones, DateTimeOffset now) => Replace(_phones, Phone.ValidatedList(phones, nameof(Phones)), now);

    public void ReplaceSchedules(IEnumerable<Schedule>? schedules, DateTimeOffset now) =>
        Replace(_schedules, Schedule.ValidatedList(schedules, nameof(Schedules)), now);

    private static string? TryPostcode(string? postalCode)
    {
        try
        {
            return People.Postcode.NormaliseOptional(postalCode);
        }
        catch (DomainException)
        {
            return null;
        }
    }

    private void Replace<T>(List<T> list, List<T> items, DateTimeOffset now)
    {
        list.Clear();
        list.AddRange(items);
        LastModified = now;
    }
}
