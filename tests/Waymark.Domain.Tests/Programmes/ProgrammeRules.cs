using Waymark.Domain.Common;
using Waymark.Domain.Episodes;
using Waymark.Domain.People;
using Waymark.Domain.Programmes;

namespace Waymark.Domain.Tests.Programmes;

public sealed class ProgrammeRules
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private static Programme NewProgramme() => Programme.Create(Guid.CreateVersion7(), " Healthy ageing ", Now);

    [Fact]
    public void A_new_programme_starts_with_the_default_settings()
    {
        var programme = NewProgramme();

        Assert.Equal("Healthy ageing", programme.Name);
        Assert.Null(programme.MinAge);
        Assert.Null(programme.MaxAge);
        Assert.Empty(programme.QualifyingConditions);
        Assert.Empty(programme.PracticeIds);
        Assert.Empty(programme.Areas);
        Assert.Equal(28, programme.NoContactThresholdDays);
        Assert.Equal(12, programme.ReviewWeeks);
        Assert.Equal(new LostContactRule(3, 2, 14), programme.LostContact);
    }

    [Fact]
    public void A_programme_needs_a_team_and_a_name()
    {
        Assert.Throws<DomainException>(() => Programme.Create(Guid.Empty, "Name", Now));
        Assert.Equal("Enter the programme name", Assert.Throws<DomainException>(() => Programme.Create(Guid.CreateVersion7(), " ", Now)).Message);
    }

    [Fact]
    public void The_minimum_age_cannot_be_above_the_maximum()
    {
        var error = Assert.Throws<DomainException>(() => NewProgramme().SetAgeRange(75, 40));
        Assert.Equal("The minimum age must not be more than the maximum age", error.Message);
    }

    [Theory]
    [InlineData(-1, null)]
    [InlineData(null, 121)]
    public void Ages_must_be_plausible(int? min, int? max)
    {
        Assert.Throws<DomainException>(() => NewProgramme().SetAgeRange(min, max));
    }

    [Fact]
    public void Areas_are_postcode_districts_normalised_to_capitals()
    {
        var programme = NewProgramme();
        programme.SetAreas([" ls6 ", "LS6", "ec1a"]);
        Assert.Equal(["LS6", "EC1A"], programme.Areas);
    }

    [Theory]
    [InlineData("LS6 2AB")]
    [InlineData("Leeds")]
    [InlineData("")]
    public void An_area_that_is_not_a_postcode_district_is_refused(string area)
    {
        Assert.Equal("Enter postcode districts like LS6 or EC1A", Assert.Throws<DomainException>(() => NewProgramme().SetAreas([area])).Message);
    }

    [Fact]
    public void Qualifying_conditions_are_deduplicated_and_must_be_specific()
    {
        var programme = NewProgramme();
        programme.SetQualifyingConditions([LongTermCondition.Type2Diabetes, LongTermCondition.Type2Diabetes, LongTermCondition.Copd]);
        Assert.Equal([LongTermCondition.Type2Diabetes, LongTermCondition.Copd], programme.QualifyingConditions);
        Assert.Throws<DomainException>(() => programme.SetQualifyingConditions([LongTermCondition.Other]));
        Assert.Throws<DomainException>(() => programme.SetQualifyingConditions([(LongTermCondition)999]));
    }

    [Fact]
    public void Contact_defaults_and_review_weeks_are_bounded()
    {
        var programme = NewProgramme();
        programme.SetContactDefaults(7, 21);
        programme.SetReviewWeeks(6);
        Assert.Equal((7, 21, 6), (programme.DefaultContactFrequencyDays, programme.NoContactThresholdDays, programme.ReviewWeeks));

        Assert.Throws<DomainException>(() => programme.SetContactDefaults(0, 28));
        Assert.Throws<DomainException>(() => programme.SetContactDefaults(14, 366));
        Assert.Throws<DomainException>(() => programme.SetReviewWeeks(0));
    }

    [Fact]
    public void The_lost_contact_rule_cannot_ask_for_more_modes_than_attempts()
    {
        Assert.Throws<DomainException>(() => new LostContactRule(2, 3, 14));
        Assert.Throws<DomainException>(() => new LostContactRule(0, 0, 14));
        Assert.Throws<DomainException>(() => new LostContactRule(3, 2, -1));
    }

    [Fact]
    public void Covering_no_practices_means_all_the_teams_practices()
    {
        var programme = NewProgramme();
        var practice = Guid.CreateVersion7();
        programme.CoverPractices([practice, practice]);
        Assert.Equal([practice], programme.PracticeIds);
        programme.CoverPractices([]);
        Assert.Empty(programme.PracticeIds);
        Assert.Throws<DomainException>(() => programme.CoverPractices([Guid.Empty]));
    }

    [Theory]
    [InlineData("ls6 2ab", "LS6")]
    [InlineData("EC1A1BB", "EC1A")]
    [InlineData("M1 1AE", "M1")]
    [InlineData("not a postcode", null)]
    [InlineData(null, null)]
    public void The_district_of_a_postcode_is_its_outward_code(string? postcode, string? district)
    {
        Assert.Equal(district, Postcodes.DistrictOf(postcode));
    }
}
