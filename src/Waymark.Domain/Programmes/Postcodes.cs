using System.Text.RegularExpressions;
using Waymark.Domain.Common;

namespace Waymark.Domain.Programmes;

/// <summary>UK postcode districts (the outward code, e.g. "LS6" or "EC1A"), the unit programme areas are drawn in.</summary>
public static partial class Postcodes
{
    /// <summary>Normalises a postcode district given for a programme area; refuses anything that is not one.</summary>
    public static string District(string? value)
    {
        var cleaned = (value ?? string.Empty).Trim().ToUpperInvariant();
        return DistrictPattern().IsMatch(cleaned)
            ? cleaned
            : throw new DomainException("Enter postcode districts like LS6 or EC1A", "Areas");
    }

    /// <summary>The district of a full postcode ("ls6 2ab" → "LS6"), or null when it is not a postcode.</summary>
    public static string? DistrictOf(string? postcode)
    {
        var compact = (postcode ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (compact.Length < 5 || compact.Length > 7)
        {
            return null;
        }

        var outward = compact[..^3];
        return DistrictPattern().IsMatch(outward) && InwardPattern().IsMatch(compact[^3..]) ? outward : null;
    }

    [GeneratedRegex("^[A-Z]{1,2}[0-9][A-Z0-9]?$")]
    private static partial Regex DistrictPattern();

    [GeneratedRegex("^[0-9][A-Z]{2}$")]
    private static partial Regex InwardPattern();
}
