using System.Globalization;
using System.Text;
using Waymark.Domain.Common;

namespace Waymark.Domain.People;

/// <summary>
/// Finds records that are probably the person about to be registered, so nobody is recorded twice
/// (domain model: NHS number, else name and date of birth). Pure: the caller supplies the candidates.
/// </summary>
public static class PersonMatch
{
    /// <summary>
    /// An equal NHS number is a match. Otherwise the same date of birth, given name and family name match, compared
    /// ignoring case, accents and surrounding spaces — unless both records have NHS numbers that differ, because two
    /// different numbers mean two different people who happen to share a name and birthday.
    /// NHS number matches come first.
    /// </summary>
    public static IReadOnlyList<PersonMatchResult> Find(
        NhsNumber? nhsNumber, string givenName, string familyName, DateOnly dateOfBirth, IEnumerable<PersonSummary> existing)
    {
        ArgumentNullException.ThrowIfNull(existing);
        var given = Fold(givenName);
        var family = Fold(familyName);
        var matches = new List<PersonMatchResult>();
        foreach (var person in existing)
        {
            if (nhsNumber is not null && person.NhsNumber == nhsNumber)
            {
                matches.Add(new PersonMatchResult(person, MatchReason.SameNhsNumber));
            }
            else if ((nhsNumber is null || person.NhsNumber is null)
                && person.DateOfBirth == dateOfBirth
                && Fold(person.GivenName) == given
                && Fold(person.FamilyName) == family)
            {
                matches.Add(new PersonMatchResult(person, MatchReason.SameNameAndDateOfBirth));
            }
        }

        return [.. matches.OrderBy(match => match.Reason)];
    }

    public static bool IsLikelySameAs(this PersonSummary person, NhsNumber? nhsNumber, string givenName, string familyName, DateOnly dateOfBirth) =>
        Find(nhsNumber, givenName, familyName, dateOfBirth, [person]).Count > 0;

    // "  Zoë " and "ZOE" are the same name as far as finding a duplicate goes.
    private static string Fold(string? name)
    {
        var decomposed = (name ?? string.Empty).Trim().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToUpperInvariant(c));
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
