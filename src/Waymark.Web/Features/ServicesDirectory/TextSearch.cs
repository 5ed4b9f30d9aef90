using System.Linq.Expressions;
using Waymark.Domain.Directory;

namespace Waymark.Web.Features.ServicesDirectory;

/// <summary>
/// The one text search over directory listings, shared by the directory search, the ORUK API, onward referrals and
/// matching. The query is normalised like the listings (<see cref="SearchText.Normalise"/>) and split into words;
/// every word must begin a word of the listing ("walk group" finds "Walking groups", "cafe" finds "Café Connect").
/// Each word is an index range on <c>service_search_words</c> (<see cref="SearchText.PrefixRange"/>), never a scan.
/// </summary>
public static class TextSearch
{
    /// <summary>Searches with more words than this use the first ones (each word is one more lookup).</summary>
    public const int MaxWords = 8;

    /// <summary>The query's distinct search words (none when it has no letters or digits).</summary>
    public static IReadOnlyList<string> Words(string? text) => [.. SearchText.Words(text).Take(MaxWords)];

    /// <summary>Listings with a word beginning with every word of <paramref name="text"/>; all of them when it has none.</summary>
    public static IQueryable<Service> WithWords(this IQueryable<Service> query, string? text)
    {
        ArgumentNullException.ThrowIfNull(query);
        foreach (var word in Words(text))
        {
            query = query.Where(HasWordStartingWith(word));
        }

        return query;
    }

    /// <summary>Listings with a word that begins with <paramref name="prefix"/> (a normalised word).</summary>
    public static Expression<Func<Service, bool>> HasWordStartingWith(string prefix)
    {
        var (from, before) = SearchText.PrefixRange(prefix);

        // string.Compare becomes a plain SQL comparison (binary on SQLite, "C" on PostgreSQL), which the index serves.
#pragma warning disable CA1309, CA1310
        return s => s.SearchWords.Any(w => string.Compare(w.Word, from) >= 0 && string.Compare(w.Word, before) < 0);
#pragma warning restore CA1309, CA1310
    }
}
