namespace Waymark.Domain.Directory;

/// <summary>The descriptive fields of a location, as entered or imported.</summary>
public sealed record LocationDetails(
    LocationType LocationType,
    string? Name = null,
    string? Description = null,
    double? Latitude = null,
    double? Longitude = null,
    string? ExternalIdentifier = null,
    string? ExternalIdentifierType = null,
    string? Url = null);
