using System.Globalization;
using System.Text.Json.Nodes;
using Waymark.Domain.Directory;
using Waymark.Domain.Organisations;

namespace Waymark.Web.Features.OpenReferral;

/// <summary>
/// Writes the directory as Open Referral UK 3.0 JSON, as the schemas in ../shared/standards/oruk/3.0 want. Empty
/// optional fields are left out (never null, never an empty list). Fields ORUK requires but Waymark allows empty
/// are filled: an organisation's description falls back to its name; an address's city, county and postcode to ""
/// (the region stands in for a missing city or county) and its country to GB. Where HSDS 3.0 has a field ORUK 3.0
/// leaves out (alternate name, phones, the language's name and code...), it is written under its HSDS name, so an
/// export read back loses nothing; the ORUK schemas allow extra fields. Only directory data is written: nothing
/// about people, referrals or staff (not even who verified a listing).
/// </summary>
public static class OrukJson
{
    public const string Version = "HSDS-UK-3.0";

    public const string Profile = "https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md";

    public const string OpenApiUrl = "https://docs.openreferraluk.org/en/latest/openapi30.json";

    public static JsonObject ApiDetails() => Obj(("version", Version), ("profile", Profile), ("openapi_url", OpenApiUrl));

    /// <summary>A service with everything in it (ORUK <c>service.json</c>, the answer of /services/{id}).</summary>
    public static JsonObject Service(FullService full)
    {
        ArgumentNullException.ThrowIfNull(full);
        var s = full.Service;
        var json = ServiceFields(s, Organization(full.Organisation));
        Add(json, "phones", Arr(s.Phones.Select(Phone)));
        Add(json, "schedules", Arr(s.Schedules.Select(Schedule)));
        Add(json, "service_areas", Arr(s.ServiceAreas.Select(a => Obj(
            ("id", Id(a.Id)), ("name", a.Name), ("service_area", a.Description), ("extent", a.Extent), ("extent_type", a.ExtentType), ("uri", a.Uri)))));
        Add(json, "service_at_locations", Arr(full.Locations.Select(l => ServiceAtLocation(l.At, l.Location))));
        Add(json, "languages", Arr(s.Languages.Select(Language)));
        Add(json, "funding", Arr(s.Funding.Select(f => Obj(("id", Id(f.Id)), ("source", f.Source)))));
        Add(json, "cost_options", Arr(s.CostOptions.Select(c => Obj(
            ("id", Id(c.Id)), ("valid_from", Date(c.ValidFrom)), ("valid_to", Date(c.ValidTo)), ("option", c.Option), ("amount", c.Amount),
            ("currency", c.Currency), ("amount_description", c.AmountDescription)))));
        Add(json, "contacts", Arr(s.Contacts.Select(Contact)));
        Add(json, "required_documents", Arr(s.RequiredDocuments.Select(d => Obj(("id", Id(d.Id)), ("document", d.Document), ("uri", d.Uri)))));
        Add(json, "attributes", Arr(s.Attributes.Select(a => Obj(
            ("id", Id(a.Id)), ("link_id", Id(s.Id)), ("taxonomy_term_id", Id(a.TaxonomyTermId)), ("link_type", a.LinkType),
            ("taxonomy_term", full.Terms.TryGetValue(a.TaxonomyTermId, out var term) ? TaxonomyTerm(term) : null)))));
        return json;
    }

    /// <summary>A service's one-to-one fields and its organisation: an item of <c>service_list.json</c> (written by <see cref="OrukWriter"/>).</summary>
    public static JsonObject ServiceSummary(ServiceRow s) => OrukWriter.ToObject(w => OrukWriter.ServiceSummary(w, s));

    /// <summary>An organisation's one-to-one fields (an item of <c>organization_list.json</c>); with identifiers when given.</summary>
    public static JsonObject Organization(OrganisationRow o, IEnumerable<OrganisationIdentifier>? identifiers = null) =>
        OrukWriter.ToObject(w => OrukWriter.Organization(w, o, identifiers ?? []));

    public static JsonObject Organization(Organisation o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return Organization(OrganisationRow.Of(o), o.Identifiers);
    }

