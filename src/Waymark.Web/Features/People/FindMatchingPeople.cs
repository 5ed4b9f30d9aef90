using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Common;
using Waymark.Domain.People;
using Waymark.Web.Features.Referrals;

namespace Waymark.Web.Features.People;

public sealed record MatchInput(string? NhsNumber, string? GivenName, string? FamilyName, DateOnly? DateOfBirth);

/// <summary>
/// A record that is probably the person being looked for. Inside the caller's scope it names the person (so they can
/// open the record, or refer that person again); outside it, it says only that a record exists, so nothing about
/// someone else's person leaks. <see cref="CanOpen"/> says whether the caller may open the record itself: referrers
/// and API clients are named the people they referred, but never open records.
/// </summary>
public sealed record PersonMatchView(Guid? Id, string? GivenName, string? FamilyName, DateOnly? DateOfBirth, MatchReason Reason, string Explanation, bool CanOpen, string Message)
{
    public const string OutsideScope = "A record already exists for this person. Ask your senior link worker before registering them again.";
    public const string ReferredBefore = "A record already exists for this person. Refer them on that record instead of registering them again.";

    /// <summary>The record's NHS number, when the person is named and has one, to tell apart people with the same name and birthday.</summary>
    public string? NhsNumber { get; init; }
}

/// <summary>
/// Finds likely duplicates among all people (a duplicate in another team is still a duplicate), revealing only a
/// minimal summary of those the caller may see.
/// </summary>
public sealed class FindMatchingPeople(AppDbContext db, PersonAccess access, ReferralAccess referrals)
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
        // Referrers and API clients see no case work, but they do see the referrals they made, so someone they referred
        // before may be named to them and referred again on the same record.
        var referred = await referrals.MadeBy(user).Select(r => r.PersonId).Where(id => ids.Contains(id)).Distinct().ToListAsync(cancellationToken);
        return [.. matches.Select(m => visible.Contains(m.Person.Id)
            ? Named(m, canOpen: true, "A record already exists for this person. Open it instead of registering them again.")
            : referred.Contains(m.Person.Id)
                ? Named(m, canOpen: false, PersonMatchView.ReferredBefore)
                : new PersonMatchView(null, null, null, null, m.Reason, m.Explanation, false, PersonMatchView.OutsideScope))];
    }

    private static PersonMatchView Named(PersonMatchResult match, bool canOpen, string message) =>
        new(match.Person.Id, match.Person.GivenName, match.Person.FamilyName, match.Person.DateOfBirth, match.Reason, match.Explanation, canOpen, message)
        {
            NhsNumber = match.Person.NhsNumber?.ToString(),
        };


    private static IQueryable<PersonSummary> Summaries(IQueryable<Person> people) =>
        people.AsNoTracking().Select(p => new PersonSummary(p.Id, p.NhsNumber, p.GivenName, p.FamilyName, p.DateOfBirth));
}
