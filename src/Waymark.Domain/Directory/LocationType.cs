using System.Text.Json.Serialization;

namespace Waymark.Domain.Directory;

/// <summary>ORUK <c>location_type</c> and <c>address_type</c>: physical, postal or virtual.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LocationType>))]
public enum LocationType
{
    Physical,
    Postal,
    Virtual,
}