    public static JsonObject Taxonomy(Taxonomy t, IEnumerable<TaxonomyTerm>? terms = null)
    {
        ArgumentNullException.ThrowIfNull(t);
        return Obj(
            ("id", Id(t.Id)), ("name", t.Name), ("description", t.Description), ("uri", t.Uri), ("version", t.Version),
            ("taxonomy_terms", Arr((terms ?? []).Select(TaxonomyTerm))));
    }

    public static JsonObject TaxonomyTerm(TaxonomyTerm t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return Obj(
            ("id", Id(t.Id)), ("name", t.Name), ("description", t.Description), ("parent_id", Id(t.ParentId)), ("taxonomy", t.TaxonomyName),
            ("taxonomy_id", Id(t.TaxonomyId)), ("term_uri", t.TermUri), ("term", t.Code), ("language", t.Language));
    }

    /// <summary>A service at a location with the location in full (as nested in a service, and /service_at_locations/{id}).</summary>
    public static JsonObject ServiceAtLocation(ServiceAtLocation at, Location location)
    {
        ArgumentNullException.ThrowIfNull(at);
        ArgumentNullException.ThrowIfNull(location);
        return Obj(
            ("id", Id(at.Id)), ("service_id", Id(at.ServiceId)), ("location_id", Id(at.LocationId)), ("description", at.Description),
            ("schedules", Arr(at.Schedules.Select(Schedule))), ("phones", Arr(at.Phones.Select(Phone))), ("contacts", Arr(at.Contacts.Select(Contact))),
            ("location", Location(location)));
    }

    /// <summary>An item of <c>service_at_location_list.json</c>: the link, the location's one-to-one fields and the service's.</summary>
    public static JsonObject ServiceAtLocationSummary(Guid id, LocationRow location, ServiceRow service) => Obj(
        ("id", Id(id)), ("service_id", Id(service.Id)), ("location_id", Id(location.Id)),
        ("location", Obj(
            ("id", Id(location.Id)), ("location_type", location.LocationType.ToString().ToLowerInvariant()), ("name", location.Name),
            ("description", location.Description), ("latitude", location.Latitude), ("longitude", location.Longitude),
            ("external_identifier", location.ExternalIdentifier), ("external_identifier_type", location.ExternalIdentifierType), ("url", location.Url))),
        ("service", ServiceSummary(service)));

    public static JsonObject Location(Location l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return Obj(
            ("id", Id(l.Id)), ("location_type", l.LocationType.ToString().ToLowerInvariant()), ("organization_id", Id(l.OrganisationId)), ("name", l.Name),
            ("description", l.Description), ("latitude", l.Latitude), ("longitude", l.Longitude), ("external_identifier", l.ExternalIdentifier),
            ("external_identifier_type", l.ExternalIdentifierType), ("url", l.Url),
            ("addresses", Arr(l.Addresses.Select(a => Address(a, l.Id)))),
            ("accessibility", Arr(l.Accessibility.Select(a => Obj(
                ("id", Id(a.Id)), ("location_id", Id(l.Id)), ("description", a.Description), ("details", a.Details), ("url", a.Url), ("accessibility", a.Text))))),
            ("languages", Arr(l.Languages.Select(Language))),
            ("phones", Arr(l.Phones.Select(Phone))),
            ("schedules", Arr(l.Schedules.Select(Schedule))));
    }

    /// <summary>The paging envelope ORUK lists share, around <paramref name="contents"/>.</summary>
    public static JsonObject Page(IEnumerable<JsonObject> contents, int pageNumber, int perPage, int totalItems)
    {
        ArgumentNullException.ThrowIfNull(contents);
        var items = new JsonArray([.. contents]);
        var totalPages = (int)Math.Ceiling(totalItems / (double)perPage);
        return new JsonObject
        {
            ["total_items"] = totalItems,
            ["total_pages"] = totalPages,
            ["page_number"] = pageNumber,
            ["size"] = perPage,
            ["first_page"] = pageNumber == 1,
            ["last_page"] = pageNumber >= totalPages,
            ["empty"] = items.Count == 0,
            ["contents"] = items,
        };
    }

