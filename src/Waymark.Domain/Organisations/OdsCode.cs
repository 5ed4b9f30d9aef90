using System.Text.RegularExpressions;
using Waymark.Domain.Common;

namespace Waymark.Domain.Organisations;

/// <summary>
/// Organisation Data Service codes: 3 to 10 letters and digits (GP practices are a letter and five digits, such as
/// A81001). Stored upper case so lookups are exact.
/// </summary>
public static partial class OdsCode
{
    public static string Normalise(string? value, string field = "OdsCode")
    {
        var code = value?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(code))
        {
            throw new DomainException("Enter the ODS code", field);
        }

        return Pattern().IsMatch(code)
            ? code
            : throw new DomainException("Enter an ODS code of 3 to 10 letters and numbers, like A81001", field);
    }

    [GeneratedRegex("^[A-Z0-9]{3,10}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
