using System.Text.Json.Nodes;
using Waymark.Domain.Organisations;

namespace Waymark.Web.Features.DirectoryImport;

/// <summary>An ORUK <c>organization</c>, as nested in a service or around its <c>services</c>.</summary>
public static partial class OrukJsonReader
{
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
}
