using System.Text.Json;
using System.Text.Json.Nodes;
using Waymark.Domain.Directory;

namespace Waymark.Web.Features.DirectoryImport;

/// <summary>
/// Reads Open Referral UK 3.0 JSON into a <see cref="DirectoryFeed"/>. Accepts a single service (as
/// <c>/services/{id}</c> returns it), a JSON array of services, a paged envelope (<c>{"contents": [...]}</c>, as
/// <c>/services</c> returns it), an organisation with its services (<c>/organizations/{id}</c>) and a service at a
/// location (<c>/service_at_locations/{id}</c>). Organisations, locations, services at locations and taxonomy terms
/// are read from inside each service, as ORUK 3.0 nests them. Values of the wrong shape (a date that is not a date)
/// are reported against the service, never guessed.
/// </summary>
public static partial class OrukJsonReader
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
}

/// <summary>Where a page of an ORUK list sits: the importer follows <c>page</c> until the last.</summary>
public sealed record FeedPage(int Number, int TotalPages, bool? IsLast)
{
    public bool HasNext => IsLast is not true && Number < TotalPages;
}