    public static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static JsonObject ServiceFields(Service s, JsonObject organisation) => Obj(
        ("id", Id(s.Id)), ("organization_id", Id(s.OrganisationId)), ("name", s.Name), ("alternate_name", s.AlternateName), ("description", s.Description),
        ("url", s.Url), ("email", s.Email), ("status", s.OrukStatus), ("interpretation_services", s.InterpretationServices),
        ("application_process", s.ApplicationProcess), ("fees", s.FeesDescription), ("wait_time", s.WaitTime),
        ("accreditations", s.Accreditations), ("eligibility_description", s.EligibilityDescription), ("minimum_age", s.MinimumAge),
        ("maximum_age", s.MaximumAge), ("assured_date", Date(s.AssuredDate)), ("assurer_email", s.AssurerEmail), ("alert", s.Alert),
        ("last_modified", Timestamp(s.LastModified)), ("organization", organisation));

    private static JsonObject Address(Address a, Guid locationId) => Obj(
        ("id", Id(a.Id)), ("location_id", Id(locationId)), ("attention", a.Attention), ("address_1", a.Address1), ("address_2", a.Address2),
        ("city", a.City ?? a.Region ?? string.Empty), ("region", a.Region), ("state_province", a.StateProvince ?? a.Region ?? string.Empty),
        ("postal_code", a.PostalCode ?? string.Empty), ("country", a.Country ?? "GB"), ("address_type", a.AddressType.ToString().ToLowerInvariant()));

    private static JsonObject Schedule(Schedule s) => Obj(
        ("id", Id(s.Id)), ("valid_from", Date(s.ValidFrom)), ("valid_to", Date(s.ValidTo)), ("dtstart", Date(s.DtStart)),
        ("freq", s.Freq?.ToString().ToUpperInvariant()), ("interval", s.Interval), ("byday", s.ByDay), ("bymonthday", s.ByMonthDay),
        ("description", s.Description), ("opens_at", Time(s.OpensAt)), ("closes_at", Time(s.ClosesAt)), ("schedule_link", s.ScheduleLink),
        ("attending_type", s.AttendingType), ("notes", s.Notes));

    private static JsonObject Phone(Phone p) => Obj(
        ("id", Id(p.Id)), ("number", p.Number), ("description", p.Description), ("languages", Arr(p.Languages.Select(Language))));

    private static JsonObject Language(Language l) => Obj(("id", Id(l.Id)), ("name", l.Name), ("code", l.Code), ("note", l.Note));

    private static JsonObject Contact(ServiceContact c) => Obj(
        ("id", Id(c.Id)), ("name", c.Name), ("title", c.Title), ("department", c.Department), ("email", c.Email), ("phones", Arr(c.Phones.Select(Phone))));

    private static string? Id(Guid? id) => id?.ToString();

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Time(TimeOnly? time) => time?.ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    private static void Add(JsonObject json, string name, JsonArray items)
    {
        if (items.Count > 0)
        {
            json[name] = items;
        }
    }

    /// <summary>An object of the fields that have a value: nulls, blank text and empty lists are left out.</summary>
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
}

/// <summary>A service with what ORUK nests in it: its organisation, the terms its attributes name, its locations.</summary>
public sealed record FullService(
    Service Service,
    Organisation Organisation,
    IReadOnlyDictionary<Guid, TaxonomyTerm> Terms,
    IReadOnlyList<(ServiceAtLocation At, Location Location)> Locations);

/// <summary>An organisation's one-to-one ORUK fields, as a list query projects them.</summary>
public sealed record OrganisationRow(
    Guid Id, string Name, string? Description, string? Email, string? Website, string? Logo, string? Uri, string? LegalStatus, int? YearIncorporated,
    Guid? ParentOrganisationId)
{
    public static OrganisationRow Of(Organisation o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new(o.Id, o.Name, o.Description, o.Email, o.Website, o.Logo, o.Uri, o.LegalStatus, o.YearIncorporated, o.ParentOrganisationId);
    }
}

/// <summary>A service's one-to-one ORUK fields and its organisation's, as a list query projects them.</summary>
public sealed record ServiceRow(
    Guid Id, Guid OrganisationId, string Name, string? AlternateName, string? Description, string? Url, string? Email, OperatingStatus OperatingStatus,
    string? FeesDescription, string? Accreditations, int? MinimumAge, int? MaximumAge, DateOnly? AssuredDate, string? AssurerEmail, string? Alert,
    DateTimeOffset LastModified, OrganisationRow Organisation);

/// <summary>A location's one-to-one ORUK fields.</summary>
public sealed record LocationRow(
    Guid Id, LocationType LocationType, string? Name, string? Description, double? Latitude, double? Longitude, string? ExternalIdentifier,
    string? ExternalIdentifierType, string? Url);
