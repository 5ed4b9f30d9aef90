using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Waymark.Domain.Directory;
using Waymark.Domain.Organisations;
using Waymark.Testing;

namespace Waymark.Web.Tests.OpenReferral;

/// <summary>
/// Reads an ORUK 3.0 service (like the official service_full.json) into the directory's domain objects, so the API
/// tests can serve the official example. Copied from tests/Waymark.Data.Tests/Directory/OrukExample.cs (its reading
/// half); the importer's own reader can replace it once merged.
/// </summary>
internal sealed record OrukExample(Organisation Organisation, Service Service, IReadOnlyList<TaxonomyTerm> Terms, IReadOnlyList<Location> Locations, IReadOnlyList<ServiceAtLocation> ServiceAtLocations)
{
    public static JsonObject Load(string name)
    {
        var path = Path.Combine(TestEnvironment.RepositoryRoot, "..", "shared", "standards", "oruk", "3.0", "examples", name);
        if (!File.Exists(path))
        {
            TestEnvironment.SkipOrFail($"{path} is not present; these tests need ../shared/standards");
        }

        return JsonNode.Parse(File.ReadAllText(path))!.AsObject();
    }

    public static OrukExample Read(JsonObject json, DateTimeOffset now)
    {
        var lastModified = DateTimeOffset.Parse(Str(json, "last_modified")!, CultureInfo.InvariantCulture);
        var org = json["organization"]!.AsObject();
        var organisation = Organisation.Create(Str(org, "name"), OrganisationKind.Partner, null, now, Id(org));
        organisation.UpdateDirectoryDetails(
            new OrganisationDirectoryDetails(
                Str(org, "description"), Str(org, "website"), Str(org, "email"), Str(org, "logo"), Str(org, "uri"), null, null, IdOf(org, "parent_organization_id"),
                Items(org, "organization_identifiers").Select(i => new OrganisationIdentifier { Id = Id(i), IdentifierScheme = Str(i, "identifier_scheme"), IdentifierType = Str(i, "identifier_type")!, Identifier = Str(i, "identifier")! }).ToList()),
            DateOnly.FromDateTime(now.UtcDateTime));

        var terms = Items(json, "attributes").Select(a => a["taxonomy_term"]!.AsObject())
            .Select(t => TaxonomyTerm.Create(new TaxonomyTermDetails(Str(t, "name"), Str(t, "description"), Str(t, "term"), IdOf(t, "parent_id"), Str(t, "taxonomy"), IdOf(t, "taxonomy_id"), null, Str(t, "term_uri")), Id(t)))
            .ToList();

        var service = Service.Create(
            organisation.Id,
            organisation.Name,
            new ServiceDetails(
                Str(json, "name"), Str(json, "description"), Url: Str(json, "url"), Email: Str(json, "email"), FeesDescription: Str(json, "fees"), Accreditations: Str(json, "accreditations"),
                MinimumAge: (int?)json["minimum_age"], MaximumAge: (int?)json["maximum_age"], AssuredDate: Date(json, "assured_date"), AssurerEmail: Str(json, "assurer_email"), Alert: Str(json, "alert")),
            lastModified,
            Id(json));
        if (OrukServiceStatus.ToOperatingStatus(Str(json, "status")) is { } status and not OperatingStatus.Running)
        {
            service.ChangeStatus(status, "Imported", null, DateOnly.FromDateTime(lastModified.UtcDateTime), lastModified);
        }

        service.ReplaceSchedules(Items(json, "schedules").Select(ReadSchedule), lastModified);
        service.ReplaceServiceAreas(
            Items(json, "service_areas").Select(a => new ServiceArea { Id = Id(a), Name = Str(a, "name"), Extent = Str(a, "extent"), ExtentType = Str(a, "extent_type"), Uri = Str(a, "uri"), Description = Str(a, "service_area") }),
            lastModified);
        service.ReplaceLanguages(Items(json, "languages").Select(l => new Language { Id = Id(l) }), lastModified);
        service.ReplaceFunding(Items(json, "funding").Select(f => new Funding { Id = Id(f), Source = Str(f, "source") }), lastModified);
        service.ReplaceCostOptions(
            Items(json, "cost_options").Select(c => new CostOption { Id = Id(c), ValidFrom = Date(c, "valid_from"), ValidTo = Date(c, "valid_to"), Option = Str(c, "option"), Amount = (decimal?)c["amount"], AmountDescription = Str(c, "amount_description") }),
            lastModified);
        service.ReplaceContacts(Items(json, "contacts").Select(c => new ServiceContact { Id = Id(c), Name = Str(c, "name"), Title = Str(c, "title") }), lastModified);
        service.ReplaceAttributes(Items(json, "attributes").Select(a => new ServiceAttribute { Id = Id(a), LinkType = Str(a, "link_type"), TaxonomyTermId = Id(a["taxonomy_term"]!.AsObject()) }), lastModified);

        var locations = new List<Location>();
        var atLocations = new List<ServiceAtLocation>();
        foreach (var sal in Items(json, "service_at_locations"))
        {
            var l = sal["location"]!.AsObject();
            var location = Location.Create(
                new LocationDetails(Enum.Parse<LocationType>(Str(l, "location_type")!, ignoreCase: true), Str(l, "name"), Str(l, "description"), (double?)l["latitude"], (double?)l["longitude"], Str(l, "external_identifier"), Str(l, "external_identifier_type")),
                null,
                lastModified,
                Id(l));
            location.ReplaceAddresses(
                Items(l, "addresses").Select(a => new Address
                {
                    Id = Id(a),
                    Attention = Str(a, "attention"),
                    Address1 = Str(a, "address_1")!,
                    City = Str(a, "city"),
                    Region = Str(a, "region"),
                    StateProvince = Str(a, "state_province"),
                    PostalCode = Str(a, "postal_code"),
                    Country = Str(a, "country"),
                    AddressType = Enum.Parse<LocationType>(Str(a, "address_type")!, ignoreCase: true),
                }),
                lastModified);
            location.ReplaceAccessibility(
                Items(l, "accessibility").Select(a => new Accessibility { Id = Id(a), Description = Str(a, "description"), Details = Str(a, "details"), Url = Str(a, "url"), Text = Str(a, "accessibility") }),
                lastModified);
            locations.Add(location);
            atLocations.Add(ServiceAtLocation.Create(service.Id, location.Id, null, lastModified, Id(sal)));
        }

        return new OrukExample(organisation, service, terms, locations, atLocations);
    }

