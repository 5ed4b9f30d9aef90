namespace Waymark.Domain.Directory;

/// <summary>ORUK <c>service_area</c>: where a service is available, in words and optionally as an extent.</summary>
public sealed record ServiceArea
{
    public Guid Id { get; init; }

    public string? Name { get; init; }

    /// <summary>ORUK <c>service_area</c>: the area described in words.</summary>
    public string? Description { get; init; }

    /// <summary>A geometry (ORUK <c>extent</c>), in the form <see cref="ExtentType"/> names (geojson, topojson, kml, text).</summary>
    public string? Extent { get; init; }

    public string? ExtentType { get; init; }

    public string? Uri { get; init; }

    public ServiceArea Validated(string field) => this with
    {
        Name = DirectoryText.Lengthy(Name, field + ".Name", "the area's name"),
        Description = DirectoryText.Lengthy(Description, field + ".Description", "the area's description"),
        Extent = Common.Text.Optional(Extent, field + ".Extent", "the area's extent", 100_000),
        ExtentType = DirectoryText.Brief(ExtentType, field + ".ExtentType", "the kind of extent"),
        Uri = DirectoryText.Brief(Uri, field + ".Uri", "the area's URI"),
    };

    public static List<ServiceArea> ValidatedList(IEnumerable<ServiceArea>? areas, string field) =>
        DirectoryText.WithIds(areas, field, a => a.Id, (a, id) => a with { Id = id }, (a, f) => a.Validated(f));
}
