using Waymark.Domain.Directory;

namespace Waymark.Web.Features.DirectoryImport;

/// <summary>The taxonomy terms a service is linked to: a term the feed defines is created or updated; one it only names must already exist.</summary>
public sealed partial class DirectoryImporter
{
    private static void CheckTerms(RecordPlan record, BatchState state, RecordCheck check)
    {
        foreach (var (attribute, index) in (record.Feed.Attributes ?? []).Select((a, i) => (a, i)))
        {
            var field = $"Attributes[{index}]";
            record.Attributes.Add(new ServiceAttribute { Id = attribute.Id, LinkType = attribute.LinkType, TaxonomyTermId = attribute.TermId });
            var isNeed = NeedTaxonomy.NeedOf(attribute.TermId) is not null;
            if (attribute.Term is { } term && !isNeed)
            {
                check.Try(field + ".TaxonomyTerm", () => record.Terms.Add((TaxonomyTerm.Create(term.Details, term.Id), term)));
                if (term.Taxonomy is { } taxonomy && !state.Taxonomies.ContainsKey(taxonomy.Id))
                {
                    check.Try(field + ".TaxonomyTerm.Taxonomy", () => record.Taxonomies.Add(Taxonomy.Create(taxonomy.Name, taxonomy.Description, taxonomy.Uri, taxonomy.Version, taxonomy.Id)));
                }
            }
            else if (!isNeed && !state.Terms.ContainsKey(attribute.TermId))
            {
                check.Fail(field + ".TaxonomyTermId", $"The feed names taxonomy term {attribute.TermFeedId} but does not define it – include the term with its name, or add the term to Waymark first");
            }
        }
    }

    private bool WriteTerms(RecordPlan record, BatchState state, DirectoryImportReport report)
    {
        var changed = false;
        foreach (var taxonomy in record.Taxonomies.Where(t => !state.Taxonomies.ContainsKey(t.Id)))
        {
            db.Taxonomies.Add(taxonomy);
            state.Taxonomies[taxonomy.Id] = taxonomy;
        }

        foreach (var (term, feedTerm) in record.Terms)
        {
            if (!state.Terms.TryGetValue(term.Id, out var stored))
            {
                db.TaxonomyTerms.Add(term);
                state.Terms[term.Id] = term;
                report.TermsCreated++;
                changed = true;
            }
            else if (Fingerprint(TermShape(stored)) != Fingerprint(TermShape(term)))
            {
                stored.Update(feedTerm.Details);
                changed = true;
            }
        }

        return changed;
    }

    private static object TermShape(TaxonomyTerm t) => new { t.Code, t.Name, t.Description, t.ParentId, t.TaxonomyName, t.TaxonomyId, t.Language, t.TermUri };
}
