using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Episodes;
using Waymark.Domain.Referrals;
using Waymark.Web.Infrastructure.Problems;

namespace Waymark.Web.Features.Episodes;

public sealed record EpisodeView(
    Guid Id,
    Guid PersonId,
    Guid TeamId,
    string TeamName,
    string? ProgrammeName,
    EpisodeStatus Status,
    DateTimeOffset CreatedAt,
    ReferralView Referral,
    TriageView? Triage,
    IReadOnlyList<AllocationView> Allocations,
    SupportIntensity? Intensity,
    DateTimeOffset? FirstContactAt,
    DischargeView? Discharge,
    IReadOnlyList<CodedEvent> CodedEvents,
    PreviousEpisodeView? PreviousEpisode)
{
    /// <summary>Why the person said no, when they declined (at triage, while waiting, or before the first contact).</summary>
    public string? PersonDeclinedReason { get; init; }
}

public sealed record ReferralView(
    Guid Id,
    ReferralSource Source,
    string? ReferrerName,
    string? ReferringOrganisationName,
    DateTimeOffset ReceivedAt,
    IReadOnlyList<ReferralNeedView> Needs,
    Urgency Urgency,
    bool PersonAgreed,
    string? ReferrerNotes);

public sealed record ReferralNeedView(NeedCategory Category, string? InTheirWords);

public sealed record TriageView(
    TriageOutcome Outcome,
    string? ByName,
    DateTimeOffset At,
    string? Reason,
    Priority? Priority,
    DeclineReason? DeclineReason,
    string? RedirectedTo,
    bool AcceptedWhileIneligible,
    string? IneligibleAcceptanceReason);

public sealed record AllocationView(
    Guid WorkerId, string? WorkerName, DateTimeOffset From, DateTimeOffset? To, string? Reason, string? OverCapacityReason, string? ByName);

public sealed record DischargeView(DischargeReason Reason, string? Summary, string? ByName, DateTimeOffset At);

/// <summary>The episode before this one, when the person was referred again; <see cref="CanOpen"/> when the caller may see it.</summary>
public sealed record PreviousEpisodeView(Guid? Id, string TeamName, EpisodeStatus Status, bool CanOpen);

/// <summary>
/// An episode as a whole: how it began (the referral), what triage decided, who has held it, and how it ended, with
/// names rather than ids. Outside the caller's scope it is "not found"; every read is audited against the person.
/// </summary>
public sealed class GetEpisode(AppDbContext db, EpisodeAccess access)
{
    /// <summary>Reads the episode and audits the read.</summary>
    public async Task<EpisodeView> ExecuteAsync(ClaimsPrincipal user, Guid episodeId, CancellationToken cancellationToken = default) =>
        await DescribeAsync(user, await access.OpenForReadingAsync(user, episodeId, cancellationToken), cancellationToken);

    /// <summary>
    /// Reads the episode without a second audit event, for a page that has just audited the same view through
    /// <see cref="EpisodeHeaders"/>. Still "not found" outside the caller's scope.
    /// </summary>
    public async Task<EpisodeView> ExecuteAlreadyAuditedAsync(ClaimsPrincipal user, Guid episodeId, CancellationToken cancellationToken = default)
    {
        var episode = await access.Visible(user).AsNoTracking().SingleOrDefaultAsync(e => e.Id == episodeId, cancellationToken)
            ?? throw new NotFoundException("episode", episodeId);
        return await DescribeAsync(user, episode, cancellationToken);
    }

    private async Task<EpisodeView> DescribeAsync(ClaimsPrincipal user, Episode episode, CancellationToken cancellationToken)
    {
        var referral = await db.Referrals.AsNoTracking().SingleAsync(r => r.Id == episode.ReferralId, cancellationToken);
        var teamName = await db.Teams.Where(t => t.Id == episode.TeamId).Select(t => t.Name).SingleAsync(cancellationToken);
        var programmeName = episode.ProgrammeId is { } programmeId
            ? await db.Programmes.Where(p => p.Id == programmeId).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken)
            : null;
        var organisationName = referral.ReferringOrganisationId is { } organisationId
            ? await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken)
            : null;

        var userIds = new HashSet<Guid>(episode.Allocations.SelectMany(a => new[] { a.WorkerId, a.By }));
        AddIfAny(userIds, referral.ReferrerUserId, episode.TriageDecision?.By, episode.DischargedBy);
        var names = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        string? Name(Guid? id) => id is { } known && names.TryGetValue(known, out var name) ? name : null;

        PreviousEpisodeView? previous = null;
        if (episode.PreviousEpisodeId is { } previousId)
        {
            var before = await db.Episodes.Where(e => e.Id == previousId)
                .Join(db.Teams, e => e.TeamId, t => t.Id, (e, t) => new { e.Status, TeamName = t.Name })
                .SingleAsync(cancellationToken);
            var canOpen = await access.Visible(user).AnyAsync(e => e.Id == previousId, cancellationToken);
            previous = new PreviousEpisodeView(canOpen ? previousId : null, before.TeamName, before.Status, canOpen);
        }

        var triage = episode.TriageDecision is { } decision
            ? new TriageView(decision.Outcome, Name(decision.By), decision.At, decision.Reason, decision.Priority, decision.DeclineReason,
                decision.RedirectedTo, episode.AcceptedWhileIneligible, episode.IneligibleAcceptanceReason)
            : null;
        var discharge = episode is { DischargeReason: { } reason, DischargedAt: { } at }
            ? new DischargeView(reason, episode.DischargeSummary, Name(episode.DischargedBy), at)
            : null;

        return new EpisodeView(
            episode.Id, episode.PersonId, episode.TeamId, teamName, programmeName, episode.Status, episode.CreatedAt,
            new ReferralView(referral.Id, referral.Source, Name(referral.ReferrerUserId), organisationName, referral.ReceivedAt,
                [.. referral.Needs.Select(n => new ReferralNeedView(n.Category, n.InTheirWords))], referral.Urgency, referral.PersonAgreed,
                referral.ReferrerNotes),
            triage,
            [.. episode.Allocations.Select(a => new AllocationView(a.WorkerId, Name(a.WorkerId), a.From, a.To, a.Reason, a.OverCapacityReason, Name(a.By)))],
            episode.Intensity,
            episode.FirstContactAt,
            discharge,
            [.. episode.CodedEvents.OrderBy(c => c.At)],
            previous)
        {
            PersonDeclinedReason = episode.PersonDeclinedReason,
        };
    }

    private static void AddIfAny(HashSet<Guid> ids, params Guid?[] more)
    {
        foreach (var id in more)
        {
            if (id is { } known)
            {
                ids.Add(known);
            }
        }
    }
}
