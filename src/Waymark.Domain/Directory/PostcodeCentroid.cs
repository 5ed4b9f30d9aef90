using Waymark.Domain.Common;

namespace Waymark.Domain.Directory;

/// <summary>
/// The centre of a UK postcode (from an imported CSV of postcode, latitude, longitude), so distance from a person's
/// postcode can be worked out without calling anything outside Waymark. Keyed by the normalised postcode.
/// </summary>
public sealed class PostcodeCentroid
{
    private PostcodeCentroid()
    {
        Postcode = string.Empty;
    }

    public string Postcode { get; private init; }

    public double Latitude { get; private set; }

    public double Longitude { get; private set; }

    public static PostcodeCentroid Create(string? postcode, double latitude, double longitude)
    {
        var centroid = new PostcodeCentroid { Postcode = People.Postcode.Normalise(postcode, nameof(Postcode)) };
        centroid.MoveTo(latitude, longitude);
        return centroid;
    }

    public void MoveTo(double latitude, double longitude)
    {
        if (!double.IsFinite(latitude) || latitude is < -90 or > 90)
        {
            throw new DomainException("Enter a latitude from -90 to 90", nameof(Latitude));
        }

        if (!double.IsFinite(longitude) || longitude is < -180 or > 180)
        {
            throw new DomainException("Enter a longitude from -180 to 180", nameof(Longitude));
        }

        (Latitude, Longitude) = (latitude, longitude);
    }
}
