using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Episodes;
using Waymark.Domain.Organisations;
using Waymark.Domain.Referrals;
using Waymark.Domain.Teams;
using Waymark.Web.Features.People;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Features.Referrals;

/// <summary>
/// Makes a referral, whichever way it comes in: finds or registers the person, records the referral, routes it to
/// the team covering the person's GP practice (and that team's first programme, if it has one) and opens an episode
/// — a re-referral linked to the last one when the person's last episode with that team has ended. One save: a
/// referral is never half made.
/// </summary>
/// <remarks>
/// Finding the person: the same NHS number is the same person, so the referral goes to their existing record. The
/// same name and date of birth (without an NHS number to tell them apart) is shown to staff as a possible
/// duplicate (<see cref="DuplicatePersonException"/>, 409 in the API) until they confirm it is someone else. The
/// public self-referral form never reveals whether anyone is known: it always registers a new record (staff
/// de-duplicate at triage), and when the NHS number typed is already on a record, that number goes into the
/// referral's notes instead of onto the new record, which the unique NHS number index would refuse.
/// Staff and systems may instead say which of the matches shown is the person (<see cref="ReferralInput.ExistingPersonId"/>):
/// the choice is checked against the same scoped matching, so only a record the caller was shown for this name and
/// date of birth can be joined; any other id is refused with the same message whether or not it exists.
/// Joining an existing record (by NHS number or by choice) fills in the phone, email and NHS number the record lacks;
/// a phone or email that differs from the record's is left off the record and noted on the referral for triage.
/// </remarks>
public sealed partial class MakeReferral(AppDbContext db, FindMatchingPeople matching, AuditTrail audit, TimeProvider clock)
{
    public const string NotesField = "Notes";
    public const string ExistingPersonField = "ExistingPersonId";
    public const string NotAMatch =
        "The person chosen does not match this name and date of birth. Choose one of the people listed, or choose none of these if it is someone else";
    public const string PracticeField = "PracticeId";
    public const int NotesMaxLength = 3000;

    /// <summary>Sources a team member can choose when entering a referral that came by phone or letter.</summary>
    public static IReadOnlyList<ReferralSource> TeamSources { get; } = [ReferralSource.Practice, ReferralSource.OtherProfessional, ReferralSource.Self];

    /// <summary>A referrer (GP practice staff) refers someone on behalf of their own practice.</summary>
    public Task<ReferralMade> ByReferrerAsync(ClaimsPrincipal user, ReferralInput input, CancellationToken cancellationToken = default)
    {
        var practiceId = user.OrganisationIdOf() ?? throw new InvalidOperationException("A referrer belongs to a practice");
        var referrerId = user.UserId() ?? throw new InvalidOperationException("A referrer is a member of staff");
        return MakeAsync(
            new ReferralRoute(ReferralSource.Practice, practiceId, referrerId, IsPublic: false, NhsNumberRequired: true,
                "No social prescribing team covers your practice yet. Contact the social prescribing service to set this up."),
            user, input, cancellationToken);
    }

