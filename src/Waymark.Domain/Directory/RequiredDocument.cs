using Waymark.Domain.Common;

namespace Waymark.Domain.Directory;

/// <summary>HSDS <c>required_document</c>: something a person must bring or show to use the service.</summary>
public sealed record RequiredDocument
{
    public Guid Id { get; init; }

    public string Document { get; init; } = string.Empty;

    public string? Uri { get; init; }

    public RequiredDocument Validated(string field) => this with
    {
        Document = Text.Required(Document, field + ".Document", "the document needed", DirectoryText.ShortMaxLength),
        Uri = DirectoryFormats.Url(Uri, field + ".Uri"),
    };

    public static List<RequiredDocument> ValidatedList(IEnumerable<RequiredDocument>? documents, string field) =>
        DirectoryText.WithIds(documents, field, d => d.Id, (d, id) => d with { Id = id }, (d, f) => d.Validated(f));
}
