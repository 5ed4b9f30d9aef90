using Waymark.Domain.Common;
using Waymark.Domain.People;

namespace Waymark.Domain.Tests.People;

public sealed class CodedValues
{
    [Fact]
    public void Ethnic_categories_use_the_NHS_single_letter_codes()
    {
        Assert.Equal('A', EthnicCategory.WhiteBritish.Code());
        Assert.Equal('Z', EthnicCategory.NotStated.Code());
        Assert.Equal(EthnicCategory.Chinese, EthnicCategories.FromCode('r'));
        Assert.Null(EthnicCategories.FromCode('I'));
        Assert.Equal(17, Enum.GetValues<EthnicCategory>().Length);
    }

    [Fact]
    public void Every_ethnic_category_and_condition_has_a_display_name()
    {
        Assert.All(Enum.GetValues<EthnicCategory>(), category => Assert.NotEmpty(category.DisplayName()));
        Assert.All(Enum.GetValues<LongTermCondition>(), condition => Assert.NotEmpty(condition.DisplayName()));
        Assert.Equal("White – British", EthnicCategory.WhiteBritish.DisplayName());
    }

    [Fact]
    public void Conditions_carry_SNOMED_CT_concepts_except_the_catch_all()
    {
        Assert.Equal(44054006, LongTermCondition.Type2Diabetes.SnomedConceptId());
        Assert.Equal(13645005, LongTermCondition.Copd.SnomedConceptId());
        Assert.Null(LongTermCondition.Other.SnomedConceptId());
        var codes = Enum.GetValues<LongTermCondition>().Select(c => c.SnomedConceptId()).OfType<long>().ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Theory]
    [InlineData("sw1a1aa", "SW1A 1AA")]
    [InlineData("  M1 1AE ", "M1 1AE")]
    [InlineData("b338th", "B33 8TH")]
    [InlineData("CR2 6XH", "CR2 6XH")]
    [InlineData("dn551pt", "DN55 1PT")]
    [InlineData("W1A 0AX", "W1A 0AX")]
    [InlineData("gir 0aa", "GIR 0AA")]
    public void Postcodes_are_normalised_to_the_spaced_upper_case_form(string input, string expected)
    {
        Assert.Equal(expected, Postcode.Normalise(input));
    }

    [Theory]
    [InlineData("LS1")]
    [InlineData("1LS 1UR")]
    [InlineData("LS1 1U")]
    [InlineData("LS1-1UR")]
    [InlineData("ABC1 1AA")]
    public void Malformed_postcodes_are_refused(string input)
    {
        Assert.Throws<DomainException>(() => Postcode.Normalise(input));
    }
}
