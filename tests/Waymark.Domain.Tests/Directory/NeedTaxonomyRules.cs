using Waymark.Domain.Directory;
using Waymark.Domain.Referrals;

namespace Waymark.Domain.Tests.Directory;

public sealed class NeedTaxonomyRules
{
    [Fact]
    public void Every_need_but_something_else_has_a_term_with_a_fixed_id_and_code()
    {
        Assert.DoesNotContain(NeedCategory.Other, NeedTaxonomy.Needs);
        Assert.Equal(Enum.GetValues<NeedCategory>().Length - 1, NeedTaxonomy.Needs.Count);
        Assert.Equal(new Guid("0195f3a0-0000-7000-8000-000000000001"), NeedTaxonomy.TermId(NeedCategory.LonelinessAndIsolation));
        Assert.Equal("waymark-need-loneliness-and-isolation", NeedTaxonomy.Code(NeedCategory.LonelinessAndIsolation));
        Assert.Equal("waymark-need-managing-a-long-term-condition", NeedTaxonomy.Code(NeedCategory.ManagingALongTermCondition));
        Assert.Equal(NeedTaxonomy.Needs.Count, NeedTaxonomy.Needs.Select(NeedTaxonomy.TermId).Distinct().Count());
    }

    [Fact]
    public void A_term_id_reads_back_as_its_need_and_other_ids_as_none()
    {
        Assert.All(NeedTaxonomy.Needs, need => Assert.Equal(need, NeedTaxonomy.NeedOf(NeedTaxonomy.TermId(need))));
        Assert.Null(NeedTaxonomy.NeedOf(NeedTaxonomy.Id));
        Assert.Null(NeedTaxonomy.NeedOf(Guid.CreateVersion7()));
    }

    [Fact]
    public void The_taxonomy_and_its_terms_are_created_under_their_fixed_ids()
    {
        var taxonomy = NeedTaxonomy.CreateTaxonomy();
        var term = NeedTaxonomy.CreateTerm(NeedCategory.Debt);

        Assert.Equal((NeedTaxonomy.Id, NeedTaxonomy.Name), (taxonomy.Id, taxonomy.Name));
        Assert.Equal(
            (NeedTaxonomy.TermId(NeedCategory.Debt), "waymark-need-debt", "Debt", NeedTaxonomy.Id, NeedTaxonomy.Name),
            (term.Id, term.Code, term.Name, term.TaxonomyId, term.TaxonomyName));
    }
}
