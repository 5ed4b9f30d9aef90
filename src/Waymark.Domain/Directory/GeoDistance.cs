namespace Waymark.Domain.Directory;

/// <summary>Great-circle distance between two points (haversine), good to a few metres at the scale of a town.</summary>
public static class GeoDistance
{
    public const double KilometresPerMile = 1.609344;

    private const double EarthRadiusKm = 6371.0088;

    public static double Kilometres(double fromLatitude, double fromLongitude, double toLatitude, double toLongitude)
    {
        var dLat = Radians(toLatitude - fromLatitude);
        var dLon = Radians(toLongitude - fromLongitude);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(Radians(fromLatitude)) * Math.Cos(Radians(toLatitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    public static double Miles(double kilometres) => kilometres / KilometresPerMile;

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
