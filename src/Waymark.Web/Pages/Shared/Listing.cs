using Microsoft.AspNetCore.WebUtilities;

namespace Waymark.Web.Pages.Shared;

/// <summary>Links for list pages that keep the current search, filters and sort as the user pages or re-sorts.</summary>
public static class Listing
{
    /// <summary>The path with the non-empty values as a query string.</summary>
    public static string Url(string path, IEnumerable<KeyValuePair<string, string?>> query) =>
        QueryHelpers.AddQueryString(path, query.Where(q => !string.IsNullOrEmpty(q.Value)));
}

/// <summary>
/// A column heading that sorts the table by that column, for the _SortableHeader partial. Direction is "ascending"
/// or "descending" when the table is sorted by this column, otherwise null.
/// </summary>
public sealed record SortHeader(string Text, string Href, string? Direction);

/// <summary>
/// The NHS.UK numbered pagination: first, last, and the pages either side of the current one, with ellipses
/// between (1 … 4 5 6 … 12).
/// </summary>
public sealed record Pager(int Page, int TotalPages, Func<int, string> Href)
{
    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < TotalPages;

    /// <summary>Page numbers to show, in order; null marks an ellipsis.</summary>
    public IReadOnlyList<int?> Items()
    {
        var shown = new SortedSet<int> { 1, TotalPages, Page - 1, Page, Page + 1 };
        shown.RemoveWhere(n => n < 1 || n > TotalPages);
        var items = new List<int?>();
        var previous = 0;
        foreach (var number in shown)
        {
            if (number - previous > 1)
            {
                items.Add(null);
            }

            items.Add(number);
            previous = number;
        }

        return items;
    }
}
