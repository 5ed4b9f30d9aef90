using Waymark.Domain.People;
using Waymark.Domain.Programmes;

namespace Waymark.Domain.Tests.Programmes;

public sealed class EligibilityRules
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Covered = Guid.CreateVersion7();
    private static readonly Guid NotCovered = Guid.CreateVersion7();

    private static Programme Strict()
    {
        var programme = Programme.Create(Guid.CreateVersion7(), "Healthy ageing", Now);
        programme.SetAgeRange(40, 74);
        programme.SetQualifyingConditions([LongTermCondition.Type2Diabetes, LongTermCondition.Copd]);
        programme.CoverPractices([Covered]);
        programme.SetAreas(["LS6", "LS7"]);
        return programme;
    }

    private static EligibilityFacts Facts(int? age = 50, LongTermCondition[]? conditions = null, Guid? practice = null, string? postcode = "LS6 2AB") =>
        new(age, conditions ?? [LongTermCondition.Copd], practice ?? Covered, postcode);

    private static EligibilityReason Reason(EligibilityResult result, EligibilityRule rule) => result.Reasons.Single(r => r.Rule == rule);

    [Fact]
    public void A_programme_with_no_rules_takes_anyone_and_says_so_for_each_rule()
    {
        var open = Programme.Create(Guid.CreateVersion7(), "Open door", Now);
        var result = Eligibility.Evaluate(open, new EligibilityFacts(null, [], null, null));

        Assert.True(result.IsEligible);
        Assert.Equal(4, result.Reasons.Count);
        Assert.All(result.Reasons, r => Assert.True(r.IsMet));
        Assert.Equal("The programme has no age limits", Reason(result, EligibilityRule.Age).Explanation);
    }

    [Fact]
    public void A_person_meeting_every_rule_is_eligible()
    {
        var result = Eligibility.Evaluate(Strict(), Facts());
        Assert.True(result.IsEligible);
        Assert.Equal("Has a qualifying condition (COPD)", Reason(result, EligibilityRule.Condition).Explanation);
        Assert.Equal("Lives in LS6, which the programme covers", Reason(result, EligibilityRule.Area).Explanation);
    }

    [Theory]
    [InlineData(38, false, "Age 38 is under the programme's minimum of 40")]
    [InlineData(40, true, "Age 40 is within the programme's range (aged 40 to 74)")]
    [InlineData(74, true, "Age 74 is within the programme's range (aged 40 to 74)")]
    [InlineData(75, false, "Age 75 is over the programme's maximum of 74")]
    [InlineData(null, false, "Age is not known; the programme is for people aged 40 to 74")]
    public void Age_must_be_within_the_range_inclusive(int? age, bool met, string explanation)
    {
        var result = Eligibility.Evaluate(Strict(), Facts(age: age));
        Assert.Equal(met, result.IsEligible);
        Assert.Equal(new EligibilityReason(EligibilityRule.Age, met, explanation), Reason(result, EligibilityRule.Age));
    }

    [Fact]
    public void An_age_range_open_at_one_end_says_so()
    {
        var programme = Programme.Create(Guid.CreateVersion7(), "Over 65s", Now);
        programme.SetAgeRange(65, null);
        var result = Eligibility.Evaluate(programme, new EligibilityFacts(null, [], null, null));
        Assert.Equal("Age is not known; the programme is for people aged 65 or over", Reason(result, EligibilityRule.Age).Explanation);
        Assert.True(Eligibility.Evaluate(programme, new EligibilityFacts(101, [], null, null)).IsEligible);
    }

    [Fact]
    public void Without_a_qualifying_condition_a_person_is_not_eligible()
    {
        var result = Eligibility.Evaluate(Strict(), Facts(conditions: [LongTermCondition.Asthma]));
        Assert.False(result.IsEligible);
        Assert.Equal("Has none of the programme's qualifying conditions (Type 2 diabetes, COPD)", Reason(result, EligibilityRule.Condition).Explanation);
    }

    [Fact]
    public void A_person_at_a_practice_the_programme_does_not_cover_is_not_eligible()
    {
        var result = Eligibility.Evaluate(Strict(), Facts(practice: NotCovered));
        Assert.False(result.IsEligible);
        Assert.False(Reason(result, EligibilityRule.Practice).IsMet);
        Assert.True(Reason(result, EligibilityRule.Age).IsMet);
    }

    [Theory]
    [InlineData("LS8 1AA", "Lives in LS8, outside the programme's areas (LS6, LS7)")]
    [InlineData(null, "The postcode is not known; the programme covers LS6, LS7")]
    public void A_person_outside_the_programmes_areas_is_not_eligible(string? postcode, string explanation)
    {
        var result = Eligibility.Evaluate(Strict(), Facts(postcode: postcode));
        Assert.False(result.IsEligible);
        Assert.Equal(explanation, Reason(result, EligibilityRule.Area).Explanation);
    }

    [Fact]
    public void Every_failed_rule_is_reported_not_just_the_first()
    {
        var result = Eligibility.Evaluate(Strict(), Facts(age: 30, conditions: [], practice: NotCovered, postcode: "LS8 1AA"));
        Assert.False(result.IsEligible);
        Assert.All(result.Reasons, r => Assert.False(r.IsMet));
    }

    [Fact]
    public void One_failed_rule_among_met_ones_makes_the_person_ineligible()
    {
        var result = Eligibility.Evaluate(Strict(), Facts(age: 80));
        Assert.False(result.IsEligible);
        Assert.Equal(3, result.Reasons.Count(r => r.IsMet));
    }
}
