using Waymark.Domain.Directory;

namespace Waymark.Web.Features.OpenReferral;

/// <summary>Distances on the Earth's surface, for proximity search.</summary>
public static class Distance
{
    private const double MetresPerDegreeOfLatitude = 111_320;

    public static double Metres(double lat1, double lon1, double lat2, double lon2) =>
        GeoDistance.Kilometres(lat1, lon1, lat2, lon2) * 1000;

    /// <summary>A latitude/longitude box that holds every point within <paramref name="metres"/> (a little more, never less).</summary>
    public static (double MinLat, double MaxLat, double MinLon, double MaxLon) Box(double latitude, double longitude, double metres)
    {
        var dLat = metres / MetresPerDegreeOfLatitude * 1.01;
        var cos = Math.Cos(Math.Min(89, Math.Abs(latitude) + dLat) * Math.PI / 180);
        var dLon = Math.Min(180, metres / (MetresPerDegreeOfLatitude * cos) * 1.01);
        return (latitude - dLat, latitude + dLat, longitude - dLon, longitude + dLon);
    }

    /// <summary>The point, when both parts are given and on the globe (feeds carry placeholders like 100, 101).</summary>
    public static (double Latitude, double Longitude)? Usable(double? latitude, double? longitude) =>
        latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180 ? (latitude.Value, longitude.Value) : null;
}
