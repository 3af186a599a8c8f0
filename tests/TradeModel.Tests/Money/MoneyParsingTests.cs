using System.Globalization;

namespace TradeModel.Tests.Amounts;

public sealed class MoneyParsingTests
{
    private static readonly Money SeedTotal = Money.FromMagnitude(
        7523.8m,
        Magnitude.Billion,
        Currency.CNY
    );

    [Theory]
    [InlineData("7,523.8 billion CNY")]
    [InlineData("75,238亿元")]
    [InlineData("75238亿元")]
    [InlineData("CNY 7523800000000")]
    [InlineData("CNY 7.5238 trillion")]
    [InlineData("7.5238万亿元")]
    [InlineData("RMB 7,523.8bn")]
    [InlineData("人民币75238亿")]
    [InlineData("CNY 7523.8B")]
    [InlineData("75238 亿 CNY")]
    public void The_seed_total_can_be_read_in_every_way_it_is_written(string text)
    {
        Assert.Equal(SeedTotal, Money.Parse(text, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("€126.36M", "EUR", 126_360_000)]
    [InlineData("US$ 1,047 bn", "USD", 1_047_000_000_000)]
    [InlineData("£5k", "GBP", 5_000)]
    [InlineData("-CNY 3.5", "CNY", -3.5)]
    [InlineData("CNY -3.5", "CNY", -3.5)]
    [InlineData("JPY 1,000", "JPY", 1000)]
    [InlineData("3.25 usd", "USD", 3.25)]
    [InlineData("1 thousand EUR", "EUR", 1000)]
    [InlineData("2 trillion USD", "USD", 2_000_000_000_000)]
    public void Codes_and_unambiguous_symbols_can_stand_before_or_after_the_number(
        string text,
        string code,
        double amount
    )
    {
        Assert.Equal(new Money((decimal)amount, Currency.FromCode(code)), Money.Parse(text, null));
    }

    [Fact]
    public void Parsing_the_round_trip_format_keeps_the_scale()
    {
        var parsed = Money.Parse("CNY 7523.80", null);

        Assert.Equal(2, parsed.Amount.Scale);
        Assert.Equal("CNY 7523.80", parsed.ToString());
    }

    [Theory]
    [InlineData("$5")]
    [InlineData("¥100")]
    [InlineData("100 kr")]
    public void Ambiguous_symbols_without_a_currency_are_rejected_with_the_symbol_named(string text)
    {
        var error = Assert.Throws<FormatException>(() => Money.Parse(text, null));

        Assert.Contains("several currencies", error.Message, StringComparison.Ordinal);
        Assert.Contains(text, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ambiguous_symbol_is_read_as_the_currency_the_caller_names()
    {
        Assert.Equal(
            new Money(5m, Currency.FromCode("AUD")),
            Money.Parse("$5", Currency.FromCode("AUD"), null)
        );
        Assert.Equal(new Money(100m, Currency.JPY), Money.Parse("¥100", Currency.JPY, null));
        Assert.Equal(new Money(100m, Currency.CNY), Money.Parse("¥100", Currency.CNY, null));
    }

    [Fact]
    public void A_named_currency_that_contradicts_the_text_is_an_error()
    {
        var error = Assert.Throws<FormatException>(() => Money.Parse("EUR 5", Currency.USD, null));

        Assert.Contains("EUR", error.Message, StringComparison.Ordinal);
        Assert.Contains("USD", error.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => Money.Parse("¥5", Currency.EUR, null));
    }

    [Fact]
    public void Text_without_a_currency_needs_the_caller_to_name_one()
    {
        Assert.Throws<FormatException>(() => Money.Parse("7,523.8 billion", null));
        Assert.Equal(SeedTotal, Money.Parse("7,523.8 billion", Currency.CNY, null));
    }

    [Theory]
    [InlineData("en-US", "CNY 1,234,567.89")]
    [InlineData("de-DE", "CNY 1.234.567,89")]
    [InlineData("fr-FR", "CNY 1\u202F234\u202F567,89")]
    [InlineData("fr-FR", "CNY 1 234 567,89")]
    [InlineData("fr-FR", "CNY 1\u00A0234\u00A0567,89")]
    [InlineData("de-CH", "CNY 1\u2019234\u2019567.89")]
    [InlineData("de-CH", "CNY 1'234'567.89")]
    [InlineData("zh-CN", "CNY 1,234,567.89")]
    public void Numbers_are_read_with_the_separators_of_the_culture_given_including_those_people_type(
        string culture,
        string text
    )
    {
        Assert.Equal(
            new Money(1_234_567.89m, Currency.CNY),
            Money.Parse(text, CultureInfo.GetCultureInfo(culture))
        );
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("CNY")]
    [InlineData("CNY abc")]
    [InlineData("CNY 1.2.3")]
    [InlineData("CNY 5 apples")]
    [InlineData("XYZ 5")]
    public void Malformed_text_is_rejected_with_a_format_exception_quoting_it(string text)
    {
        var error = Assert.Throws<FormatException>(() => Money.Parse(text, null));

        Assert.Contains($"'{text}'", error.Message, StringComparison.Ordinal);
        Assert.False(Money.TryParse(text, null, out var result));
        Assert.Equal(default, result);
    }

    [Fact]
    public void An_amount_beyond_decimal_is_rejected_not_rounded()
    {
        var error = Assert.Throws<FormatException>(() =>
            Money.Parse("CNY 79228162514264337593543950335 thousand", null)
        );

        Assert.Contains("range", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_string_is_an_argument_error_for_Parse_and_false_for_TryParse()
    {
        Assert.Throws<ArgumentNullException>(() => Money.Parse((string)null!, null));
        Assert.False(Money.TryParse((string?)null, null, out _));
    }

    [Fact]
    public void Span_parsing_matches_string_parsing()
    {
        Assert.True(Money.TryParse("75,238亿元".AsSpan(), null, out var fromSpan));
        Assert.Equal(SeedTotal, fromSpan);
        Assert.True(Money.TryParse("75,238亿".AsSpan(), Currency.CNY, null, out var withCurrency));
        Assert.Equal(SeedTotal, withCurrency);
    }
}
