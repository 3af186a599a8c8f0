namespace TradeModel.Tests.Figures;

/// <summary>
/// Plain numbers in fixed point: the digits as one whole number and the count of decimals, exactly what the coded
/// appender takes, for the numbers machine-written files hold.
/// </summary>
public sealed class ExactDecimalFixedPointTests
{
    [Theory]
    [InlineData("1234.567", 1234567L, 3)]
    [InlineData("2024", 2024L, 0)]
    [InlineData("0.005", 5L, 3)]
    [InlineData("7.50", 750L, 2)]
    [InlineData("999999999999999999", 999999999999999999L, 0)]
    [InlineData("0.00000000000000001", 1L, 17)]
    public void A_plain_number_is_its_digits_at_the_scale_of_its_decimals(
        string text,
        long units,
        int scale
    )
    {
        Assert.True(ExactDecimal.TryParseFixedPoint(text, out var u, out var s));

        Assert.Equal((units, scale), (u, s));
        Assert.Equal(ExactDecimal.Parse(text), new decimal(u) / Pow10(s));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-5")]
    [InlineData("+5")]
    [InlineData(" 5")]
    [InlineData("5.")]
    [InlineData(".5")]
    [InlineData("1.2.3")]
    [InlineData("1e3")]
    [InlineData("1,000")]
    [InlineData("NA")]
    [InlineData("1234567890123456789")]
    [InlineData("12345678901.23456789")]
    public void Anything_but_a_plain_number_of_at_most_18_digits_is_left_to_the_general_reader(
        string text
    )
    {
        Assert.False(ExactDecimal.TryParseFixedPoint(text, out var units, out var scale));

        Assert.Equal((0L, 0), (units, scale));
    }

    private static decimal Pow10(int scale)
    {
        var power = 1m;
        for (var i = 0; i < scale; i++)
        {
            power *= 10m;
        }
        return power;
    }
}
