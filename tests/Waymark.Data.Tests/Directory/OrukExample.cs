using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Waymark.Domain.Directory;
using Waymark.Domain.Organisations;
using Waymark.Testing;

namespace Waymark.Data.Tests.Directory;

/// <summary>
/// Reads an ORUK 3.0 service (like the official service_full.json) into the directory's domain objects, and writes
/// them back as ORUK JSON, so a test can show the model holds a whole feed record without loss. Deliberately plain:
/// the real importer and exporter come later and must agree with this.
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

    /// <summary>Writes the service back as ORUK JSON, leaving out empty optional fields.</summary>
    public JsonObject Write()
    {
        var s = Service;
        var o = Organisation;
        return Obj(
            ("id", s.Id.ToString()), ("name", s.Name), ("description", s.Description), ("url", s.Url), ("email", s.Email), ("status", s.OrukStatus),
            ("fees", s.FeesDescription), ("accreditations", s.Accreditations), ("minimum_age", s.MinimumAge), ("maximum_age", s.MaximumAge),
            ("assured_date", s.AssuredDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("assurer_email", s.AssurerEmail), ("alert", s.Alert),
            ("last_modified", s.LastModified.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)),
            ("schedules", Arr(s.Schedules.Select(WriteSchedule))),
            ("service_areas", Arr(s.ServiceAreas.Select(a => Obj(("id", a.Id.ToString()), ("name", a.Name), ("extent", a.Extent), ("extent_type", a.ExtentType), ("uri", a.Uri), ("service_area", a.Description))))),
            ("service_at_locations", Arr(ServiceAtLocations.Select(sal => Obj(("id", sal.Id.ToString()), ("location", WriteLocation(Locations.Single(l => l.Id == sal.LocationId))))))),
            ("languages", Arr(s.Languages.Select(l => Obj(("id", l.Id.ToString()), ("name", l.Name), ("code", l.Code))))),
            ("organization", Obj(
                ("id", o.Id.ToString()), ("name", o.Name), ("description", o.Description), ("email", o.Email), ("website", o.Website), ("logo", o.Logo), ("uri", o.Uri),
                ("parent_organization_id", o.ParentOrganisationId?.ToString()),
                ("organization_identifiers", Arr(o.Identifiers.Select(i => Obj(("id", i.Id.ToString()), ("identifier_scheme", i.IdentifierScheme), ("identifier_type", i.IdentifierType), ("identifier", i.Identifier))))))),
            ("funding", Arr(s.Funding.Select(f => Obj(("id", f.Id.ToString()), ("source", f.Source))))),
            ("cost_options", Arr(s.CostOptions.Select(c => Obj(
                ("id", c.Id.ToString()), ("valid_from", DateText(c.ValidFrom)), ("valid_to", DateText(c.ValidTo)), ("option", c.Option), ("amount", c.Amount), ("amount_description", c.AmountDescription))))),
            ("contacts", Arr(s.Contacts.Select(c => Obj(("id", c.Id.ToString()), ("name", c.Name), ("title", c.Title))))),
            ("attributes", Arr(s.Attributes.Select(a =>
            {
                var t = Terms.Single(term => term.Id == a.TaxonomyTermId);
                return Obj(
                    ("id", a.Id.ToString()), ("link_type", a.LinkType),
                    ("taxonomy_term", Obj(("id", t.Id.ToString()), ("name", t.Name), ("description", t.Description), ("parent_id", t.ParentId?.ToString()), ("taxonomy", t.TaxonomyName), ("term_uri", t.TermUri), ("term", t.Code))));
            }))));
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

    private static JsonObject WriteSchedule(Schedule s) => Obj(
        ("id", s.Id.ToString()), ("valid_from", DateText(s.ValidFrom)), ("valid_to", DateText(s.ValidTo)), ("dtstart", DateText(s.DtStart)),
        ("freq", s.Freq?.ToString().ToUpperInvariant()), ("interval", s.Interval), ("byday", s.ByDay), ("bymonthday", s.ByMonthDay), ("description", s.Description),
        ("opens_at", s.OpensAt?.ToString("HH:mm:ss", CultureInfo.InvariantCulture)), ("closes_at", s.ClosesAt?.ToString("HH:mm:ss", CultureInfo.InvariantCulture)),
        ("schedule_link", s.ScheduleLink), ("attending_type", s.AttendingType), ("notes", s.Notes));

    private static JsonObject WriteLocation(Location l) => Obj(
        ("id", l.Id.ToString()), ("location_type", l.LocationType.ToString().ToLowerInvariant()), ("name", l.Name), ("description", l.Description),
        ("latitude", l.Latitude), ("longitude", l.Longitude), ("external_identifier", l.ExternalIdentifier), ("external_identifier_type", l.ExternalIdentifierType),
        ("addresses", Arr(l.Addresses.Select(a => Obj(
            ("id", a.Id.ToString()), ("attention", a.Attention), ("address_1", a.Address1), ("city", a.City), ("region", a.Region), ("state_province", a.StateProvince),
            ("postal_code", a.PostalCode), ("country", a.Country), ("address_type", a.AddressType.ToString().ToLowerInvariant()))))),
        ("accessibility", Arr(l.Accessibility.Select(a => Obj(("id", a.Id.ToString()), ("description", a.Description), ("details", a.Details), ("url", a.Url), ("accessibility", a.Text))))));

    private static string? DateText(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static JsonObject Obj(params (string Name, object? Value)[] fields)
    {
        var result = new JsonObject();
        foreach (var (name, value) in fields)
        {
            JsonNode? node = value switch
            {
                null => null,
                JsonArray { Count: 0 } => null,
                JsonNode n => n,
                string text => JsonValue.Create(text),
                int number => JsonValue.Create(number),
                decimal number => JsonValue.Create(number),
                double number => JsonValue.Create(number),
                _ => throw new ArgumentException($"Cannot write {value.GetType()}", nameof(fields)),
            };
            if (node is not null)
            {
                result[name] = node;
            }
        }

        return result;
    }

    private static JsonArray Arr(IEnumerable<JsonObject> items) => new([.. items]);

    private static IEnumerable<JsonObject> Items(JsonObject json, string name) => json[name]?.AsArray().Select(n => n!.AsObject()) ?? [];

    private static string? Str(JsonObject json, string name) => json[name]?.GetValue<string>();

    private static Guid Id(JsonObject json) => Guid.Parse(Str(json, "id")!);

    private static Guid? IdOf(JsonObject json, string name) => Str(json, name) is { } id ? Guid.Parse(id) : null;

    private static DateOnly? Date(JsonObject json, string name) => Str(json, name) is { } date ? DateOnly.Parse(date, CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// The path of the first difference between two ORUK documents, or null when they hold the same: numbers compare by
    /// value (35 and 35.0 are the same amount), objects by their fields in any order, text apart from spaces at either
    /// end (the domain trims every text, as everywhere in Waymark), everything else exactly.
    /// </summary>
    public static string? FirstDifference(JsonNode? a, JsonNode? b, string path = "$")
    {
        switch (a, b)
        {
            case (null, null):
                return null;
            case (JsonObject x, JsonObject y):
                foreach (var name in x.Select(p => p.Key).Union(y.Select(p => p.Key)))
                {
                    if (FirstDifference(x[name], y[name], $"{path}.{name}") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case (JsonArray x, JsonArray y) when x.Count == y.Count:
                return x.Zip(y).Select((p, i) => FirstDifference(p.First, p.Second, $"{path}[{i}]")).FirstOrDefault(d => d is not null);
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
