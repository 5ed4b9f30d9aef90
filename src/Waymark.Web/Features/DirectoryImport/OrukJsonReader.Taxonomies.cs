using System.Text.Json.Nodes;
using Waymark.Domain.Directory;

namespace Waymark.Web.Features.DirectoryImport;

/// <summary>An ORUK <c>attribute</c>: the link to a taxonomy term, with the term (and its taxonomy) when the feed defines it.</summary>
public static partial class OrukJsonReader
{
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
}
