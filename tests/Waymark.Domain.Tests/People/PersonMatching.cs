using Waymark.Domain.Common;
using Waymark.Domain.People;

namespace Waymark.Domain.Tests.People;

public sealed class PersonMatching
{
    private static readonly DateOnly Birthday = new(1958, 3, 14);
    private static readonly NhsNumber Number = NhsNumber.Parse("943 476 5919");
    private static readonly NhsNumber OtherNumber = NhsNumber.Parse("987 654 3210");

    private static PersonSummary Existing(NhsNumber? number, string given = "Zoë", string family = "O'Neill", DateOnly? born = null) =>
        new(Guid.CreateVersion7(), number, given, family, born ?? Birthday);

    [Fact]
    public void An_equal_NHS_number_is_a_match_whatever_the_name()
    {
        var existing = Existing(Number, "Someone", "Else", new DateOnly(2001, 1, 1));

        var match = Assert.Single(PersonMatch.Find(Number, "Zoe", "O'Neill", Birthday, [existing]));
        Assert.Same(existing, match.Person);
        Assert.Equal(MatchReason.SameNhsNumber, match.Reason);
        Assert.Equal("Same NHS number", match.Explanation);
    }

    [Theory]
    [InlineData("Zoë", "O'Neill")]
    [InlineData("  zoe ", " o'neill")]
    [InlineData("ZOE", "O'NEILL")]
    [InlineData("Zoé", "Ó'Neill")]
    public void The_same_name_and_date_of_birth_match_ignoring_case_accents_and_spaces(string given, string family)
    {
        var match = Assert.Single(PersonMatch.Find(null, given, family, Birthday, [Existing(null)]));
        Assert.Equal(MatchReason.SameNameAndDateOfBirth, match.Reason);
        Assert.Equal("Same name and date of birth", match.Explanation);
    }

    [Theory]
    [InlineData("Zoey", "O'Neill", 0)]
    [InlineData("Zoë", "ONeill", 0)]
    [InlineData("Zoë", "O'Neill", 1)]
    public void A_different_name_or_date_of_birth_is_not_a_match(string given, string family, int daysLater)
    {
        Assert.Empty(PersonMatch.Find(null, given, family, Birthday.AddDays(daysLater), [Existing(null)]));
    }

    [Fact]
    public void Name_and_date_of_birth_match_when_only_one_side_has_an_NHS_number()
    {
        Assert.Single(PersonMatch.Find(Number, "Zoë", "O'Neill", Birthday, [Existing(null)]));
        Assert.Single(PersonMatch.Find(null, "Zoë", "O'Neill", Birthday, [Existing(Number)]));
    }

    [Fact]
    public void Different_NHS_numbers_are_different_people_even_with_the_same_name_and_birthday()
    {
        Assert.Empty(PersonMatch.Find(Number, "Zoë", "O'Neill", Birthday, [Existing(OtherNumber)]));
    }

    [Fact]
    public void NHS_number_matches_are_listed_first()
    {
        var byName = Existing(null);
        var byNumber = Existing(Number, "Someone", "Else");

        var matches = PersonMatch.Find(Number, "Zoë", "O'Neill", Birthday, [byName, byNumber, Existing(null, "Other")]);

        Assert.Equal([byNumber, byName], matches.Select(match => match.Person));
    }

    [Fact]
    public void No_existing_people_means_no_matches()
    {
        Assert.Empty(PersonMatch.Find(Number, "Zoë", "O'Neill", Birthday, []));
    }

    [Fact]
    public void A_summary_can_say_whether_it_is_likely_the_same_person()
    {
        var existing = Existing(null);
        Assert.True(existing.IsLikelySameAs(null, "zoe", "o'neill", Birthday));
        Assert.False(existing.IsLikelySameAs(null, "zoe", "o'neill", Birthday.AddYears(1)));
    }

    [Fact]
    public void A_registered_person_matches_a_second_referral_for_them()
    {
        var person = PersonRegistration.Register(nhsNumber: null);

        var match = Assert.Single(PersonMatch.Find(null, "AMINA", "hussain", person.DateOfBirth, [person.ToSummary()]));
        Assert.Equal(person.Id, match.Person.Id);
    }
}
