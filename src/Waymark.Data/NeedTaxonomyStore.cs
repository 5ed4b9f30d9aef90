using Microsoft.EntityFrameworkCore;
using Waymark.Domain.Directory;
using Waymark.Domain.Referrals;

namespace Waymark.Data;

/// <summary>
/// Makes sure Waymark's own taxonomy of needs (<see cref="NeedTaxonomy"/>) and one term per need exist, named in
/// the needs' own words (<see cref="NeedWords"/>). Idempotent: it adds what is missing, renames a term whose wording changed, and otherwise
/// writes nothing. Called when the app starts (after migrating), by the directory importer and by demo seeding.
/// </summary>
public static class NeedTaxonomyStore
{
    /// <summary>Adds or corrects the taxonomy and its terms; returns how many rows it wrote.</summary>
    public static async Task<int> EnsureNeedTaxonomyAsync(this AppDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var written = 0;
        if (!await db.Taxonomies.AnyAsync(t => t.Id == NeedTaxonomy.Id, cancellationToken))
        {
            db.Taxonomies.Add(NeedTaxonomy.CreateTaxonomy());
            written++;
        }

        var ids = NeedTaxonomy.Needs.Select(NeedTaxonomy.TermId).ToList();
        var existing = await db.TaxonomyTerms.Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        foreach (var need in NeedTaxonomy.Needs)
        {
            var wanted = NeedTaxonomy.CreateTerm(need);
            if (!existing.TryGetValue(wanted.Id, out var term))
            {
                db.TaxonomyTerms.Add(wanted);
                written++;
            }
            else if (term.Name != wanted.Name || term.Code != wanted.Code || term.Description != wanted.Description)
            {
                term.Update(new TaxonomyTermDetails(wanted.Name, wanted.Description, wanted.Code, null, NeedTaxonomy.Name, NeedTaxonomy.Id, wanted.Language));
                written++;
            }
        }

        if (written > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return written;
    }
}
