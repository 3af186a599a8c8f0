namespace TradeModel.Tests.Amounts;

public sealed class MoneyRoundingTests
{
    [Fact]
    public void Arithmetic_never_rounds_until_asked()
    {
        var third = new Money(100m, Currency.CNY) / 3m;

        Assert.Equal(33.333333333333333333333333333m, third.Amount);
        Assert.Equal(new Money(33.33m, Currency.CNY), third.Round());
    }

    [Theory]
    [InlineData("CNY", 2.345, 2.34)]
    [InlineData("CNY", 2.355, 2.36)]
    [InlineData("JPY", 2.5, 2)]
    [InlineData("JPY", 3.5, 4)]
    [InlineData("BHD", 1.23456, 1.235)]
    [InlineData("CLF", 1.234565, 1.2346)]
    public void Rounding_goes_to_the_minor_unit_with_bankers_rounding_by_default(
        string code,
        double amount,
        double expected
    )
    {
        var money = new Money((decimal)amount, Currency.FromCode(code));

        Assert.Equal(new Money((decimal)expected, money.Currency), money.Round());
    }

    [Theory]
    [InlineData(MidpointRounding.ToEven, 2.34)]
    [InlineData(MidpointRounding.AwayFromZero, 2.35)]
    [InlineData(MidpointRounding.ToZero, 2.34)]
    [InlineData(MidpointRounding.ToNegativeInfinity, 2.34)]
    [InlineData(MidpointRounding.ToPositiveInfinity, 2.35)]
    public void Every_midpoint_rule_can_be_chosen(MidpointRounding mode, double expected)
    {
        var money = new Money(2.345m, Currency.CNY);

        Assert.Equal((decimal)expected, money.Round(mode).Amount);
        Assert.Equal((decimal)expected, money.Round(2, mode).Amount);
    }

    [Fact]
    public void Rounding_to_any_number_of_decimals_is_possible()
    {
        Assert.Equal(7523.8m, new Money(7523.80499m, Currency.CNY).Round(1).Amount);
        Assert.Equal(7524m, new Money(7523.5m, Currency.CNY).Round(0).Amount);
    }

    [Fact]
    public void A_currency_without_a_minor_unit_is_left_unchanged_by_rounding_to_the_minor_unit()
    {
        var gold = new Money(1.23456789m, Currency.FromCode("XAU"));

        Assert.Equal(gold, gold.Round());
        Assert.Equal(1.23m, gold.Round(2).Amount);
    }

    [Fact]
    public void Bad_rounding_arguments_are_rejected()
    {
        var money = new Money(1m, Currency.CNY);

        Assert.Throws<ArgumentOutOfRangeException>(() => money.Round(29));
        Assert.Throws<ArgumentOutOfRangeException>(() => money.Round(-1));
        Assert.Throws<ArgumentException>(() => money.Round((MidpointRounding)42));
        Assert.Throws<ArgumentException>(() =>
            new Money(1m, Currency.None).Round((MidpointRounding)42)
        );
    }
}