    private static Schedule ReadSchedule(JsonObject s) => new()
    {
        Id = Id(s),
        ValidFrom = Date(s, "valid_from"),
        ValidTo = Date(s, "valid_to"),
        DtStart = Date(s, "dtstart"),
        Freq = Str(s, "freq") is { } freq ? Enum.Parse<ScheduleFrequency>(freq, ignoreCase: true) : null,
        Interval = (int?)s["interval"],
        ByDay = Str(s, "byday"),
        ByMonthDay = Str(s, "bymonthday"),
        Description = Str(s, "description"),
        OpensAt = Str(s, "opens_at") is { } opens ? TimeOnly.Parse(opens, CultureInfo.InvariantCulture) : null,
        ClosesAt = Str(s, "closes_at") is { } closes ? TimeOnly.Parse(closes, CultureInfo.InvariantCulture) : null,
        ScheduleLink = Str(s, "schedule_link"),
        AttendingType = Str(s, "attending_type"),
        Notes = Str(s, "notes"),
    };

    private static IEnumerable<JsonObject> Items(JsonObject json, string name) => json[name]?.AsArray().Select(n => n!.AsObject()) ?? [];

    private static string? Str(JsonObject json, string name) => json[name]?.GetValue<string>();

    private static Guid Id(JsonObject json) => Guid.Parse(Str(json, "id")!);

    private static Guid? IdOf(JsonObject json, string name) => Str(json, name) is { } id ? Guid.Parse(id) : null;

    private static DateOnly? Date(JsonObject json, string name) => Str(json, name) is { } date ? DateOnly.Parse(date, CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// The path of the first field of <paramref name="a"/> that <paramref name="b"/> lacks or holds differently, or null
    /// when <paramref name="b"/> holds everything <paramref name="a"/> does (it may hold more): numbers compare by
    /// value (35 and 35.0 are the same amount), objects by their fields in any order, text apart from spaces at either
    /// end (the domain trims every text, as everywhere in Waymark), everything else exactly.
    /// </summary>
    public static string? FirstMissing(JsonNode? a, JsonNode? b, string path = "$")
    {
        switch (a, b)
        {
            case (null, null):
                return null;
            case (JsonObject x, JsonObject y):
                foreach (var name in x.Select(p => p.Key))
                {
                    if (FirstMissing(x[name], y[name], $"{path}.{name}") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case (JsonArray x, JsonArray y) when x.Count == y.Count:
                return x.Zip(y).Select((p, i) => FirstMissing(p.First, p.Second, $"{path}[{i}]")).FirstOrDefault(d => d is not null);
            case (JsonValue x, JsonValue y) when x.GetValueKind() == JsonValueKind.Number && y.GetValueKind() == JsonValueKind.Number:
                return Number(x) == Number(y) ? null : $"{path}: {x} ≠ {y}";
            case (JsonValue x, JsonValue y) when x.GetValueKind() == JsonValueKind.String && y.GetValueKind() == JsonValueKind.String:
                return x.GetValue<string>().Trim() == y.GetValue<string>().Trim() ? null : $"{path}: {x.ToJsonString()} ≠ {y.ToJsonString()}";
            case (JsonValue x, JsonValue y) when JsonNode.DeepEquals(x, y):
                return null;
            default:
                return $"{path}: {a?.ToJsonString() ?? "(missing)"} ≠ {b?.ToJsonString() ?? "(missing)"}";
        }
    }

    private static decimal Number(JsonValue value) => decimal.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
}
