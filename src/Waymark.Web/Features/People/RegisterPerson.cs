using System.Security.Claims;
using Waymark.Data;
using Waymark.Domain.People;

namespace Waymark.Web.Features.People;

public sealed record RegisterPersonInput(
    string? NhsNumber, string? GivenName, string? FamilyName, string? PreferredName, DateOnly? DateOfBirth, bool ConfirmedDifferentPerson);

/// <summary>
/// Records a new person after checking they are not already recorded. A same-name-and-birthday match can be
/// overridden by confirming they are someone else; the same NHS number cannot, because it is the same person.
/// </summary>
public sealed class RegisterPerson(AppDbContext db, FindMatchingPeople matching, TimeProvider clock)
{
    public async Task<Person> ExecuteAsync(ClaimsPrincipal user, RegisterPersonInput input, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var person = Person.Register(
            input.NhsNumber, input.GivenName, input.FamilyName, input.PreferredName, input.DateOfBirth, DateOnly.FromDateTime(now.UtcDateTime), now);

        var matches = await matching.ExecuteAsync(user, person.NhsNumber, person.GivenName, person.FamilyName, person.DateOfBirth, cancellationToken);
        var sameNumber = matches.Where(m => m.Reason == MatchReason.SameNhsNumber).ToList();
        if (sameNumber.Count > 0)
        {
            throw new DuplicatePersonException(sameNumber);
        }

        if (matches.Count > 0 && !input.ConfirmedDifferentPerson)
        {
            throw new DuplicatePersonException(matches);
        }

        db.People.Add(person);
        await db.SaveChangesAsync(cancellationToken);
        return person;
    }
}
