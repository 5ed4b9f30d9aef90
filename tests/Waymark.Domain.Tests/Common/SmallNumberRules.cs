using Waymark.Domain.Common;

namespace Waymark.Domain.Tests.Common;

public sealed class SmallNumberRules
{
    [Fact]
    public void Zero_is_shown_as_zero()
    {
        var zero = SmallNumbers.Protect(0);

        Assert.Equal((0, false, "0"), (zero.Value, zero.Suppressed, zero.ToString()));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Counts_from_one_to_four_are_suppressed_as_fewer_than_five(int count)
    {
        var shown = SmallNumbers.Protect(count);

        Assert.Equal((null, true, "fewer than 5"), (shown.Value, shown.Suppressed, shown.ToString()));
    }

    [Theory]
    [InlineData(5, 5)]
    [InlineData(6, 5)]
    [InlineData(7, 5)]
    [InlineData(8, 10)]
    [InlineData(12, 10)]
    [InlineData(13, 15)]
    [InlineData(1234, 1235)]
    public void Counts_of_five_or_more_are_rounded_to_the_nearest_five(int count, int published)
    {
        var shown = SmallNumbers.Protect(count);

        Assert.Equal((published, false), (shown.Value, shown.Suppressed));
    }

    [Fact]
    public void Large_counts_read_with_thousands_separators()
    {
        Assert.Equal("1,235", SmallNumbers.Protect(1234).ToString());
    }

    [Fact]
    public void A_negative_count_is_a_programming_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SmallNumbers.Protect(-1));
    }

    [Fact]
    public void A_total_is_protected_from_the_true_counts_not_summed_from_the_published_ones()
    {
        // 3 (suppressed) + 7 (shown as 5) = 10 in truth: the total is 10, not 5 plus "fewer than 5".
        Assert.Equal(10, SmallNumbers.Total([3, 7]).Value);
        // 4 + 8 = 12, published as 10: taking the published 10 for the 8 from it gives 0, not the suppressed 4.
        Assert.Equal(10, SmallNumbers.Total([4, 8]).Value);
        Assert.True(SmallNumbers.Total([1, 2]).Suppressed);
        Assert.Equal(0, SmallNumbers.Total([]).Value);
    }

    [Fact]
    public void Taking_the_published_counts_from_a_published_total_never_gives_a_suppressed_count()
    {
        // Every published number is 0 or a multiple of 5, so a difference is never 1 to 4.
        for (var hidden = 1; hidden < SmallNumbers.Threshold; hidden++)
        {
            for (var other = 0; other <= 100; other++)
            {
                for (var third = 0; third <= 30; third += 3)
                {
                    var total = SmallNumbers.Total([hidden, other, third]);
                    var difference = (total.Value ?? 0) - (SmallNumbers.Protect(other).Value ?? 0) - (SmallNumbers.Protect(third).Value ?? 0);
                    Assert.False(difference is >= 1 and < SmallNumbers.Threshold, $"{hidden} beside {other} and {third} gives {difference}");
                }
            }
        }
    }
}
