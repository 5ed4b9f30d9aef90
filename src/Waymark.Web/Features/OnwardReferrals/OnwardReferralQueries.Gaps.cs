using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Domain.Common;
using Waymark.Domain.Referrals;
using Waymark.Domain.Staff;

namespace Waymark.Web.Features.OnwardReferrals;

/// <summary>The service gap register in counts, with small numbers suppressed (<see cref="SmallNumbers"/>).</summary>
public sealed partial class OnwardReferralQueries
{
    /// <summary>
    /// The gap register by month, need and area (postcode district; null where the person had no postcode), and by
    /// need over the whole time: service managers see their provider's teams, commissioners every team. Nothing about
    /// any person, and no true count under 5: every count is protected by <see cref="SmallNumbers"/> (1 to 4 suppressed,
    /// the rest rounded to the nearest 5; the totals by need are protected from the true counts).
    /// </summary>
    public async Task<GapRegister> GapRegisterAsync(ClaimsPrincipal user, DateOnly? from = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var gaps = db.UnmetNeeds.AsNoTracking();
        if (!user.IsInRole(StaffRoles.Name(StaffRole.Commissioner)))
        {
            var teams = access.VisibleTeamIds(user);
            gaps = gaps.Where(n => teams.Contains(n.TeamId));
        }

        if (from is { } start)
        {
            gaps = gaps.Where(n => n.Month >= start);
        }

        var counts = await gaps.GroupBy(n => new { n.Month, n.Need, n.Area })
            .Select(g => new { g.Key.Month, g.Key.Need, g.Key.Area, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var cells = counts
            .Select(c => GapCount.Of(c.Month, c.Need, c.Area, SmallNumbers.Protect(c.Count)))
            .OrderByDescending(c => c.Month).ThenBy(c => c.Need).ThenBy(c => c.Area, StringComparer.Ordinal).ToList();
        var byNeed = counts.GroupBy(c => c.Need)
            .Select(g => GapNeedTotal.Of(g.Key, SmallNumbers.Total(g.Select(c => c.Count))))
            // Ordered by what is shown, never by the true totals, so the order gives nothing away.
            .OrderByDescending(t => t.Count ?? 0).ThenBy(t => t.Need).ToList();
        return new GapRegister(from, cells, byNeed);
    }
}

/// <summary>
/// The gap register as it may be shown: counts by month, need and area, and totals by need, each protected by
/// <see cref="SmallNumbers"/>.
/// </summary>
public sealed record GapRegister(DateOnly? From, IReadOnlyList<GapCount> Counts, IReadOnlyList<GapNeedTotal> ByNeed);

/// <summary>
/// How many gaps were recorded for a need in an area in a month: counts only, no people. <paramref name="Count"/> is
/// rounded to the nearest 5, or null with <paramref name="Suppressed"/> true when it is from 1 to 4.
/// </summary>
public sealed record GapCount(DateOnly Month, NeedCategory Need, string? Area, int? Count, bool Suppressed)
{
    internal static GapCount Of(DateOnly month, NeedCategory need, string? area, ProtectedCount count) =>
        new(month, need, area, count.Value, count.Suppressed);

    /// <summary>The count in words: a number or "fewer than 5".</summary>
    public string Shown => new ProtectedCount(Count).ToString();
}

/// <summary>A need's total over the report's months, protected from the true counts (never a sum of the rounded cells).</summary>
public sealed record GapNeedTotal(NeedCategory Need, int? Count, bool Suppressed)
{
    internal static GapNeedTotal Of(NeedCategory need, ProtectedCount count) => new(need, count.Value, count.Suppressed);

    public string Shown => new ProtectedCount(Count).ToString();
}
