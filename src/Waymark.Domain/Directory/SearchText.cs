using System.Globalization;
using System.Text;

namespace Waymark.Domain.Directory;

/// <summary>
/// The one text normalisation for directory search: lower case, accents removed, anything that is not a letter or
/// digit turned into a single space. Listings store their words this way and searches normalise the query the same
/// way, so "Café" finds "cafe" and "walking-group" finds "walking group" on either database. A listing's distinct
/// words are also kept as rows (<see cref="SearchWord"/>): a search word matches a listing with a word that begins
/// with it ("walk" finds "walking"), found by an index range (<see cref="PrefixRange"/>) rather than a scan.
/// </summary>
public static class SearchText
{
    /// <summary>Longer words are cut to this length, in listings and searches alike (a word index entry stays small).</summary>
    public const int MaxWordLength = 100;

    /// <summary>The distinct words of some text, normalised and cut to <see cref="MaxWordLength"/>, in order of first use.</summary>
    public static IReadOnlyList<string> Words(string? text) =>
        [.. Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Length > MaxWordLength ? w[..MaxWordLength] : w)
            .Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// The range of words that begin with <paramref name="prefix"/>: from the prefix itself up to (not including) the
    /// prefix with its last character moved on by one ("walk" → "wall"). Words compare by code point on both databases
    /// (SQLite's binary collation, PostgreSQL's "C"), so the range is exactly the words with that prefix and an index
    /// on the word serves it.
    /// </summary>
    public static (string From, string Before) PrefixRange(string prefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        var last = prefix[^1];
        return last == char.MaxValue ? (prefix, prefix + char.MaxValue) : (prefix, prefix[..^1] + (char)(last + 1));
    }

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
