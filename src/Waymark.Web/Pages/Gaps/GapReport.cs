using System.Security.Claims;
using Waymark.Domain.Common;
using Waymark.Web.Features.OnwardReferrals;

namespace Waymark.Web.Pages.Gaps;

/// <summary>
/// The service gap register for the last twelve months, in protected counts only: by need, and by month, need and
/// area (counts from 1 to 4 show as "fewer than 5", the rest are rounded to the nearest 5).
/// </summary>
public sealed record GapReport(GapRegister Register, DateOnly From)
{
    public static async Task<GapReport> LoadAsync(OnwardReferralQueries queries, ClaimsPrincipal user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var today = UkTime.Today(now);
        var from = new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
        return new GapReport(await queries.GapRegisterAsync(user, from, cancellationToken), from);
    }
}
