namespace TradeModel.Tests.Currencies;

public sealed class CustomCurrencyTests
{
    [Fact]
    public void A_registered_custom_currency_is_found_by_code_like_an_ISO_one()
    {
        var unit = Currency.Register("TMUA", "TradeModel unit of account", 2);

        Assert.True(unit.IsCustom);
        Assert.Equal(unit, Currency.FromCode("tmua"));
        Assert.Null(unit.NumericCode);
        Assert.Equal(2, unit.MinorUnit);
        Assert.Equal(new Money(3m, unit), new Money(1m, unit) + new Money(2m, unit));
    }

    [Fact]
    public void Registering_an_ISO_code_is_an_error_naming_the_code()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Currency.Register("usd", "Fake dollar", 2)
        );

        Assert.Contains("'usd'", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Currency.Register("ANG", "Historic code", 2));
    }

    [Fact]
    public void Registering_the_same_definition_twice_returns_the_same_currency_but_a_different_one_is_an_error()
    {
        var first = Currency.Register("TMA", "Test currency A", 3);

        Assert.Equal(first, Currency.Register("TMA", "Test currency A", 3));
        Assert.Throws<ArgumentException>(() => Currency.Register("TMA", "Another name", 3));
    }

    [Theory]
    [InlineData("T1")]
    [InlineData("1ABC")]
    [InlineData("TOOLONGCODE")]
    [InlineData("AB-C")]
    public void Malformed_custom_codes_are_rejected(string code) =>
        Assert.Throws<ArgumentException>(() => Currency.Register(code, "Bad", 2));

    [Fact]
    public void A_minor_unit_outside_zero_to_twenty_eight_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Currency.Register("TMB", "Test B", 29));

    [Fact]
    public void Registration_is_thread_safe_and_every_registered_currency_is_found()
    {
        var codes = Enumerable.Range(0, 200).Select(i => $"TQ{i:000}").ToArray();

        var registered = codes
            .AsParallel()
            .Select(c => Currency.Register(c, "Parallel " + c, 2))
            .ToArray();

        Assert.Equal(codes.Length, registered.Distinct().Count());
        Assert.All(codes, c => Assert.Equal(c, Currency.FromCode(c).Code));
    }
}
