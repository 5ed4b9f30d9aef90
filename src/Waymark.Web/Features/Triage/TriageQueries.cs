using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Episodes;
using Waymark.Domain.People;
using Waymark.Domain.Programmes;
using Waymark.Domain.Referrals;
using Waymark.Web.Features.Allocation;
using Waymark.Web.Features.Common;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Features.People;

namespace Waymark.Web.Features.Triage;

/// <summary>A referral waiting for triage, as listed for the senior link worker.</summary>
public sealed record TriageListItem(
    Guid EpisodeId, string PersonName, string? NhsNumber, Urgency Urgency, ReferralSource Source, DateTimeOffset ReceivedAt,
    int DaysSinceReceived, IReadOnlyList<NeedCategory> Needs);

/// <summary>The referral as the referrer made it.</summary>
public sealed record ReferralForTriage(
    ReferralSource Source, string? ReferrerName, string? ReferringOrganisation, Urgency Urgency, bool PersonAgreed,
    DateTimeOffset ReceivedAt, int DaysSinceReceived, IReadOnlyList<ReferralNeed> Needs, string? ReferrerNotes);

/// <summary>What triage needs to know about the person: who they are, how to reach them and what to be careful of.</summary>
public sealed record TriagePerson(
    int Age, string? PracticeName, string? Postcode, string? Phone, string? Email, IReadOnlyCollection<LongTermCondition> Conditions,
    IReadOnlyCollection<RiskFlag> RiskFlags, string? RiskNote, bool IsCarer, CommunicationNeeds CommunicationNeeds);

/// <summary>The programme the referral is for and how the person measures up against its rules.</summary>
public sealed record TriageEligibility(string ProgrammeName, EligibilityResult Result);

/// <summary>Everything on the triage page for one referral.</summary>
public sealed record TriageView(
    EpisodeHeader Header, ReferralForTriage Referral, TriagePerson Person, TriageEligibility? Eligibility,
    IReadOnlyList<PersonMatchView> PossibleDuplicates, TriageDecision? Decision);

/// <summary>The team's referrals waiting for triage, and one referral with all triage needs to decide it.</summary>
public sealed class TriageQueries(
    AppDbContext db, EpisodeAccess access, EpisodeHeaders headers, FindMatchingPeople matching, TimeProvider clock)
{
    /// <summary>Referred episodes the caller may see, oldest first: people should be triaged in the order they asked.</summary>
    public async Task<Paged<TriageListItem>> ListAsync(ClaimsPrincipal user, int? page, int? pageSize, CancellationToken cancellationToken = default)
    {
        var found = await (
                from e in access.Visible(user).Where(e => e.Status == EpisodeStatus.Referred)
                join r in db.Referrals on e.ReferralId equals r.Id
                join p in db.People on e.PersonId equals p.Id
                orderby r.ReceivedAt, e.Id
                select new
                {
                    e.Id,
                    p.GivenName,
                    p.FamilyName,
                    p.PreferredName,
                    p.NhsNumber,
                    r.Urgency,
                    r.Source,
                    r.ReceivedAt,
                    // The identity key keeps the referrer's order; a projected collection has none of its own on PostgreSQL.
                    Needs = r.Needs.OrderBy(n => EF.Property<int>(n, "Id")).Select(n => n.Category).ToList(),
                })
            .AsNoTracking()
            .ToPagedAsync(page, pageSize, cancellationToken);
        var now = clock.GetUtcNow();
        return new Paged<TriageListItem>(
            [.. found.Items.Select(r => new TriageListItem(
                r.Id, $"{r.PreferredName ?? r.GivenName} {r.FamilyName}", r.NhsNumber?.Value, r.Urgency, r.Source, r.ReceivedAt,
                WaitingListQuery.DaysBetween(r.ReceivedAt, now), r.Needs))],
            found.Page, found.PageSize, found.TotalCount);
    }

    /// <summary>One referral to triage (or already triaged), audited as a read of the person's record.</summary>
    public async Task<TriageView> LoadAsync(ClaimsPrincipal user, Guid episodeId, CancellationToken cancellationToken = default)
    {
        var header = await headers.LoadAsync(user, episodeId, cancellationToken);
        var episode = await db.Episodes.AsNoTracking().SingleAsync(e => e.Id == episodeId, cancellationToken);
        var referral = await db.Referrals.AsNoTracking().SingleAsync(r => r.Id == episode.ReferralId, cancellationToken);
        var person = await db.People.AsNoTracking().SingleAsync(p => p.Id == episode.PersonId, cancellationToken);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);

        var referrerName = referral.ReferrerUserId is { } referrerId
            ? await db.Users.Where(u => u.Id == referrerId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken)
            : null;
        var organisationIds = new[] { referral.ReferringOrganisationId, person.RegisteredPracticeId }.OfType<Guid>().ToList();
        var organisations = await db.Organisations.Where(o => organisationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        string? NameOf(Guid? id) => id is { } known && organisations.TryGetValue(known, out var name) ? name : null;

        TriageEligibility? eligibility = null;
        if (episode.ProgrammeId is { } programmeId
            && await db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == programmeId, cancellationToken) is { } programme)
        {
            eligibility = new TriageEligibility(programme.Name, Eligibility.Evaluate(programme, FactsOf(person, today)));
        }

        var matches = await matching.ExecuteAsync(user, person.NhsNumber, person.GivenName, person.FamilyName, person.DateOfBirth, cancellationToken);
        return new TriageView(
            header,
            new ReferralForTriage(referral.Source, referrerName, NameOf(referral.ReferringOrganisationId), referral.Urgency, referral.PersonAgreed,
                referral.ReceivedAt, WaitingListQuery.DaysBetween(referral.ReceivedAt, now), referral.Needs, referral.ReferrerNotes),
            new TriagePerson(person.AgeOn(today), NameOf(person.RegisteredPracticeId), person.Address.Postcode, person.Phone, person.Email,
                person.LongTermConditions, person.RiskFlags, person.RiskNote, person.IsCarer, person.CommunicationNeeds),
            eligibility,
            [.. matches.Where(m => m.Id != person.Id)],
            episode.TriageDecision);
    }

    /// <summary>What the programme's rules look at, from the person's record today.</summary>
    public static EligibilityFacts FactsOf(Person person, DateOnly today) =>
        new(person.AgeOn(today), person.LongTermConditions, person.RegisteredPracticeId, person.Address.Postcode);
}
