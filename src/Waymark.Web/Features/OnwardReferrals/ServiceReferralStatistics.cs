using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Common;
using Waymark.Domain.OnwardReferrals;

namespace Waymark.Web.Features.OnwardReferrals;

/// <summary>
/// Referrals to one service over the last year, for link workers choosing where to refer (issue 4, item 13): how
/// many were sent, accepted and started, and how many working days the service usually takes to answer a direct
/// referral (the median, so one slow reply does not skew it). Counts only: nothing about the people referred.
/// </summary>
public sealed record ServiceReferralStatistics(int Sent, int Accepted, int Started, int Answered, int? UsualReplyWorkingDays)
{
    public const int PeriodDays = 365;
}

/// <summary>Works out <see cref="ServiceReferralStatistics"/> from the referrals' status history.</summary>
public sealed class ServiceReferralStatisticsQuery(AppDbContext db, TimeProvider clock)
{
    public async Task<ServiceReferralStatistics> ForServiceAsync(Guid serviceId, CancellationToken cancellationToken = default)
    {
        var since = clock.GetUtcNow().AddDays(-ServiceReferralStatistics.PeriodDays);
        var referrals = await db.OnwardReferrals.AsNoTracking()
            .Where(r => r.ServiceId == serviceId && r.SentAt != null && r.SentAt >= since)
            .Select(r => new
            {
                r.Kind,
                r.SentAt,
                r.AnsweredAt,
                Accepted = r.History.Any(h => h.Status == OnwardReferralStatus.Accepted),
                Started = r.History.Any(h => h.Status == OnwardReferralStatus.InProgress),
            })
            .ToListAsync(cancellationToken);

        var replies = referrals
            .Where(r => r.Kind == OnwardReferralKind.Direct && r.AnsweredAt is not null)
            .Select(r => WorkingDays.Between(UkTime.Today(r.SentAt!.Value), UkTime.Today(r.AnsweredAt!.Value), BankHolidays.EnglandAndWales))
            .Order()
            .ToList();
        return new ServiceReferralStatistics(
            referrals.Count,
            referrals.Count(r => r.Accepted),
            referrals.Count(r => r.Started),
            replies.Count,
            replies.Count == 0 ? null : replies[(replies.Count - 1) / 2]);
    }
}
