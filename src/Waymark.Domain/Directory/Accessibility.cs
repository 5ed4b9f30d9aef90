namespace Waymark.Domain.Directory;

/// <summary>ORUK <c>accessibility</c>: what a location offers people with disabilities (ramps, hearing loops...).</summary>
public sealed record Accessibility
{
    public Guid Id { get; init; }

    public string? Description { get; init; }

    public string? Details { get; init; }

    public string? Url { get; init; }

    /// <summary>ORUK's <c>accessibility</c> text (the older field, often a copy of the description).</summary>
    public string? Text { get; init; }

    public Accessibility Validated(string field) => this with
    {
        Description = DirectoryText.Lengthy(Description, field + ".Description", "the accessibility description"),
        Details = DirectoryText.Lengthy(Details, field + ".Details", "the accessibility details"),
        Url = DirectoryFormats.Url(Url, field + ".Url", "a link about accessibility"),
        Text = DirectoryText.Lengthy(Text, field + ".Text", "the accessibility text"),
    };

    public static List<Accessibility> ValidatedList(IEnumerable<Accessibility>? items, string field) =>
        DirectoryText.WithIds(items, field, a => a.Id, (a, id) => a with { Id = id }, (a, f) => a.Validated(f));
}
