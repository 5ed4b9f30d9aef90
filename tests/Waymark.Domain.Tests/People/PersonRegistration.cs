using Waymark.Domain.Common;
using Waymark.Domain.People;

namespace Waymark.Domain.Tests.People;

public sealed class PersonRegistration
{
    internal static readonly DateOnly Today = new(2026, 11, 21);
    internal static readonly DateTimeOffset Now = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    internal static Person Register(string? nhsNumber = "943 476 5919") =>
        Person.Register(nhsNumber, " Amina ", " Hussain ", null, new DateOnly(1958, 3, 14), Today, Now);

    [Fact]
    public void A_person_is_registered_with_a_trimmed_name_date_of_birth_and_NHS_number()
    {
        var person = Register();

        Assert.Equal("Amina", person.GivenName);
        Assert.Equal("Hussain", person.FamilyName);
        Assert.Equal(new DateOnly(1958, 3, 14), person.DateOfBirth);
        Assert.Equal("9434765919", person.NhsNumber?.Value);
        Assert.Equal(Now, person.CreatedAt);
        Assert.Equal(Sex.NotKnown, person.Sex);
        Assert.Same(CommunicationNeeds.Default, person.CommunicationNeeds);
    }

    [Fact]
    public void A_self_referred_person_may_be_registered_without_an_NHS_number()
    {
        Assert.Null(Register(nhsNumber: "  ").NhsNumber);
    }

    [Fact]
    public void An_invalid_NHS_number_is_refused_naming_the_field()
    {
        var error = Assert.Throws<DomainException>(() => Register("943 476 5918"));
        Assert.Equal("NhsNumber", error.Field);
        Assert.Equal("Enter a valid NHS number – check it carefully", error.Message);
    }

    [Fact]
    public void An_NHS_number_can_be_added_later_but_only_once()
    {
        var person = Register(nhsNumber: null);
        person.AddNhsNumber("9876543210");
        Assert.Equal("987 654 3210", person.NhsNumber.ToString());

        var error = Assert.Throws<DomainException>(() => person.AddNhsNumber("9434765919"));
        Assert.Contains("correct it instead", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_a_recorded_NHS_number_can_be_corrected()
    {
        var error = Assert.Throws<DomainException>(() => Register(nhsNumber: null).CorrectNhsNumber("9434765919"));
        Assert.Equal("This person has no NHS number to correct; add one instead", error.Message);

        var person = Register();
        person.CorrectNhsNumber("987-654-3210");
        Assert.Equal("9876543210", person.NhsNumber?.Value);
    }

    [Fact]
    public void A_correction_cannot_remove_the_NHS_number()
    {
        var error = Assert.Throws<DomainException>(() => Register().CorrectNhsNumber(""));
        Assert.Equal("Enter an NHS number with 10 digits", error.Message);
    }

    [Theory]
    [InlineData(" ", "Hussain", "GivenName", "Enter a given name")]
    [InlineData("Amina", null, "FamilyName", "Enter a family name")]
    public void Given_and_family_names_are_required(string? given, string? family, string field, string message)
    {
        var error = Assert.Throws<DomainException>(() => Person.Register(null, given, family, null, new DateOnly(1990, 1, 1), Today, Now));
        Assert.Equal(field, error.Field);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void A_preferred_name_is_who_the_person_is_known_as()
    {
        var person = Register();
        Assert.Equal("Amina", person.KnownAs);
        person.Rename("Amina", "Hussain", " Mina ");
        Assert.Equal("Mina", person.KnownAs);
    }

    [Fact]
    public void A_name_longer_than_the_limit_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => Register().Rename(new string('a', 101), "Hussain", null));
        Assert.Equal("Given name must be 100 characters or fewer", error.Message);
    }

    [Fact]
    public void A_date_of_birth_is_required()
    {
        var error = Assert.Throws<DomainException>(() => Person.Register(null, "Amina", "Hussain", null, null, Today, Now));
        Assert.Equal(("DateOfBirth", "Enter a date of birth"), (error.Field, error.Message));
    }

    [Fact]
    public void A_date_of_birth_in_the_future_is_refused_but_today_is_allowed()
    {
        var person = Register();
        var error = Assert.Throws<DomainException>(() => person.CorrectDateOfBirth(Today.AddDays(1), Today));
        Assert.Equal("Date of birth must be today or in the past", error.Message);

        person.CorrectDateOfBirth(Today, Today);
        Assert.Equal(0, person.AgeOn(Today));
    }

    [Fact]
    public void A_date_of_birth_more_than_120_years_ago_is_refused()
    {
        var person = Register();
        person.CorrectDateOfBirth(Today.AddYears(-120), Today);

        var error = Assert.Throws<DomainException>(() => person.CorrectDateOfBirth(Today.AddYears(-120).AddDays(-1), Today));
        Assert.Equal("Date of birth must be within the last 120 years", error.Message);
    }

    [Fact]
    public void Age_counts_whole_years_up_to_the_birthday()
    {
        var person = Register();
        Assert.Equal(67, person.AgeOn(new DateOnly(2026, 3, 13)));
        Assert.Equal(68, person.AgeOn(new DateOnly(2026, 3, 14)));
    }

    [Fact]
    public void The_summary_carries_what_matching_needs()
    {
        var person = Register();
        var summary = person.ToSummary();
        Assert.Equal(new PersonSummary(person.Id, person.NhsNumber, "Amina", "Hussain", person.DateOfBirth), summary);
    }
}
