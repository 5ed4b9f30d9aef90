using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Common;
using Waymark.Domain.Episodes;
using Waymark.Domain.Organisations;
using Waymark.Domain.People;
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
public sealed class MakeReferral(AppDbContext db, FindMatchingPeople matching, AuditTrail audit, TimeProvider clock)
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

    /// <summary>
    /// Every rule about what was typed, checked at once so a form can show all its errors together. Uses the
    /// domain's own checks (NHS number, names, date of birth, contact details, needs) so messages match everywhere.
    /// </summary>
    public static List<FieldError> Check(ReferralInput input, bool nhsNumberRequired, bool personAgreedImplied, DateOnly today)
    {
        var errors = new List<FieldError>();
        void Try(Action check, string? field = null)
        {
            try
            {
                check();
            }
            catch (DomainException error)
            {
                errors.Add(new FieldError(field ?? error.Field ?? string.Empty, error.Message));
            }
        }

        if (!string.IsNullOrWhiteSpace(input.NhsNumber))
        {
            Try(() => NhsNumber.Parse(input.NhsNumber, nameof(input.NhsNumber)));
        }
        else if (nhsNumberRequired)
        {
            errors.Add(new FieldError(nameof(input.NhsNumber), "Enter the person's NHS number"));
        }

        Try(() => Text.Required(input.GivenName, nameof(input.GivenName), "the person's first name", Person.NameMaxLength));
        Try(() => Text.Required(input.FamilyName, nameof(input.FamilyName), "the person's last name", Person.NameMaxLength));
        Try(() => Person.Register(null, "-", "-", null, input.DateOfBirth, today, DateTimeOffset.MinValue));
        Try(() => ContactDetails.Phone(input.Phone, nameof(input.Phone)));
        Try(() => ContactDetails.Email(input.Email, nameof(input.Email)));

        if (input.Needs.Count == 0)
        {
            errors.Add(new FieldError(nameof(input.Needs), "Select at least one thing the person needs help with"));
        }

        foreach (var need in input.Needs.DistinctBy(n => n.Category))
        {
            Try(() => ReferralNeed.Of(need.Category, need.InTheirWords), Enum.IsDefined(need.Category) ? $"{nameof(input.Needs)}.{need.Category}" : nameof(input.Needs));
        }

        if (input.Urgency is not { } urgency || !Enum.IsDefined(urgency))
        {
            errors.Add(new FieldError(nameof(input.Urgency), "Select how urgent the referral is"));
        }

        if (!input.PersonAgreed && !personAgreedImplied)
        {
            errors.Add(new FieldError(nameof(input.PersonAgreed), "Confirm the person has agreed to be referred. Nobody is referred without agreeing to it"));
        }

        Try(() => Text.Optional(input.Notes, NotesField, "the notes", NotesMaxLength));
        return errors;
    }

    /// <summary>The referrer's notes with Waymark's own note (a clash to check at triage) after them, a paragraph apart.</summary>
    internal static string? WithNote(string? typed, string? note) =>
        note is null ? typed : string.IsNullOrWhiteSpace(typed) ? note : $"{typed.Trim()}\n\n{note}";

    /// <summary>
    /// The notes as the referrer typed them: stored notes without the paragraphs Waymark added about contact details
    /// that differ from the record (see <see cref="ContactDifference"/>), so a retried API call compares like with like.
    /// </summary>
    internal static string? TypedNotes(string? stored)
    {
        if (string.IsNullOrWhiteSpace(stored))
        {
            return null;
        }

        var paragraphs = stored.Split("\n\n").ToList();
        while (paragraphs.Count > 0 && ContactDifference.IsNote(paragraphs[^1]))
        {
            paragraphs.RemoveAt(paragraphs.Count - 1);
        }

        var typed = string.Join("\n\n", paragraphs).Trim();
        return typed.Length == 0 ? null : typed;
    }

    private Task<Team?> CoveringTeamAsync(Guid practiceId, CancellationToken cancellationToken) =>
        // Teams of different providers may share a practice; the longest-standing active team takes its referrals.
        db.Teams
            .Where(t => t.IsActive
                && db.TeamPractices.Any(tp => tp.TeamId == t.Id && tp.PracticeId == practiceId)
                && db.Organisations.Any(o => o.Id == practiceId && o.IsActive && o.Kind == OrganisationKind.GpPractice))
            .OrderBy(t => t.CreatedAt).ThenBy(t => t.Id)
            .FirstOrDefaultAsync(cancellationToken);

    private async Task<(Person Person, bool Existing, string? Note)> FindOrRegisterAsync(
        ReferralRoute route, ClaimsPrincipal? user, ReferralInput input, Guid practiceId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var number = string.IsNullOrWhiteSpace(input.NhsNumber) ? (NhsNumber?)null : NhsNumber.Parse(input.NhsNumber, nameof(input.NhsNumber));

        // The public form never names anyone, so it never joins a chosen record, whatever is posted.
        var chosen = route.IsPublic ? null : input.ExistingPersonId;
        string? note = null;
        if (number is { } nhsNumber && await db.People.SingleOrDefaultAsync(p => p.NhsNumber == nhsNumber, cancellationToken) is { } known)
        {
            if (!route.IsPublic)
            {
                if (chosen is { } id && id != known.Id)
                {
                    throw new InvalidReferralException([new FieldError(ExistingPersonField, NotAMatch)]);
                }

                return (known, true, Join(known, null, input));
            }

            note = $"NHS number given on the self-referral form: {nhsNumber}. Another record already has this number: check at triage whether it is the same person.";
            number = null;
        }

        if (!route.IsPublic && (chosen is not null || !input.ConfirmedDifferentPerson))
        {
            var matches = await matching.ExecuteAsync(user!, number, input.GivenName!, input.FamilyName!, input.DateOfBirth, cancellationToken);
            if (chosen is { } id)
            {
                // Only a record this caller was shown for this name and date of birth; anything else is refused alike.
                if (!matches.Any(m => m.Id == id))
                {
                    await AuditNamedAsync(matches, cancellationToken);
                    throw new InvalidReferralException([new FieldError(ExistingPersonField, NotAMatch)], matches);
                }

                var existing = await db.People.SingleAsync(p => p.Id == id, cancellationToken);
                return (existing, true, Join(existing, number, input));
            }

            if (matches.Count > 0)
            {
                await AuditNamedAsync(matches, cancellationToken);
                throw new DuplicatePersonException(matches);
            }
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var person = Person.Register(number?.Value, input.GivenName, input.FamilyName, null, input.DateOfBirth, today, now);
        person.ChangeRegisteredPractice(practiceId);
        person.ChangeContactDetails(input.Phone, input.Email);
        return (person, false, note);
    }

    /// <summary>
    /// Naming a match (name, date of birth, NHS number) shows part of that person's record, so each is audited as a
    /// read. Nothing else is saved: the referral is refused.
    /// </summary>
    private async Task AuditNamedAsync(IReadOnlyList<PersonMatchView> matches, CancellationToken cancellationToken)
    {
        foreach (var id in matches.Select(m => m.Id).OfType<Guid>().Distinct())
        {
            await audit.RecordReadAsync<Person>(id, cancellationToken);
        }
    }

    /// <summary>
    /// The referral joins <paramref name="person"/>'s record: it gains the NHS number typed when it had none (the
    /// matching only offers such records when a number was typed), and the contact details it lacks. Returns the
    /// note for triage when the phone or email typed differ from the record's.
    /// </summary>
    private static string? Join(Person person, NhsNumber? number, ReferralInput input)
    {
        if (number is { } typed && person.NhsNumber is null)
        {
            person.AddNhsNumber(typed.Value);
        }

        var differences = person.TakeContactDetailsFromReferral(input.Phone, input.Email);
        return differences.Count == 0 ? null : string.Join("\n\n", differences.Select(d => d.Note));
    }
}

/// <summary>How a referral came in, which decides who the referrer is and what it needs.</summary>
internal sealed record ReferralRoute(
    ReferralSource Source, Guid? PracticeId, Guid? ReferrerId, bool IsPublic, bool NhsNumberRequired, string UncoveredMessage, string? IdempotencyKey = null);
