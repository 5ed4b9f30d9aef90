using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Common;
using Waymark.Domain.Directory;
using Waymark.Domain.OnwardReferrals;
using Waymark.Domain.People;
using Waymark.Web.Features.Episodes;

namespace Waymark.Web.Features.OnwardReferrals;

/// <summary>
/// Reads onward referrals for each side: the link worker's (scoped by the episode, audited as a read of the person) and
/// a caseload summary here; the partner's (their own organisation's direct referrals, only what is shared) in
/// <c>OnwardReferralQueries.Partner.cs</c>; the services to choose from in <c>OnwardReferralQueries.Services.cs</c>;
/// the gap register's protected counts in <c>OnwardReferralQueries.Gaps.cs</c>. The response deadline is
/// <c>OnwardReferrals:ResponseWorkingDays</c> working days (default 10) in England and Wales.
/// </summary>
public sealed partial class OnwardReferralQueries(AppDbContext db, EpisodeAccess access, AuditTrail audit, TimeProvider clock, IConfiguration configuration)
{
    private static IReadOnlySet<DateOnly> Holidays => BankHolidays.EnglandAndWales;

    /// <summary>The configured response time in working days (1 to 60; default 10).</summary>
    public int ResponseWorkingDays =>
        Math.Clamp(configuration.GetValue("OnwardReferrals:ResponseWorkingDays", OnwardReferral.DefaultResponseWorkingDays), 1, OnwardReferral.MaxResponseWorkingDays);

    /// <summary>
    /// The wait that puts a person on hold, <c>OnwardReferrals:OnHoldWaitingDays</c> (default six weeks), until
    /// programmes set their own.
    /// </summary>
    public int OnHoldWaitingDays =>
        Math.Clamp(configuration.GetValue("OnwardReferrals:OnHoldWaitingDays", OnHoldRule.DefaultThresholdDays), 0, Service.MaxWaitingDays);

    private DateOnly Today => UkTime.Today(clock.GetUtcNow());

    /// <summary>An episode's referrals for a caller who may see it (else 404); audited as a read of the person.</summary>
    public async Task<IReadOnlyList<OnwardReferralView>> ForEpisodeAsync(ClaimsPrincipal user, Guid episodeId, CancellationToken cancellationToken = default)
    {
        var episode = await access.OpenForReadingAsync(user, episodeId, cancellationToken);
        return await ListForEpisodeAsync(episode.Id, cancellationToken);
    }

    /// <summary>Only once the caller's access has been checked and audited (a page that loaded the episode header).</summary>
    public async Task<IReadOnlyList<OnwardReferralView>> ListForEpisodeAsync(Guid episodeId, CancellationToken cancellationToken = default)
    {
        var referrals = await db.OnwardReferrals.AsNoTracking().Where(r => r.EpisodeId == episodeId)
            .OrderBy(r => r.CreatedAt).ToListAsync(cancellationToken);
        return await DescribeAsync(referrals, cancellationToken);
    }

