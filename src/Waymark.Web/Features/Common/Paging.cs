using Microsoft.EntityFrameworkCore;

namespace Waymark.Web.Features.Common;

/// <summary>A page of results with what a pager needs. Page numbers start at 1.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    public int TotalPages => TotalCount == 0 ? 1 : (int)Math.Ceiling(TotalCount / (double)PageSize);

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < TotalPages;
}

public static class PagingExtensions
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;

    /// <summary>Counts, then takes one page; out-of-range page numbers and sizes are clamped, not rejected.</summary>
    public static async Task<Paged<T>> ToPagedAsync<T>(this IQueryable<T> query, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var size = Math.Clamp(pageSize ?? DefaultPageSize, 1, MaxPageSize);
        var total = await query.CountAsync(cancellationToken);
        var lastPage = Math.Max(1, (int)Math.Ceiling(total / (double)size));
        var number = Math.Clamp(page ?? 1, 1, lastPage);
        var items = await query.Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new Paged<T>(items, number, size, total);
    }
}
