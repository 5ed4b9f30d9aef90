using Waymark.Domain.Common;

namespace Waymark.Domain.People;

/// <summary>
/// Someone referred to, or referring themselves to, social prescribing. One record per person across all their
/// episodes: check <see cref="PersonMatch"/> before registering so nobody is recorded twice. This file holds who
/// they are; Person.Circumstances.cs holds how they live and how to reach them.
/// </summary>
public sealed partial class Person : Entity
{
    public const int NameMaxLength = 100;
    public const int MaxAgeInYears = 120;

    private Person()
    {
        GivenName = string.Empty;
        FamilyName = string.Empty;
    }

    /// <summary>Optional: practice referrals always carry one; a self-referral may gain one later.</summary>
    public NhsNumber? NhsNumber { get; private set; }

    public string GivenName { get; private set; }

    public string FamilyName { get; private set; }

    /// <summary>What the person likes to be called, when it differs from their given name.</summary>
    public string? PreferredName { get; private set; }

    public DateOnly DateOfBirth { get; private set; }

    public DateTimeOffset CreatedAt { get; private init; }

    public static Person Register(
        string? nhsNumber,
        string? givenName,
        string? familyName,
        string? preferredName,
        DateOnly? dateOfBirth,
        DateOnly today,
        DateTimeOffset now)
    {
        var person = new Person { CreatedAt = now };
        person.NhsNumber = string.IsNullOrWhiteSpace(nhsNumber) ? null : Common.NhsNumber.Parse(nhsNumber, nameof(NhsNumber));
        person.Rename(givenName, familyName, preferredName);
        person.CorrectDateOfBirth(dateOfBirth, today);
        return person;
    }

    /// <summary>Adds the NHS number a self-referred person did not have to hand.</summary>
    public void AddNhsNumber(string? nhsNumber)
    {
        if (NhsNumber is not null)
        {
            throw new DomainException("This person already has an NHS number; correct it instead of adding one", nameof(NhsNumber));
        }

        NhsNumber = Common.NhsNumber.Parse(nhsNumber, nameof(NhsNumber));
    }

    /// <summary>Replaces an NHS number recorded wrongly. Removing one is not allowed: a number, once known, stays.</summary>
    public void CorrectNhsNumber(string? nhsNumber)
    {
        if (NhsNumber is null)
        {
            throw new DomainException("This person has no NHS number to correct; add one instead", nameof(NhsNumber));
        }

        NhsNumber = Common.NhsNumber.Parse(nhsNumber, nameof(NhsNumber));
    }

    public void Rename(string? givenName, string? familyName, string? preferredName)
    {
        GivenName = Text.Required(givenName, nameof(GivenName), "a given name", NameMaxLength);
        FamilyName = Text.Required(familyName, nameof(FamilyName), "a family name", NameMaxLength);
        PreferredName = Text.Optional(preferredName, nameof(PreferredName), "a preferred name", NameMaxLength);
    }

    public void CorrectDateOfBirth(DateOnly? dateOfBirth, DateOnly today)
    {
        if (dateOfBirth is not { } date)
        {
            throw new DomainException("Enter a date of birth", nameof(DateOfBirth));
        }

        if (date > today)
        {
            throw new DomainException("Date of birth must be today or in the past", nameof(DateOfBirth));
        }

        if (date < today.AddYears(-MaxAgeInYears))
        {
            throw new DomainException($"Date of birth must be within the last {MaxAgeInYears} years", nameof(DateOfBirth));
        }

        DateOfBirth = date;
    }

    /// <summary>Age in whole years on <paramref name="today"/>.</summary>
    public int AgeOn(DateOnly today)
    {
        var age = today.Year - DateOfBirth.Year;
        return DateOfBirth.AddYears(age) > today ? age - 1 : age;
    }

    /// <summary>The name to greet the person by.</summary>
    public string KnownAs => PreferredName ?? GivenName;

    public PersonSummary ToSummary() => new(Id, NhsNumber, GivenName, FamilyName, DateOfBirth);
}
