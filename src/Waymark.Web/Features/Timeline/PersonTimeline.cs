using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Episodes;
using Waymark.Domain.People;
using Waymark.Domain.Plans;
using Waymark.Domain.Referrals;
using Waymark.Web.Features.Common;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Features.People;
using Waymark.Web.Infrastructure.Problems;

namespace Waymark.Web.Features.Timeline;

/// <summary>What happened on a timeline entry.</summary>
public enum TimelineKind
{
    ReferralReceived = 1,
    TriageDecision = 2,
    Allocation = 3,
    Handover = 4,
    FirstContact = 5,
    Contact = 6,
    Conversation = 7,
    GoalAdded = 8,
    GoalAchieved = 9,
    GoalChanged = 10,
    GoalStopped = 11,
    Discharge = 12,
    CodedEvent = 13,
    GoalStarted = 14,
    GoalReopened = 15,
}

/// <summary>One thing that happened on the person's record, in words, and the episode it belongs to.</summary>
public sealed record TimelineEntry(DateTimeOffset At, TimelineKind Kind, string Title, string? Detail, Guid EpisodeId);

/// <summary>A page of the timeline, newest first, for one person.</summary>
public sealed record PersonTimelineView(Guid PersonId, string PersonName, Paged<TimelineEntry> Entries);

