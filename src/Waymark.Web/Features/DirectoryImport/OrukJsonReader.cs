using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Waymark.Domain.Directory;
using Waymark.Domain.Organisations;

namespace Waymark.Web.Features.DirectoryImport;

/// <summary>
/// Reads Open Referral UK 3.0 JSON into a <see cref="DirectoryFeed"/>. Accepts a single service (as
/// <c>/services/{id}</c> returns it), a JSON array of services, a paged envelope (<c>{"contents": [...]}</c>, as
/// <c>/services</c> returns it), an organisation with its services (<c>/organizations/{id}</c>) and a service at a
/// location (<c>/service_at_locations/{id}</c>). Organisations, locations, services at locations and taxonomy terms
/// are read from inside each service, as ORUK 3.0 nests them. Values of the wrong shape (a date that is not a date)
/// are reported against the service, never guessed.
/// </summary>
public static class OrukJsonReader
{
    /// <summary>The services of one document, and the page it says it is (null when it is not a page).</summary>
    public static (DirectoryFeed Feed, FeedPage? Page) Read(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new Domain.Common.DomainException($"The file is not valid JSON ({ex.Message}). Check it is an Open Referral UK 3.0 feed.", "File");
        }

        return Read(root);
    }

    public static (DirectoryFeed Feed, FeedPage? Page) Read(JsonNode? root)
    {
        var services = new List<FeedService>();
        FeedPage? page = null;
        switch (root)
        {
            case JsonArray array:
                services.AddRange(array.OfType<JsonObject>().Select(s => Service(s, null)));
                break;
            case JsonObject envelope when envelope["contents"] is JsonArray contents:
                services.AddRange(contents.OfType<JsonObject>().Select(s => Service(s, null)));
                page = new FeedPage(Int(envelope, "page_number") ?? 1, Int(envelope, "total_pages") ?? 1, Bool(envelope, "last_page"));
                break;
            case JsonObject organisation when organisation["services"] is JsonArray nested && organisation["name"] is not null:
                services.AddRange(nested.OfType<JsonObject>().Select(s => Service(s, organisation)));
                break;
            case JsonObject at when at["service"] is JsonObject service && at["location"] is JsonObject:
                var withLocation = (JsonObject)service.DeepClone();
                var sal = (JsonObject)at.DeepClone();
                sal.Remove("service");
                withLocation["service_at_locations"] = new JsonArray(sal);
                services.Add(Service(withLocation, null));
                break;
            case JsonObject single:
                services.Add(Service(single, null));
                break;
            default:
                throw new Domain.Common.DomainException("The file holds no services. Give an Open Referral UK 3.0 service, list of services or page of services.", "File");
        }

        return (DirectoryFeed.Of(services), page);
    }

    private static FeedService Service(JsonObject s, JsonObject? outerOrganisation)
    {
        var feedId = Str(s, "id") ?? string.Empty;
        var read = new Reader();
        var id = feedId.Length > 0 ? StableId.Of(feedId) : Guid.Empty;
        if (feedId.Length == 0)
        {
            read.Problem("Id", "Give the service an id");
        }

        var organisationJson = s["organization"] as JsonObject ?? outerOrganisation;
        var organisation = organisationJson is null ? null : Organisation(organisationJson);
        var organisationFeedId = organisation?.FeedId ?? Str(s, "organization_id");
        return new FeedService
        {
            FeedId = feedId,
            Id = id,
            Details = new ServiceDetails(
                Str(s, "name"),
                Str(s, "description"),
                Str(s, "alternate_name"),
                Str(s, "url"),
                Str(s, "email"),
                Str(s, "interpretation_services"),
                Str(s, "application_process"),
                Str(s, "fees_description") ?? Str(s, "fees"),
                Str(s, "accreditations"),
                Str(s, "eligibility_description"),
                read.Int(s, "minimum_age", "MinimumAge"),
                read.Int(s, "maximum_age", "MaximumAge"),
                read.Date(s, "assured_date", "AssuredDate"),
                Str(s, "assurer_email"),
                Str(s, "alert"),
                Str(s, "wait_time")),
            Status = Str(s, "status"),
            LastModified = read.Timestamp(s, "last_modified", "LastModified"),
            Organisation = organisation,
            OrganisationFeedId = organisationFeedId,
            OrganisationId = organisationFeedId is null ? null : StableId.Of(organisationFeedId),
            Phones = List(s, "phones", id, "Phones", (p, i, f) => Phone(p, StableId.Child(id, "phone", i), f, read)),
            Schedules = List(s, "schedules", id, "Schedules", (x, i, f) => Schedule(x, StableId.Child(id, "schedule", i), f, read)),
            ServiceAreas = List(s, "service_areas", id, "ServiceAreas", (a, i, _) => new ServiceArea
            {
                Id = IdOr(a, StableId.Child(id, "area", i)),
                Name = Str(a, "name"),
                Description = Str(a, "service_area") ?? Str(a, "description"),
                Extent = Str(a, "extent"),
                ExtentType = Str(a, "extent_type"),
                Uri = Str(a, "uri"),
            }),
            Languages = List(s, "languages", id, "Languages", (l, i, _) => Language(l, StableId.Child(id, "language", i))),
            CostOptions = List(s, "cost_options", id, "CostOptions", (c, i, f) => new CostOption
            {
                Id = IdOr(c, StableId.Child(id, "cost", i)),
                ValidFrom = read.Date(c, "valid_from", f + ".ValidFrom"),
                ValidTo = read.Date(c, "valid_to", f + ".ValidTo"),
                Option = Str(c, "option"),
                Amount = read.Decimal(c, "amount", f + ".Amount"),
                Currency = Str(c, "currency"),
                AmountDescription = Str(c, "amount_description"),
            }),
            Contacts = List(s, "contacts", id, "Contacts", (c, i, f) => Contact(c, StableId.Child(id, "contact", i), f, read)),
            RequiredDocuments = List(s, "required_documents", id, "RequiredDocuments", (d, i, _) => new RequiredDocument
            {
                Id = IdOr(d, StableId.Child(id, "document", i)),
                Document = Str(d, "document") ?? string.Empty,
                Uri = Str(d, "uri"),
            }),
            Funding = List(s, "funding", id, "Funding", (x, i, _) => new Funding { Id = IdOr(x, StableId.Child(id, "funding", i)), Source = Str(x, "source") }),
            Attributes = List(s, "attributes", id, "Attributes", (a, i, f) => Attribute(a, StableId.Child(id, "attribute", i), f, read))?.OfType<FeedAttribute>().ToList(),
            ServiceAtLocations = List(s, "service_at_locations", id, "ServiceAtLocations", (x, i, f) => ServiceAtLocation(x, id, i, f, read))
                ?.Where(x => x is not null).Select(x => x!).ToList(),
            Problems = read.Problems,
        };
    }

    private static FeedOrganisation Organisation(JsonObject o)
    {
        var feedId = Str(o, "id") ?? string.Empty;
        var read = new Reader();
        if (feedId.Length == 0)
        {
            read.Problem("Id", "Give the organisation an id");
        }

        var id = feedId.Length > 0 ? StableId.Of(feedId) : Guid.Empty;
        var identifiers = (o["organization_identifiers"] as JsonArray)?.OfType<JsonObject>()
            .Select((i, index) => new OrganisationIdentifier
            {
                Id = IdOr(i, StableId.Child(id, "identifier", index)),
                IdentifierScheme = Str(i, "identifier_scheme"),
                IdentifierType = Str(i, "identifier_type") ?? string.Empty,
                Identifier = Str(i, "identifier") ?? string.Empty,
            }).ToList() ?? [];
        var parent = Str(o, "parent_organization_id");
        var details = new OrganisationDirectoryDetails(
            Str(o, "description"), Str(o, "website") ?? Str(o, "url"), Str(o, "email"), Str(o, "logo"), Str(o, "uri"), Str(o, "legal_status"),
            read.Int(o, "year_incorporated", "YearIncorporated"), parent is null ? null : StableId.Of(parent), identifiers);
        return new FeedOrganisation(feedId, id, Str(o, "name"), details, read.Problems);
    }

    private static FeedAttribute? Attribute(JsonObject a, Guid fallbackId, string field, Reader read)
    {
        var term = a["taxonomy_term"] as JsonObject;
        var termFeedId = (term is null ? null : Str(term, "id")) ?? Str(a, "taxonomy_term_id");
        if (termFeedId is null)
        {
            read.Problem(field + ".TaxonomyTermId", "Give the taxonomy term the attribute links to");
            return null;
        }

        var termId = StableId.Of(termFeedId);
        FeedTerm? feedTerm = null;
        if (term is not null && Str(term, "name") is not null)
        {
            var taxonomyJson = term["taxonomy_detail"] as JsonObject;
            var taxonomyId = Str(term, "taxonomy_id") ?? (taxonomyJson is null ? null : Str(taxonomyJson, "id"));
            var parent = Str(term, "parent_id");
            feedTerm = new FeedTerm(
                termFeedId,
                termId,
                new TaxonomyTermDetails(
                    Str(term, "name"), Str(term, "description") ?? Str(term, "name"), Str(term, "term") ?? Str(term, "code"), parent is null ? null : StableId.Of(parent),
                    Str(term, "taxonomy") ?? (taxonomyJson is null ? null : Str(taxonomyJson, "name")), taxonomyId is null ? null : StableId.Of(taxonomyId), Str(term, "language"), Str(term, "term_uri")),
                taxonomyJson is null || taxonomyId is null ? null
                    : new FeedTaxonomy(StableId.Of(taxonomyId), Str(taxonomyJson, "name"), Str(taxonomyJson, "description") ?? Str(taxonomyJson, "name"), Str(taxonomyJson, "uri"), Str(taxonomyJson, "version")));
        }

        return new FeedAttribute(IdOr(a, fallbackId), Str(a, "link_type"), termFeedId, termId, feedTerm);
    }

    private static FeedServiceAtLocation? ServiceAtLocation(JsonObject x, Guid serviceId, int index, string field, Reader read)
    {
        if (x["location"] is not JsonObject l)
        {
            read.Problem(field + ".Location", "Give the location of each service at a location");
            return null;
        }

        var locationFeedId = Str(l, "id");
        var locationId = locationFeedId is null ? StableId.Child(serviceId, "location", index) : StableId.Of(locationFeedId);
        var locationField = field + ".Location";
        var typeText = Str(l, "location_type") ?? "physical";
        if (!Enum.TryParse<LocationType>(typeText, ignoreCase: true, out var type) || !Enum.IsDefined(type))
        {
            read.Problem(locationField + ".LocationType", $"\"{typeText}\" is not a location type: give physical, postal or virtual");
        }

        var location = new FeedLocation(
            locationFeedId ?? locationId.ToString(),
            locationId,
            new LocationDetails(type, Str(l, "name"), Str(l, "description"), read.Double(l, "latitude", locationField + ".Latitude"), read.Double(l, "longitude", locationField + ".Longitude"),
                Str(l, "external_identifier"), Str(l, "external_identifier_type"), Str(l, "url")),
            List(l, "addresses", locationId, "Addresses", (a, i, f) =>
            {
                var addressType = Str(a, "address_type") ?? "physical";
                if (!Enum.TryParse<LocationType>(addressType, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
                {
                    read.Problem($"{locationField}.{f}.AddressType", $"\"{addressType}\" is not an address type: give physical, postal or virtual");
                }

                return new Address
                {
                    Id = IdOr(a, StableId.Child(locationId, "address", i)),
                    Attention = Str(a, "attention"),
                    Address1 = Str(a, "address_1") ?? string.Empty,
                    Address2 = Str(a, "address_2"),
                    City = Str(a, "city"),
                    Region = Str(a, "region"),
                    StateProvince = Str(a, "state_province"),
                    PostalCode = Str(a, "postal_code"),
                    Country = Str(a, "country"),
                    AddressType = parsed,
                };
            }),
            List(l, "accessibility", locationId, "Accessibility", (a, i, _) => new Accessibility
            {
                Id = IdOr(a, StableId.Child(locationId, "accessibility", i)),
                Description = Str(a, "description"),
                Details = Str(a, "details"),
                Url = Str(a, "url"),
                Text = Str(a, "accessibility"),
            }),
            List(l, "languages", locationId, "Languages", (x2, i, _) => Language(x2, StableId.Child(locationId, "language", i))),
            List(l, "phones", locationId, "Phones", (p, i, f) => Phone(p, StableId.Child(locationId, "phone", i), locationField + "." + f, read)),
            List(l, "schedules", locationId, "Schedules", (s, i, f) => Schedule(s, StableId.Child(locationId, "schedule", i), locationField + "." + f, read)));

        var salId = IdOr(x, StableId.Child(serviceId, "service_at_location", index));
        return new FeedServiceAtLocation(
            salId,
            Str(x, "description"),
            location,
            List(x, "schedules", salId, "Schedules", (s, i, f) => Schedule(s, StableId.Child(salId, "schedule", i), field + "." + f, read)),
            List(x, "phones", salId, "Phones", (p, i, f) => Phone(p, StableId.Child(salId, "phone", i), field + "." + f, read)),
            List(x, "contacts", salId, "Contacts", (c, i, f) => Contact(c, StableId.Child(salId, "contact", i), field + "." + f, read)));
    }

    private static Phone Phone(JsonObject p, Guid fallbackId, string field, Reader read) => new()
    {
        Id = IdOr(p, fallbackId),
        Number = Str(p, "number") ?? string.Empty,
        Description = Str(p, "description"),
        Languages = (p["languages"] as JsonArray)?.OfType<JsonObject>().Select((l, i) => Language(l, StableId.Child(fallbackId, "language", i))).ToList() ?? [],
    };

    private static ServiceContact Contact(JsonObject c, Guid fallbackId, string field, Reader read) => new()
    {
        Id = IdOr(c, fallbackId),
        Name = Str(c, "name"),
        Title = Str(c, "title"),
        Department = Str(c, "department"),
        Email = Str(c, "email"),
        Phones = (c["phones"] as JsonArray)?.OfType<JsonObject>().Select((p, i) => Phone(p, StableId.Child(fallbackId, "phone", i), $"{field}.Phones[{i}]", read)).ToList() ?? [],
    };

    private static Language Language(JsonObject l, Guid fallbackId) => new()
    {
        Id = IdOr(l, fallbackId),
        Name = Str(l, "name"),
        Code = Str(l, "code"),
        Note = Str(l, "note"),
    };

    private static Schedule Schedule(JsonObject s, Guid fallbackId, string field, Reader read)
    {
        ScheduleFrequency? freq = null;
        if (Str(s, "freq") is { } text)
        {
            if (Enum.TryParse<ScheduleFrequency>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            {
                freq = parsed;
            }
            else
            {
                read.Problem(field + ".Freq", $"\"{text}\" is not a frequency: give WEEKLY or MONTHLY");
            }
        }

        return new Schedule
        {
            Id = IdOr(s, fallbackId),
            ValidFrom = read.Date(s, "valid_from", field + ".ValidFrom"),
            ValidTo = read.Date(s, "valid_to", field + ".ValidTo"),
            DtStart = read.Date(s, "dtstart", field + ".DtStart"),
            Freq = freq,
            Interval = read.Int(s, "interval", field + ".Interval"),
            ByDay = Str(s, "byday"),
            ByMonthDay = Str(s, "bymonthday"),
            Description = Str(s, "description"),
            OpensAt = read.Time(s, "opens_at", field + ".OpensAt"),
            ClosesAt = read.Time(s, "closes_at", field + ".ClosesAt"),
            ScheduleLink = Str(s, "schedule_link"),
            AttendingType = Str(s, "attending_type"),
            Notes = Str(s, "notes"),
        };
    }

    /// <summary>Items of a list property with the field name of each (<c>Schedules[0]</c>); null when the feed leaves the property out.</summary>
    private static List<T>? List<T>(JsonObject json, string name, Guid parent, string field, Func<JsonObject, int, string, T> read)
    {
        _ = parent;
        return json[name] is JsonArray array
            ? [.. array.OfType<JsonObject>().Select((item, index) => read(item, index, $"{field}[{index}]"))]
            : null;
    }

    private static Guid IdOr(JsonObject json, Guid fallback) => Str(json, "id") is { } id ? StableId.Of(id) : fallback;

    internal static string? Str(JsonObject json, string name) => json[name] switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>() is { Length: > 0 } text ? text : null,
        JsonValue value when value.GetValueKind() is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.ToJsonString(),
        _ => null,
    };

    private static int? Int(JsonObject json, string name) =>
        int.TryParse(Str(json, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static bool? Bool(JsonObject json, string name) => json[name] is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? v.GetValue<bool>() : null;

    /// <summary>Reads typed values, noting each one of the wrong shape against its field.</summary>
    private sealed class Reader
    {
        public List<ImportProblem> Problems { get; } = [];

        public void Problem(string field, string message) => Problems.Add(new ImportProblem("service", string.Empty, field, message));

        public int? Int(JsonObject json, string name, string field) => Parse(json, name, field, "a whole number, like 18",
            text => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : (int?)null);

        public decimal? Decimal(JsonObject json, string name, string field) => Parse(json, name, field, "an amount, like 3.50",
            text => decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : (decimal?)null);

        public double? Double(JsonObject json, string name, string field) => Parse(json, name, field, "a number of degrees, like 53.8",
            text => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : (double?)null);

        public DateOnly? Date(JsonObject json, string name, string field) => Parse(json, name, field, "a date as YYYY-MM-DD, like 2026-04-01",
            text => DateOnly.TryParseExact(text.Length > 10 && text[10] == 'T' ? text[..10] : text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var v) ? v : (DateOnly?)null);

        public TimeOnly? Time(JsonObject json, string name, string field) => Parse(json, name, field, "a time as HH:MM or HH:MM:SS, like 09:30",
            text => TimeOnly.TryParseExact(text.Length > 8 ? text[..8] : text, ["HH:mm:ss", "HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var v) ? v : (TimeOnly?)null);

        public DateTimeOffset? Timestamp(JsonObject json, string name, string field) => Parse(json, name, field, "a date and time, like 2026-04-01T09:30:00Z",
            text => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var v) ? v : (DateTimeOffset?)null);

        private T? Parse<T>(JsonObject json, string name, string field, string shape, Func<string, T?> parse)
            where T : struct
        {
            if (Str(json, name) is not { } text)
            {
                return null;
            }

            var value = parse(text.Trim());
            if (value is null)
            {
                Problem(field, $"\"{text}\" is not {shape}");
            }

            return value;
        }
    }
}

/// <summary>Where a page of an ORUK list sits: the importer follows <c>page</c> until the last.</summary>
public sealed record FeedPage(int Number, int TotalPages, bool? IsLast)
{
    public bool HasNext => IsLast is not true && Number < TotalPages;
}
