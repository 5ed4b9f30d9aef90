using Waymark.Domain.Common;

namespace Waymark.Domain.Directory;

/// <summary>
/// ORUK <c>taxonomy_term</c>: one term (a need or kind of service) services are listed under. Terms form a tree by
/// <see cref="ParentId"/>. A feed may name a parent or taxonomy it does not include, so neither is a foreign key:
/// the ids are kept as given and written back.
/// </summary>
public sealed class TaxonomyTerm : Entity
{
    private TaxonomyTerm()
    {
        Name = string.Empty;
        Description = string.Empty;
    }

    /// <summary>ORUK <c>term</c>: the term's code in its taxonomy.</summary>
    public string? Code { get; private set; }

    public string Name { get; private set; }

    public string Description { get; private set; }

    public Guid? ParentId { get; private set; }

    /// <summary>ORUK <c>taxonomy</c>: the taxonomy's name, for feeds that do not publish the taxonomy itself.</summary>
    public string? TaxonomyName { get; private set; }

    public Guid? TaxonomyId { get; private set; }

    /// <summary>HSDS <c>language</c> of the term's name (ISO 639).</summary>
    public string? Language { get; private set; }

    public string? TermUri { get; private set; }

    public static TaxonomyTerm Create(TaxonomyTermDetails details, Guid? id = null)
    {
        var term = new TaxonomyTerm { Id = id is { } given && given != Guid.Empty ? given : Guid.CreateVersion7() };
        term.Update(details);
        return term;
    }

    public void Update(TaxonomyTermDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (details.ParentId == Id)
        {
            throw new DomainException("A term cannot be its own parent", nameof(ParentId));
        }

        var code = Text.Optional(details.Code, nameof(Code), "the term code", 100);
        var name = Text.Required(details.Name, nameof(Name), "the term name", DirectoryText.NameMaxLength);
        var description = Text.Required(details.Description, nameof(Description), "a description of the term", DirectoryText.LongMaxLength);
        var taxonomyName = DirectoryText.Brief(details.TaxonomyName, nameof(TaxonomyName), "the taxonomy name");
        var language = Text.Optional(details.Language, nameof(Language), "the language code", 20)?.ToLowerInvariant();
        var termUri = DirectoryFormats.Url(details.TermUri, nameof(TermUri), "the term's web address");
        (Code, Name, Description, ParentId) = (code, name, description, details.ParentId == Guid.Empty ? null : details.ParentId);
        (TaxonomyName, TaxonomyId, Language, TermUri) = (taxonomyName, details.TaxonomyId == Guid.Empty ? null : details.TaxonomyId, language, termUri);
    }
}

public sealed record TaxonomyTermDetails(
    string? Name,
    string? Description,
    string? Code = null,
    Guid? ParentId = null,
    string? TaxonomyName = null,
    Guid? TaxonomyId = null,
    string? Language = null,
    string? TermUri = null);