    /// <summary>
    /// A link worker or senior link worker enters a referral that came by phone or letter. The practice is the
    /// person's GP practice (it decides the team); a practice referral needs the NHS number, the others may omit it.
    /// </summary>
    public Task<ReferralMade> ByTeamAsync(
        ClaimsPrincipal user, ReferralSource? source, Guid? practiceId, ReferralInput input, CancellationToken cancellationToken = default)
    {
        var staffId = user.UserId() ?? throw new InvalidOperationException("Team referrals are entered by staff");
        if (source is not { } chosen || !TeamSources.Contains(chosen))
        {
            var errors = Check(input, nhsNumberRequired: false, personAgreedImplied: false, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
            if (practiceId is null || practiceId == Guid.Empty)
            {
                errors.Insert(0, new FieldError(PracticeField, "Select the person's GP practice"));
            }

            errors.Insert(0, new FieldError("Source", "Select how the referral came in"));
            throw new InvalidReferralException(errors);
        }

        return MakeAsync(
            new ReferralRoute(chosen, practiceId, staffId, IsPublic: false, NhsNumberRequired: chosen == ReferralSource.Practice,
                "No team covers this GP practice. Select the person's GP practice, or tell your service manager the practice is missing."),
            user, input, cancellationToken);
    }

    /// <summary>
    /// Someone refers themselves through the public form. They must choose their GP practice from the list:
    /// routing "I do not know" to some team would send their details to a team that may not cover them, which would
    /// then have to decline them as outside its area, so the form asks them to find out instead (see the page).
    /// </summary>
    public Task<ReferralMade> SelfReferralAsync(Guid? practiceId, ReferralInput input, CancellationToken cancellationToken = default) =>
        MakeAsync(
            new ReferralRoute(ReferralSource.Self, practiceId, null, IsPublic: true, NhsNumberRequired: false,
                "We cannot take a referral for this GP practice online. Select your GP practice from the list."),
            null, input, cancellationToken);

    /// <summary>The shared core. <paramref name="user"/> is null only for the public form.</summary>
    internal async Task<ReferralMade> MakeAsync(ReferralRoute route, ClaimsPrincipal? user, ReferralInput input, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var errors = Check(input, route.NhsNumberRequired, personAgreedImplied: route.Source == ReferralSource.Self && route.IsPublic, today);
        Team? team = null;
        if (route.PracticeId is not { } practiceId || practiceId == Guid.Empty)
        {
            errors.Insert(0, new FieldError(PracticeField, route.IsPublic ? "Select your GP practice" : "Select the person's GP practice"));
        }
        else if ((team = await CoveringTeamAsync(practiceId, cancellationToken)) is null)
        {
            errors.Insert(0, new FieldError(PracticeField, route.UncoveredMessage));
        }

        if (errors.Count > 0 || team is null)
        {
            throw new InvalidReferralException(errors);
        }

        var practice = route.PracticeId!.Value;
        var (person, existing, note) = await FindOrRegisterAsync(route, user, input, practice, now, cancellationToken);
        var programmeId = await db.Programmes.Where(p => p.TeamId == team.Id)
            .OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
        var history = existing
            ? await db.Episodes.AsNoTracking().Where(e => e.PersonId == person.Id).ToListAsync(cancellationToken)
            : [];
        Episode.EnsureNoOtherOpen(history, programmeId);

        var needs = input.Needs.DistinctBy(n => n.Category).Select(n => ReferralNeed.Of(n.Category, n.InTheirWords)).ToList();
        var notes = WithNote(input.Notes, note);
        var urgency = input.Urgency!.Value;
        var referral = route.Source switch
        {
            ReferralSource.Practice => Referral.FromPractice(practice, route.ReferrerId!.Value, person.Id, needs, input.PersonAgreed, urgency, now,
                route.IdempotencyKey, notes),
            ReferralSource.Self => Referral.SelfReferral(person.Id, needs, urgency, now, route.IdempotencyKey, notes),
            _ => Referral.FromProfessional(route.Source, null, route.ReferrerId!.Value, person.Id, needs, input.PersonAgreed, urgency, now,
                route.IdempotencyKey, notes),
        };

        var previous = history.Where(e => e.TeamId == team.Id).OrderByDescending(e => e.CreatedAt).FirstOrDefault();
        var episode = previous is { } last && last.Status.IsEnded()
            ? Episode.ReReferral(last, referral.Id, programmeId, team.Id, now)
            : Episode.Open(person.Id, referral.Id, programmeId, team.Id, now);

        if (!existing)
        {
            db.People.Add(person);
        }

        db.Referrals.Add(referral);
        db.Episodes.Add(episode);
        await db.SaveChangesAsync(cancellationToken);
        return new ReferralMade(referral.Id, episode.Id, person.Id, team.Id, team.Name, existing, episode.PreviousEpisodeId is not null);
    }

    private Task<Team?> CoveringTeamAsync(Guid practiceId, CancellationToken cancellationToken) =>
        // Teams of different providers may share a practice; the longest-standing active team takes its referrals.
        db.Teams
            .Where(t => t.IsActive
                && db.TeamPractices.Any(tp => tp.TeamId == t.Id && tp.PracticeId == practiceId)
                && db.Organisations.Any(o => o.Id == practiceId && o.IsActive && o.Kind == OrganisationKind.GpPractice))
            .OrderBy(t => t.CreatedAt).ThenBy(t => t.Id)
            .FirstOrDefaultAsync(cancellationToken);
}

/// <summary>How a referral came in, which decides who the referrer is and what it needs.</summary>
internal sealed record ReferralRoute(
    ReferralSource Source, Guid? PracticeId, Guid? ReferrerId, bool IsPublic, bool NhsNumberRequired, string UncoveredMessage, string? IdempotencyKey = null);
