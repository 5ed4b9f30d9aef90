using System.Text.RegularExpressions;
using Waymark.Domain.Common;

namespace Waymark.Domain.People;

/// <summary>
/// UK postcodes, stored upper case with one space before the inward code ("SW1A 1AA"), so area lookups (LSOA,
/// IMD) and searches match however the postcode was typed.
/// </summary>
public static partial class Postcode
{
    public static string Normalise(string? value, string field = "Postcode")
    {
        var compact = (value ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (compact.Length == 0)
        {
            throw new DomainException("Enter a postcode", field);
        }

        return Pattern().IsMatch(compact)
            ? $"{compact[..^3]} {compact[^3..]}"
            : throw new DomainException("Enter a full UK postcode, like LS1 1UR", field);
    }

    public static string? NormaliseOptional(string? value, string field = "Postcode") =>
        string.IsNullOrWhiteSpace(value) ? null : Normalise(value, field);

    // Outward code: area letters, district digit, optional digit or letter; inward code: a digit and two letters.
    // GIR 0AA is the one historic exception still in use.
    [GeneratedRegex("^(GIR0AA|[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
