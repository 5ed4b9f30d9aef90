using Waymark.Domain.Referrals;

namespace Waymark.Domain.Directory;

/// <summary>
/// Waymark's own taxonomy of the needs a referral records, so a service can be listed under the needs it meets and
/// matching can go from a person's needs to services. Each <see cref="NeedCategory"/> (except "something else") is a
/// term with a fixed id and code, the same in every Waymark, so directories exported from one Waymark and imported
/// into another keep their links. Other taxonomies (such as the ORUK service types) sit beside it.
/// </summary>
public static class NeedTaxonomy
{
    public const string Name = "Waymark needs";

    public const string Description = "The needs link workers record on a referral, for matching people to services.";

    public const string CodePrefix = "waymark-need-";

    /// <summary>The taxonomy's fixed id.</summary>
    public static readonly Guid Id = new("0195f3a0-0000-7000-8000-000000000000");

    /// <summary>Every need a service can be listed under: all categories but "something else".</summary>
    public static IReadOnlyList<NeedCategory> Needs { get; } =
        [.. Enum.GetValues<NeedCategory>().Where(n => n != NeedCategory.Other)];

    /// <summary>The term's fixed id: the taxonomy id with the category's number in its last digits.</summary>
    public static Guid TermId(NeedCategory need) =>
        new($"0195f3a0-0000-7000-8000-{(int)need:D12}");

    /// <summary>The term code, such as <c>waymark-need-loneliness-and-isolation</c>.</summary>
    public static string Code(NeedCategory need) => CodePrefix + Kebab(need.ToString());

    /// <summary>The need a term id stands for, if it is one of Waymark's need terms.</summary>
    public static NeedCategory? NeedOf(Guid termId) =>
        Needs.Cast<NeedCategory?>().FirstOrDefault(n => TermId(n!.Value) == termId);

    /// <summary>The taxonomy itself, as a new entity to store.</summary>
    public static Taxonomy CreateTaxonomy() => Taxonomy.Create(Name, Description, uri: null, version: "1", Id);

    /// <summary>The term for one need, named in the need's own words.</summary>
    public static TaxonomyTerm CreateTerm(NeedCategory need)
    {
        var name = need.Describe();
        return TaxonomyTerm.Create(
            new TaxonomyTermDetails(name, $"Services that help with: {name.ToLowerInvariant()}.", Code(need), TaxonomyName: Name, TaxonomyId: Id, Language: "en"),
            TermId(need));
    }

    private static string Kebab(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
