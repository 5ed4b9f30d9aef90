using Waymark.Domain.Common;

namespace Waymark.Domain.Tests.Common;

public sealed class NhsNumberRules
{
    [Theory]
    [InlineData("943 476 5919")]
    [InlineData("943-476-5919")]
    [InlineData("9434765919")]
    [InlineData(" 9434765919 ")]
    public void Spaces_and_hyphens_are_forgiven_and_the_digits_kept(string input)
    {
        var number = NhsNumber.Parse(input);
        Assert.Equal("9434765919", number.Value);
        Assert.Equal("943 476 5919", number.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("943 476 591")]
    [InlineData("94347659190")]
    [InlineData("94347659l9")]
    [InlineData("943.476.5919")]
    public void Anything_but_ten_digits_asks_for_ten_digits(string? input)
    {
        var error = Assert.Throws<DomainException>(() => NhsNumber.Parse(input));
        Assert.Equal("Enter an NHS number with 10 digits", error.Message);
        Assert.Equal("NhsNumber", error.Field);
    }

    [Theory]
    [InlineData("9434765918")]
    [InlineData("1234567890")]
    public void A_wrong_check_digit_asks_the_person_entering_it_to_check_carefully(string input)
    {
        var error = Assert.Throws<DomainException>(() => NhsNumber.Parse(input, "Input.NhsNumber"));
        Assert.Equal("Enter a valid NHS number – check it carefully", error.Message);
        Assert.Equal("Input.NhsNumber", error.Field);
    }

    [Fact]
    public void A_check_value_of_ten_means_no_number_with_those_first_digits_is_valid()
    {
        Assert.Equal(10, NhsNumber.CheckValue("123456789"));
        for (var last = '0'; last <= '9'; last++)
        {
            Assert.False(NhsNumber.TryParse("123456789" + last, out _));
        }
    }

    [Fact]
    public void A_remainder_of_zero_gives_a_check_digit_of_zero()
    {
        Assert.Equal(0, NhsNumber.CheckValue("987654321"));
        Assert.True(NhsNumber.TryParse("9876543210", out _));
    }

    [Fact]
    public void Numbers_are_equal_whatever_way_they_were_typed()
    {
        Assert.Equal(NhsNumber.Parse("943 476 5919"), NhsNumber.Parse("943-476-5919"));
    }

    [Fact]
    public void TryParse_says_which_message_applies()
    {
        Assert.False(NhsNumber.TryParse("9434765918", out _, out var error));
        Assert.Equal(NhsNumber.EnterAValidNumber, error);
    }
}
