using System.Text.RegularExpressions;
using Waymark.Domain.Common;
using Waymark.Domain.People;

namespace Waymark.Domain.OnwardReferrals;

/// <summary>
/// A postcode district: the outward code of a postcode ("LS1" of "LS1 1UR"), covering thousands of addresses, so it
/// can be counted and reported without identifying anyone. Never holds a full postcode.
/// </summary>
public static partial class PostcodeDistrict
{
    public const int MaxLength = 4;

    /// <summary>The district of a person's postcode; null when they have none recorded (for example, no fixed address).</summary>
    public static string? FromPostcode(string? postcode, string field = "Area") =>
        Postcode.NormaliseOptional(postcode, field) is { } normalised ? normalised[..normalised.IndexOf(' ', StringComparison.Ordinal)] : null;

    /// <summary>Checks an outward code entered or stored on its own, refusing a full postcode.</summary>
    public static string Parse(string? value, string field = "Area")
    {
        var compact = (value ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (Outward().IsMatch(compact))
        {
            return compact;
        }

        throw new DomainException("Enter the first part of a postcode only, like LS1", field);
    }

    // Area letters, district digit, optional digit or letter; GIR is the historic Girobank outward code.
    [GeneratedRegex("^(GIR|[A-Z]{1,2}[0-9][A-Z0-9]?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Outward();
}
