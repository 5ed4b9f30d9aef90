using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Domain.Common;
using Waymark.Domain.People;
using Waymark.Web.Features.People;

namespace Waymark.Web.Features.Referrals;

/// <summary>Finding the person a referral is for, or registering them (see the remarks on <see cref="MakeReferral"/>).</summary>
public sealed partial class MakeReferral
{
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