/// <summary>
/// Everything on a person's record in one chronological view, newest first: referrals, triage decisions,
/// allocations and handovers, contacts (with their notes: the callers are case workers), conversations, each change
/// of a goal's status (its own dated entry, from the goal's history), discharges and coded events. Only the episodes
/// the caller may see contribute; the view is audited. Built from one query per kind of record, whatever the number
/// of entries.
/// </summary>
public sealed class PersonTimeline(AppDbContext db, PersonAccess people, EpisodeAccess episodes, AuditTrail audit)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public async Task<PersonTimelineView> ExecuteAsync(
        ClaimsPrincipal user, Guid personId, int? page, int? pageSize, CancellationToken cancellationToken = default)
    {
        var person = await people.Visible(user).AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new { p.GivenName, p.FamilyName, p.PreferredName })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("person", personId);
        await audit.RecordReadAsync<Person>(personId, cancellationToken);

        var entries = await EntriesAsync(user, personId, cancellationToken);
        var size = Math.Clamp(pageSize ?? DefaultPageSize, 1, MaxPageSize);
        var lastPage = Math.Max(1, (int)Math.Ceiling(entries.Count / (double)size));
        var number = Math.Clamp(page ?? 1, 1, lastPage);
        var name = $"{person.PreferredName ?? person.GivenName} {person.FamilyName}";
        return new PersonTimelineView(personId, name,
            new Paged<TimelineEntry>([.. entries.Skip((number - 1) * size).Take(size)], number, size, entries.Count));
    }

    private async Task<List<TimelineEntry>> EntriesAsync(ClaimsPrincipal user, Guid personId, CancellationToken cancellationToken)
    {
        var visible = await episodes.Visible(user).AsNoTracking().Where(e => e.PersonId == personId).ToListAsync(cancellationToken);
        var episodeIds = visible.Select(e => e.Id).ToList();
        var referralIds = visible.Select(e => e.ReferralId).ToList();
        var teamIds = visible.Select(e => e.TeamId).Distinct().ToList();

        var referrals = await db.Referrals.AsNoTracking().Where(r => referralIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var contacts = await db.Contacts.AsNoTracking().Where(c => episodeIds.Contains(c.EpisodeId)).ToListAsync(cancellationToken);
        var conversations = await db.Conversations.AsNoTracking().Where(c => episodeIds.Contains(c.EpisodeId)).ToListAsync(cancellationToken);
        var plans = await db.Plans.AsNoTracking().Where(p => episodeIds.Contains(p.EpisodeId)).ToListAsync(cancellationToken);
        var teams = await db.Teams.Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var organisationIds = referrals.Values.Select(r => r.ReferringOrganisationId).OfType<Guid>().Distinct().ToList();
        var organisations = await db.Organisations.Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);

        var userIds = visible.SelectMany(e => e.Allocations.SelectMany(a => new[] { a.WorkerId, a.By }))
            .Concat(visible.Select(e => e.TriageDecision?.By).OfType<Guid>())
            .Concat(visible.Select(e => e.DischargedBy).OfType<Guid>())
            .Concat(contacts.Select(c => c.RecordedBy))
            .Concat(conversations.Select(c => c.RecordedBy))
            .Concat(plans.SelectMany(p => p.Goals).SelectMany(g => g.History).Select(h => h.By).OfType<Guid>())
            .ToHashSet();
        var names = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        string By(Guid? id) => id is { } known && names.TryGetValue(known, out var name) ? $" by {name}" : string.Empty;
        string NameOf(Guid id) => names.TryGetValue(id, out var name) ? name : "a link worker";

        var entries = new List<TimelineEntry>();
        foreach (var episode in visible)
        {
            var team = teams.GetValueOrDefault(episode.TeamId, "a team");
            if (referrals.TryGetValue(episode.ReferralId, out var referral))
            {
                var from = referral.ReferringOrganisationId is { } org && organisations.TryGetValue(org, out var orgName)
                    ? $" from {orgName}"
                    : string.Empty;
                var needs = string.Join("; ", referral.Needs.Select(n => n.InTheirWords is null ? n.Category.Describe() : $"{n.Category.Describe()}: {n.InTheirWords}"));
                entries.Add(new(referral.ReceivedAt, TimelineKind.ReferralReceived, $"Referral received by {team}",
                    $"{referral.Source.Describe()}{from}. Urgency: {referral.Urgency.Describe().ToLowerInvariant()}. {needs}", episode.Id));
            }

            if (episode.TriageDecision is { } triage)
            {
                var detail = triage.Outcome switch
                {
                    TriageOutcome.Accepted => $"Priority: {triage.Priority?.Describe().ToLowerInvariant()}",
                    TriageOutcome.Declined => triage.DeclineReason?.Describe(),
                    TriageOutcome.Redirected => $"Redirected to {triage.RedirectedTo}",
                    _ => null,
                };
                entries.Add(new(triage.At, TimelineKind.TriageDecision, $"Triage: {triage.Outcome.Describe().ToLowerInvariant()}{By(triage.By)}",
                    Join(detail, triage.Reason, episode.AcceptedWhileIneligible ? $"Accepted although not eligible: {episode.IneligibleAcceptanceReason}" : null),
                    episode.Id));
            }

            foreach (var allocation in episode.Allocations)
            {
                var handover = allocation.Reason is not null;
                entries.Add(new(allocation.From, handover ? TimelineKind.Handover : TimelineKind.Allocation,
                    handover ? $"Handed over to {NameOf(allocation.WorkerId)}" : $"Allocated to {NameOf(allocation.WorkerId)}",
                    Join(allocation.Reason, allocation.OverCapacityReason is null ? null : $"Over capacity: {allocation.OverCapacityReason}"),
                    episode.Id));
            }

            if (episode.FirstContactAt is { } first)
            {
                entries.Add(new(first, TimelineKind.FirstContact, "Support began (first contact)", null, episode.Id));
            }

            if (episode is { DischargeReason: { } reason, DischargedAt: { } dischargedAt })
            {
                entries.Add(new(dischargedAt, TimelineKind.Discharge, $"Discharged{By(episode.DischargedBy)}",
                    Join(reason.Describe(), episode.DischargeSummary), episode.Id));
            }

            entries.AddRange(episode.CodedEvents.Select(coded =>
                new TimelineEntry(coded.At, TimelineKind.CodedEvent, $"Coded: {coded.Display}", $"SNOMED CT {coded.SnomedCode}", episode.Id)));
        }

        entries.AddRange(contacts.Select(c => new TimelineEntry(c.At, TimelineKind.Contact,
            $"{c.Mode.Describe()} – {(c.IsReached ? "reached" : "attempted")}{By(c.RecordedBy)}",
            Join(string.Create(CultureInfo.InvariantCulture, $"Duration: {RecordWords.Minutes(c.DurationMinutes)}"), c.Notes), c.EpisodeId)));
        entries.AddRange(conversations.Select(c => new TimelineEntry(c.At, TimelineKind.Conversation,
            $"\"What matters to me\" conversation{By(c.RecordedBy)}",
            Join(c.WhatMatters is null ? null : $"What matters: {c.WhatMatters}",
                c.Ratings.Count == 0 ? null : string.Create(CultureInfo.InvariantCulture, $"{c.Ratings.Count} areas of life rated")),
            c.EpisodeId)));
        foreach (var plan in plans)
        {
            var words = plan.Goals.ToDictionary(g => g.Id, g => g.InTheirWords);
            foreach (var goal in plan.Goals)
            {
                entries.AddRange(goal.History.Select(change => GoalEntry(goal, change, words, plan.EpisodeId, NameOf)));
            }
        }

        // Newest first; for the same moment, the order things happen in (a referral before its triage decision).
        return [.. entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Kind)];
    }

    /// <summary>One change of a goal's status in plain words: what happened, to which goal, why and who recorded it.</summary>
    private static TimelineEntry GoalEntry(
        Goal goal, GoalStatusChange change, Dictionary<Guid, string> words, Guid episodeId, Func<Guid, string> nameOf)
    {
        var (kind, what) = change.Status switch
        {
            GoalStatus.NotStarted => (TimelineKind.GoalAdded, "Goal added"),
            GoalStatus.InProgress when change.Reason is not null => (TimelineKind.GoalReopened, "Goal reopened"),
            GoalStatus.InProgress => (TimelineKind.GoalStarted, "Goal started"),
            GoalStatus.Achieved => (TimelineKind.GoalAchieved, "Goal achieved"),
            GoalStatus.Changed => (TimelineKind.GoalChanged, "Goal changed"),
            _ => (TimelineKind.GoalStopped, "Goal stopped"),
        };
        var replacedBy = change.Status == GoalStatus.Changed && goal.ReplacedById is { } next && words.TryGetValue(next, out var newWords)
            ? $"Replaced by \u201c{newWords}\u201d"
            : null;
        var reason = change.Reason is null ? null : change.Status == GoalStatus.Stopped ? $"Why it stopped: {change.Reason}" : $"Why it was reopened: {change.Reason}";
        return new TimelineEntry(change.At, kind, $"{what}: \u201c{goal.InTheirWords}\u201d",
            Join(replacedBy, reason, change.By is { } by ? $"Recorded by {nameOf(by)}" : null), episodeId);
    }

    private static string? Join(params string?[] parts)
    {
        var present = parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return present.Count == 0 ? null : string.Join(". ", present.Select(p => p!.TrimEnd('.'))) + ".";
    }
}
