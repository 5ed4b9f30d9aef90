using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Domain.OnwardReferrals;
using Waymark.Domain.People;
using Waymark.Web.Features.Common;
using Waymark.Web.Features.Timeline;

namespace Waymark.Web.Features.OnwardReferrals;

/// <summary>The partner's side: their organisation's inbox and one referral, showing only what is shared.</summary>
public sealed partial class OnwardReferralQueries
{
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
}
