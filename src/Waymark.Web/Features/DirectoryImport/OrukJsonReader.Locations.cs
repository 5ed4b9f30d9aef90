using System.Text.Json.Nodes;
using Waymark.Domain.Directory;

namespace Waymark.Web.Features.DirectoryImport;

/// <summary>An ORUK <c>service_at_location</c> with its <c>location</c>: addresses, accessibility, languages, phones and schedules.</summary>
public static partial class OrukJsonReader
{
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
}