    /// <summary>One referral for a case worker who may see its episode (else 404); audited as a read of the person.</summary>
    public async Task<OnwardReferralView> GetAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken = default)
    {
        var episodes = access.Visible(user).Select(e => e.Id);
        var referral = await db.OnwardReferrals.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id && episodes.Contains(r.EpisodeId), cancellationToken)
            ?? throw OnwardReferralNotFound.For(id);
        await audit.RecordReadAsync<Person>(referral.PersonId, cancellationToken);
        return (await DescribeAsync([referral], cancellationToken))[0];
    }

    /// <summary>A referral just made or changed by a use case, as the API answers it.</summary>
    public async Task<OnwardReferralView> DescribeAsync(OnwardReferral referral, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(referral);
        return (await DescribeAsync([referral], cancellationToken))[0];
    }

    /// <summary>
    /// For My caseload: per episode, how many onward referrals are active and how many direct ones are overdue for an
    /// answer. Only episodes with an active referral are in the result. The caller has already scoped the episodes.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, EpisodeOnwardReferralSummary>> SummariesForEpisodesAsync(
        IReadOnlyCollection<Guid> episodeIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(episodeIds);
        var active = new[] { OnwardReferralStatus.Requested, OnwardReferralStatus.Accepted, OnwardReferralStatus.InProgress, OnwardReferralStatus.OnHold };
        var referrals = await (
            from r in db.OnwardReferrals.AsNoTracking()
            where episodeIds.Contains(r.EpisodeId) && active.Contains(r.Status)
            join s in db.Services.AsNoTracking() on r.ServiceId equals s.Id
            select new { Referral = r, s.Name, s.OperatingStatus, s.WaitingDays })
            .ToListAsync(cancellationToken);
        var today = Today;
        return referrals.GroupBy(r => r.Referral.EpisodeId).ToDictionary(
            g => g.Key,
            g => new EpisodeOnwardReferralSummary(g.Key, g.Count(), g.Count(r => r.Referral.IsAwaitingResponseTooLong(today, ResponseWorkingDays, Holidays)))
            {
                OnHold = [.. g
                    .Select(r => (r.Referral.ServiceId, r.Name, Assessment: OnHoldRule.Assess(
                        r.Referral, r.OperatingStatus == OperatingStatus.Paused, r.OperatingStatus == OperatingStatus.Closed, r.WaitingDays, OnHoldWaitingDays)))
                    .Where(r => r.Assessment.IsOnHold)
                    .Select(r => new OnHoldFlag(r.ServiceId, r.Name, r.Assessment.Reason!.Value, r.Assessment.Explanation!))],
            });
    }

    private async Task<List<OnwardReferralView>> DescribeAsync(IReadOnlyList<OnwardReferral> referrals, CancellationToken cancellationToken)
    {
        var serviceIds = referrals.Select(r => r.ServiceId).Distinct().ToList();
        var goalIds = referrals.Select(r => r.GoalId).Distinct().ToList();
        var services = await ServiceNamesAsync(serviceIds, cancellationToken);
        var goals = await db.Plans.AsNoTracking().SelectMany(p => p.Goals).Where(g => goalIds.Contains(g.Id))
            .Select(g => new { g.Id, g.InTheirWords }).ToDictionaryAsync(g => g.Id, g => g.InTheirWords, cancellationToken);
        var names = await NamesAsync(referrals, cancellationToken);
        var today = Today;
        return referrals.Select(r =>
        {
            var service = services.GetValueOrDefault(r.ServiceId);
            return new OnwardReferralView(
                r.Id, r.EpisodeId, r.GoalId, goals.GetValueOrDefault(r.GoalId), r.ServiceId, service?.Name ?? "Unknown service",
                service?.OrganisationName ?? string.Empty, r.Kind, r.Accompanied, r.AgreedReason, r.SharedData.Extra, r.SharedData.Consent?.RecordedAt,
                r.Status, r.Status.ToFhirCode(), r.CreatedAt, r.SentAt, r.AnsweredAt,
                r.Kind == OnwardReferralKind.Direct ? r.ResponseDueOn(ResponseWorkingDays, Holidays) : null,
                r.IsAwaitingResponseTooLong(today, ResponseWorkingDays, Holidays), History(r, names));
        }).ToList();
    }

    private static List<OnwardReferralChangeView> History(OnwardReferral referral, Dictionary<Guid, string> names) =>
        referral.History.Select(h => new OnwardReferralChangeView(h.Status, h.At, names.GetValueOrDefault(h.By), h.Actor, h.Reason, h.ReasonText, h.Note)).ToList();

    private async Task<Dictionary<Guid, ServiceName>> ServiceNamesAsync(List<Guid> ids, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? []
            : await db.Services.AsNoTracking().Where(s => ids.Contains(s.Id))
                .Select(s => new ServiceName(s.Id, s.Name, s.OrganisationName)).ToDictionaryAsync(s => s.Id, cancellationToken);

    private async Task<Dictionary<Guid, string>> NamesAsync(IEnumerable<OnwardReferral> referrals, CancellationToken cancellationToken)
    {
        var ids = referrals.SelectMany(r => r.History.Select(h => h.By).Append(r.CreatedBy)).Distinct().ToList();
        return ids.Count == 0
            ? []
            : await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }

    private static string Name(string given, string family, string? preferred) => $"{preferred ?? given} {family}";

    private sealed record ServiceName(Guid Id, string Name, string OrganisationName);
}
