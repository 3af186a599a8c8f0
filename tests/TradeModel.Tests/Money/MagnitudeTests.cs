namespace TradeModel.Tests.Amounts;

public sealed class MagnitudeTests
{
    [Fact]
    public void The_seed_total_in_billions_and_in_yi_is_the_same_amount()
    {
        var billions = Money.FromMagnitude(7523.8m, Magnitude.Billion, Currency.CNY);
        var yi = Money.FromMagnitude(75238m, Magnitude.Yi, Currency.CNY);

        Assert.Equal(yi, billions);
        Assert.Equal(7_523_800_000_000m, billions.Amount);
    }

    [Fact]
    public void Applying_a_magnitude_keeps_no_superfluous_decimals()
    {
        Assert.Equal(0, Magnitude.Billion.ToUnits(7523.8m).Scale);
        Assert.Equal(1, Magnitude.Wan.ToUnits(1.23456m).Scale);
        Assert.Equal(12345.6m, Magnitude.Wan.ToUnits(1.23456m));
    }

    [Theory]
    [InlineData(1_234L, "thousand")]
    [InlineData(999L, "one")]
    [InlineData(7_523_800_000_000L, "trillion")]
    [InlineData(-3_175_560_000_000L, "trillion")]
    [InlineData(2_051_150_000_000L, "trillion")]
    [InlineData(999_999_999_999L, "billion")]
    public void The_short_scale_magnitude_of_a_value_is_the_largest_not_above_it(
        long value,
        string expected
    )
    {
        Assert.Equal(expected, Magnitude.ShortScaleFor(value).ToString());
    }

    [Theory]
    [InlineData(9_999L, "one")]
    [InlineData(10_000L, "万")]
    [InlineData(7_523_800_000_000L, "万亿")]
    [InlineData(2_896_520_000_000L, "万亿")]
    [InlineData(117_268_000_000L, "亿")]
    public void The_Chinese_magnitude_of_a_value_is_the_largest_not_above_it(
        long value,
        string expected
    )
    {
        Assert.Equal(expected, Magnitude.ChineseFor(value).ToString());
    }

    [Fact]
    public void Trillion_and_wan_yi_have_the_same_factor_but_are_different_words()
    {
        Assert.Equal(Magnitude.Trillion.Factor, Magnitude.WanYi.Factor);
        Assert.NotEqual(Magnitude.Trillion, Magnitude.WanYi);
        Assert.True(Magnitude.WanYi.IsChinese);
        Assert.Equal(8, Magnitude.All.Count);
        Assert.Equal(Magnitude.One, default);
    }

    [Fact]
    public void An_amount_can_be_read_in_any_magnitude()
    {
        var total = Money.FromMagnitude(7523.8m, Magnitude.Billion, Currency.CNY);

        Assert.Equal(75238m, total.AmountIn(Magnitude.Yi));
        Assert.Equal(7.5238m, total.AmountIn(Magnitude.Trillion));
    }

    [Fact]
    public void A_magnitude_beyond_the_range_of_decimal_overflows()
    {
        Assert.Throws<OverflowException>(() =>
            Money.FromMagnitude(decimal.MaxValue, Magnitude.Thousand, Currency.CNY)
        );
    }
}
