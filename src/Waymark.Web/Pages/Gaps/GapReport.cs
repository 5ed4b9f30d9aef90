using System.Security.Claims;
using Waymark.Domain.Referrals;
using Waymark.Web.Features.OnwardReferrals;

namespace Waymark.Web.Pages.Gaps;

/// <summary>The service gap register for the last twelve months, in counts only: by need, and by month, need and area.</summary>
public sealed record GapReport(IReadOnlyList<GapCount> Counts, DateOnly From)
{
    public IReadOnlyList<(NeedCategory Need, int Count)> ByNeed =>
        [.. Counts.GroupBy(c => c.Need).Select(g => (g.Key, g.Sum(c => c.Count))).OrderByDescending(n => n.Item2).ThenBy(n => n.Key)];

    public static async Task<GapReport> LoadAsync(OnwardReferralQueries queries, ClaimsPrincipal user, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var from = new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
        return new GapReport(await queries.GapCountsAsync(user, from, cancellationToken), from);
    }
}
