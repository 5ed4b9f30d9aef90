using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Directory;
using Waymark.Domain.OnwardReferrals;
using Waymark.Domain.People;
using Waymark.Domain.Referrals;
using Waymark.Domain.Staff;
using Waymark.Web.Features.Common;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Features.ServicesDirectory;
using Waymark.Web.Features.Timeline;

namespace Waymark.Web.Features.OnwardReferrals;

/// <summary>
/// Reads onward referrals for each side: the link worker's (scoped by the episode, audited as a read of the person),
/// the partner's (their own organisation's direct referrals, only what is shared), a caseload summary, the services
/// to choose from, and the gap register's counts. The response deadline is <c>OnwardReferrals:ResponseWorkingDays</c>
/// working days (default 10) in England and Wales.
/// </summary>
public sealed class OnwardReferralQueries(AppDbContext db, EpisodeAccess access, AuditTrail audit, TimeProvider clock, IConfiguration configuration)
{
    public const int MaxServiceOptions = 20;

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

    private DateOnly Today => OnwardReferralClock.Today(clock.GetUtcNow());

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

    /// <summary>The partner's inbox: their organisation's sent direct referrals, newest first, optionally of one status.</summary>
    public async Task<Paged<PartnerInboxRow>> PartnerInboxAsync(
        ClaimsPrincipal user, OnwardReferralStatus? status, int? page, int? pageSize, CancellationToken cancellationToken = default)
    {
        var query = PartnerScope.Referrals(db, user).AsNoTracking();
        if (status is { } only)
        {
            query = query.Where(r => r.Status == only);
        }

        var paged = await query.OrderByDescending(r => r.SentAt).ThenBy(r => r.Id).ToPagedAsync(page, pageSize, cancellationToken);
        var personIds = paged.Items.Select(r => r.PersonId).Distinct().ToList();
        var serviceIds = paged.Items.Select(r => r.ServiceId).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.GivenName, p.FamilyName, p.PreferredName }).ToDictionaryAsync(p => p.Id, cancellationToken);
        var services = await ServiceNamesAsync(serviceIds, cancellationToken);
        var today = Today;
        var rows = paged.Items.Select(r =>
        {
            var person = people[r.PersonId];
            return new PartnerInboxRow(
                r.Id, Name(person.GivenName, person.FamilyName, person.PreferredName), services.GetValueOrDefault(r.ServiceId)?.Name ?? "Unknown service",
                r.Status, r.Status.ToFhirCode(), r.SentAt, r.IsAwaitingResponseTooLong(today, ResponseWorkingDays, Holidays));
        }).ToList();
        return new Paged<PartnerInboxRow>(rows, paged.Page, paged.PageSize, paged.TotalCount);
    }

    /// <summary>
    /// One referral for a partner user of the receiving organisation (else 404): only the shared items, projected from
    /// the person's record now. Audited as a read of the person.
    /// </summary>
    public async Task<PartnerReferralView> PartnerGetAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken = default)
    {
        var referral = await PartnerScope.Referrals(db, user).AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw OnwardReferralNotFound.For(id);
        await audit.RecordReadAsync<Person>(referral.PersonId, cancellationToken);
        var person = await db.People.AsNoTracking().SingleAsync(p => p.Id == referral.PersonId, cancellationToken);
        var service = (await ServiceNamesAsync([referral.ServiceId], cancellationToken)).GetValueOrDefault(referral.ServiceId);
        var teamName = await db.Episodes.Where(e => e.Id == referral.EpisodeId)
            .Join(db.Teams, e => e.TeamId, t => t.Id, (e, t) => t.Name).SingleOrDefaultAsync(cancellationToken);
        var names = await NamesAsync([referral], cancellationToken);
        var extra = referral.SharedData.Extra;
        var needs = person.CommunicationNeeds;
        return new PartnerReferralView(
            referral.Id,
            service?.Name ?? "Unknown service",
            referral.Status,
            referral.Status.ToFhirCode(),
            referral.SentAt,
            referral.ResponseDueOn(ResponseWorkingDays, Holidays),
            referral.IsAwaitingResponseTooLong(Today, ResponseWorkingDays, Holidays),
            Name(person.GivenName, person.FamilyName, person.PreferredName),
            person.Phone,
            person.Email,
            needs.PreferredTimes,
            referral.AgreedReason,
            referral.Accompanied,
            names.GetValueOrDefault(referral.CreatedBy),
            teamName,
            extra,
            extra.HasFlag(SharedDataItems.DateOfBirth) ? person.DateOfBirth : null,
            extra.HasFlag(SharedDataItems.Address)
                ? new[] { person.Address.Line1, person.Address.Line2, person.Address.Town, person.Address.Postcode }.OfType<string>().ToList()
                : null,
            extra.HasFlag(SharedDataItems.CommunicationNeeds) ? CommunicationNeedsInWords(needs) : null,
            extra.HasFlag(SharedDataItems.RiskSummary)
                ? [.. person.RiskFlags.Select(f => f.Describe()), .. person.RiskNote is { } note ? new[] { note } : []]
                : null,
            extra.HasFlag(SharedDataItems.RelevantConditions) ? person.LongTermConditions.Select(c => c.DisplayName()).ToList() : null,
            History(referral, names));
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

    /// <summary>Services taking referrals now whose name (or organisation, or description) has the words typed.</summary>
    public async Task<IReadOnlyList<ReferralServiceOption>> ServicesTakingReferralsAsync(string? search, CancellationToken cancellationToken = default)
    {
        var query = db.Services.AsNoTracking()
            .Where(Service.TakingReferrals)
            .WithWords(search); // the directory's text search (TextSearch): every word begins a word of the listing

        return await query.OrderBy(s => s.Name).ThenBy(s => s.Id).Take(MaxServiceOptions)
            .Select(s => new ReferralServiceOption(s.Id, s.Name, s.OrganisationName, s.ReferralMethod, s.WaitingDays,
                Service.TakesReferrals(s.AcceptingReferrals, s.OperatingStatus)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>One service to refer to, whatever its status (the form says when it is not taking referrals).</summary>
    public async Task<ReferralServiceOption?> ServiceAsync(Guid serviceId, CancellationToken cancellationToken = default) =>
        await db.Services.AsNoTracking().Where(s => s.Id == serviceId)
            .Select(s => new ReferralServiceOption(s.Id, s.Name, s.OrganisationName, s.ReferralMethod, s.WaitingDays,
                Service.TakesReferrals(s.AcceptingReferrals, s.OperatingStatus)))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>The first need the person was referred for, to preselect on "record an unmet need". Access already checked.</summary>
    public async Task<NeedCategory?> FirstReferredNeedAsync(Guid episodeId, CancellationToken cancellationToken = default)
    {
        var needs = await db.Episodes.Where(e => e.Id == episodeId)
            .Join(db.Referrals, e => e.ReferralId, r => r.Id, (e, r) => r).AsNoTracking()
            .Select(r => r.Needs).FirstOrDefaultAsync(cancellationToken);
        return needs?.Select(n => (NeedCategory?)n.Category).FirstOrDefault(n => n != NeedCategory.Other);
    }

    /// <summary>
    /// The gap register in counts by month, need and area (postcode district; null where the person had no postcode):
    /// service managers see their provider's teams, commissioners every team. Nothing about any person.
    /// </summary>
    public async Task<IReadOnlyList<GapCount>> GapCountsAsync(ClaimsPrincipal user, DateOnly? from = null, CancellationToken cancellationToken = default)
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
        return counts.Select(c => new GapCount(c.Month, c.Need, c.Area, c.Count))
            .OrderByDescending(c => c.Month).ThenBy(c => c.Need).ThenBy(c => c.Area, StringComparer.Ordinal).ToList();
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

    private static List<string> CommunicationNeedsInWords(CommunicationNeeds needs)
    {
        var words = new List<string>();
        if (needs.PreferredLanguage is { } language)
        {
            words.Add(needs.NeedsInterpreter ? $"Speaks {language}; needs an interpreter" : $"Preferred language: {language}");
        }
        else if (needs.NeedsInterpreter)
        {
            words.Add("Needs an interpreter");
        }

        if (!needs.CanReadEnglishLetters)
        {
            words.Add("Cannot read letters in English");
        }

        if (needs.NeedsEasyRead)
        {
            words.Add("Needs easy read");
        }

        if (needs.NeedsLargePrint)
        {
            words.Add("Needs large print");
        }

        words.AddRange(Enum.GetValues<HearingNeeds>().Where(h => h != HearingNeeds.None && needs.Hearing.HasFlag(h)).Select(h => h.Describe()));
        words.AddRange(Enum.GetValues<SightNeeds>().Where(s => s != SightNeeds.None && needs.Sight.HasFlag(s)).Select(s => s.Describe()));
        if (needs.DigitalAccess != DigitalAccess.Internet)
        {
            words.Add(needs.DigitalAccess.Describe());
        }

        return words.Count == 0 ? ["None recorded"] : words;
    }

    private sealed record ServiceName(Guid Id, string Name, string OrganisationName);
}
