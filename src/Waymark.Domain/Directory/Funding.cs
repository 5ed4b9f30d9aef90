namespace Waymark.Domain.Directory;

/// <summary>ORUK <c>funding</c>: where a service's money comes from.</summary>
public sealed record Funding
{
    public Guid Id { get; init; }

    public string? Source { get; init; }

    public Funding Validated(string field) => this with { Source = DirectoryText.Lengthy(Source, field + ".Source", "the source of funding") };

    public static List<Funding> ValidatedList(IEnumerable<Funding>? funding, string field) =>
        DirectoryText.WithIds(funding, field, f => f.Id, (f, id) => f with { Id = id }, (f, name) => f.Validated(name));
}
