namespace Waymark.Domain.Directory;

/// <summary>
/// ORUK <c>attribute</c> on a service: a link to a taxonomy term (what the service offers, who it is for), with the
/// ORUK <c>link_type</c>. Stored as rows so services can be found by term.
/// </summary>
public sealed record ServiceAttribute
{
    public Guid Id { get; init; }

    public Guid TaxonomyTermId { get; init; }

    public string? LinkType { get; init; }

    public ServiceAttribute Validated(string field) => TaxonomyTermId == Guid.Empty
        ? throw new Common.DomainException("Select a taxonomy term", field + ".TaxonomyTermId")
        : this with { LinkType = DirectoryText.Brief(LinkType, field + ".LinkType", "the link type") };

    public static List<ServiceAttribute> ValidatedList(IEnumerable<ServiceAttribute>? attributes, string field) =>
        DirectoryText.WithIds(attributes, field, a => a.Id, (a, id) => a with { Id = id }, (a, f) => a.Validated(f));
}
