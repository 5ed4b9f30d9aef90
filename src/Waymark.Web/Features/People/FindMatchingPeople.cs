using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Common;
using Waymark.Domain.People;

namespace Waymark.Web.Features.People;

public sealed record MatchInput(string? NhsNumber, string? GivenName, string? FamilyName, DateOnly? DateOfBirth);

/// <summary>
/// A record that is probably the person being looked for. Inside the caller's scope it names the person so they can
/// open the record; outside it, it says only that a record exists, so nothing about someone else's person leaks.
/// </summary>
public sealed record PersonMatchView(Guid? Id, string? GivenName, string? FamilyName, DateOnly? DateOfBirth, MatchReason Reason, string Explanation, bool CanOpen, string Message)
{
    public const string OutsideScope = "A record already exists for this person. Ask your senior link worker before registering them again.";
}

/// <summary>
/// Finds likely duplicates among all people (a duplicate in another team is still a duplicate), revealing only a
/// minimal summary of those the caller may see.
/// </summary>
public sealed class FindMatchingPeople(AppDbContext db, PersonAccess access)
{
    public async Task<IReadOnlyList<PersonMatchView>> ExecuteAsync(ClaimsPrincipal user, MatchInput input, CancellationToken cancellationToken = default)
    {
        var nhsNumber = string.IsNullOrWhiteSpace(input.NhsNumber) ? (NhsNumber?)null : NhsNumber.Parse(input.NhsNumber, nameof(input.NhsNumber));
        var byName = !string.IsNullOrWhiteSpace(input.GivenName) && !string.IsNullOrWhiteSpace(input.FamilyName) && input.DateOfBirth is not null;
        if (nhsNumber is null && !byName)
        {
            throw new DomainException("Enter an NHS number, or a given name, family name and date of birth", nameof(input.NhsNumber));
        }

        return await ExecuteAsync(user, nhsNumber, input.GivenName ?? string.Empty, input.FamilyName ?? string.Empty, input.DateOfBirth, cancellationToken);
    }

    public async Task<IReadOnlyList<PersonMatchView>> ExecuteAsync(
        ClaimsPrincipal user, NhsNumber? nhsNumber, string givenName, string familyName, DateOnly? dateOfBirth, CancellationToken cancellationToken = default)
    {
        var candidates = new List<PersonSummary>();
        if (nhsNumber is { } number)
        {
            candidates.AddRange(await Summaries(db.People.Where(p => p.NhsNumber == number)).ToListAsync(cancellationToken));
        }

        if (dateOfBirth is { } born)
        {
            candidates.AddRange(await Summaries(db.People.Where(p => p.DateOfBirth == born)).ToListAsync(cancellationToken));
        }

        var matches = PersonMatch.Find(nhsNumber, givenName, familyName, dateOfBirth ?? DateOnly.MinValue, candidates.DistinctBy(c => c.Id));
        if (matches.Count == 0)
        {
            return [];
        }

        var ids = matches.Select(m => m.Person.Id).ToList();
        var visible = await access.Visible(user).Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        return [.. matches.Select(m => visible.Contains(m.Person.Id)
            ? new PersonMatchView(m.Person.Id, m.Person.GivenName, m.Person.FamilyName, m.Person.DateOfBirth, m.Reason, m.Explanation, true,
                "A record already exists for this person. Open it instead of registering them again.")
            : new PersonMatchView(null, null, null, null, m.Reason, m.Explanation, false, PersonMatchView.OutsideScope))];
    }

    private static IQueryable<PersonSummary> Summaries(IQueryable<Person> people) =>
        people.AsNoTracking().Select(p => new PersonSummary(p.Id, p.NhsNumber, p.GivenName, p.FamilyName, p.DateOfBirth));
}
