using System.Globalization;
using System.Text;

namespace Waymark.Domain.Directory;

/// <summary>
/// The one text normalisation for directory search: lower case, accents removed, anything that is not a letter or
/// digit turned into a single space. Listings store their words this way and searches normalise the query the same
/// way, so "Café" finds "cafe" and "walking-group" finds "walking group" on either database with a plain LIKE.
/// </summary>
public static class SearchText
{
    public static string Normalise(params IEnumerable<string?> parts)
    {
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            if (string.IsNullOrWhiteSpace(part))
            {
                continue;
            }

            foreach (var c in part.Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                {
                    continue;
                }

                if (char.IsLetterOrDigit(c))
                {
                    text.Append(char.ToLowerInvariant(c));
                }
                else if (text.Length > 0 && text[^1] != ' ')
                {
                    text.Append(' ');
                }
            }

            if (text.Length > 0 && text[^1] != ' ')
            {
                text.Append(' ');
            }
        }

        return text.ToString().TrimEnd().Normalize(NormalizationForm.FormC);
    }
}
