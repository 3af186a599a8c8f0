using System.Globalization;

namespace TradeModel.Tests.Reliability;

/// <summary>Money text that used to give a silently wrong value: each case fails on the code before its fix.</summary>
public sealed class MoneyTextRegressionTests
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    [Fact]
    public void An_amount_written_for_a_culture_reads_back_in_that_culture()
    {
        var quarter = new Money(0.25m, Currency.USD);

        var text = quarter.ToString(null, German);

        Assert.Equal("USD 0,25", text);
        Assert.Equal(quarter, Money.Parse(text, German));
    }

    [Fact]
    public void The_round_trip_format_is_invariant_whatever_the_culture()
    {
        var amount = new Money(-1234.50m, Currency.EUR);

        Assert.Equal("EUR -1234.50", amount.ToString("R", German));
        Assert.Equal(amount, Money.Parse(amount.ToString("R", German), null));
    }

    [Theory]
    [InlineData("USD 1.5", "de-DE")]
    [InlineData("USD 1,5", "en-US")]
    [InlineData("USD 12,34.5", "en-US")]
    [InlineData("USD 1,2345", "en-US")]
    [InlineData("USD ,123", "en-US")]
    [InlineData("USD 1.234.5", "de-DE")]
    public void A_group_separator_is_read_only_where_the_culture_puts_groups(
        string text,
        string culture
    )
    {
        Assert.Throws<FormatException>(() =>
            Money.Parse(text, CultureInfo.GetCultureInfo(culture))
        );
    }

    [Theory]
    [InlineData("USD 1.500", "de-DE", 1500)]
    [InlineData("USD 1,234,567.5", "en-US", 1234567.5)]
    [InlineData("USD 12,34,567.5", "hi-IN", 1234567.5)]
    [InlineData("USD 1'234.5", "de-CH", 1234.5)]
    [InlineData("USD 1 234,5", "fr-FR", 1234.5)]
    public void Group_separators_at_the_cultures_positions_are_read(
        string text,
        string culture,
        double expected
    )
    {
        Assert.Equal(
            (decimal)expected,
            Money.Parse(text, CultureInfo.GetCultureInfo(culture)).Amount
        );
    }

    [Theory]
    [InlineData("-USD -5")]
    [InlineData("--5 USD")]
    [InlineData("-USD +5")]
    [InlineData("+USD -5")]
    [InlineData("USD --5")]
    [InlineData("USD 5-")]
    public void Two_signs_are_an_error_not_a_positive_amount(string text)
    {
        var error = Assert.Throws<FormatException>(() => Money.Parse(text, null));

        Assert.Contains(text, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-USD 5", -5)]
    [InlineData("USD -5", -5)]
    [InlineData("−USD 5", -5)]
    [InlineData("USD −5", -5)]
    [InlineData("+USD 5", 5)]
    public void One_sign_before_the_currency_or_the_number_is_read(string text, int expected)
    {
        Assert.Equal(new Money(expected, Currency.USD), Money.Parse(text, null));
    }

    [Theory]
    [InlineData("USD 0.000000000000000000000000000001")]
    [InlineData("USD 1.00000000000000000000000000001")]
    [InlineData("USD 0.12345678901234567890123456789")]
    public void More_decimals_than_decimal_holds_are_refused_not_rounded(string text)
    {
        var error = Assert.Throws<FormatException>(() => Money.Parse(text, null));

        Assert.Contains("28", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Trailing_zeros_beyond_28_decimals_change_nothing_and_are_accepted()
    {
        var parsed = Money.Parse("USD 1.000000000000000000000000000000000", null);

        Assert.Equal(new Money(1m, Currency.USD), parsed);
        Assert.Equal(28, parsed.Amount.Scale);
    }

    [Fact]
    public void An_amount_beyond_the_range_of_decimal_is_an_error()
    {
        Assert.Throws<FormatException>(() =>
            Money.Parse("USD 79228162514264337593543950336", null)
        );
        Assert.Equal(
            decimal.MaxValue,
            Money.Parse("USD 79228162514264337593543950335", null).Amount
        );
    }

    [Theory]
    [InlineData("7523.8 billion yuan")]
    [InlineData("7,523.8 billion renminbi")]
    [InlineData("Yuan 7523.8 billion")]
    public void Yuan_and_renminbi_name_the_renminbi(string text)
    {
        Assert.Equal(
            Money.FromMagnitude(7523.8m, Magnitude.Billion, Currency.CNY),
            Money.Parse(text, null)
        );
    }

    [Theory]
    [InlineData("USD 1.05 trn", 1_050_000_000_000)]
    [InlineData("USD 3 bln", 3_000_000_000)]
    [InlineData("USD 4 mln", 4_000_000)]
    public void The_abbreviations_trn_bln_and_mln_are_magnitudes(string text, long expected)
    {
        Assert.Equal(new Money(expected, Currency.USD), Money.Parse(text, null));
    }

    [Fact]
    public void An_unknown_word_is_named_in_the_error()
    {
        var error = Assert.Throws<FormatException>(() => Money.Parse("USD 1.05 zillion", null));

        Assert.Contains(
            "'zillion' is neither a currency nor a magnitude",
            error.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void A_custom_code_with_a_digit_round_trips_and_is_not_read_as_its_letters()
    {
        var custom = Currency.Register("XAB1", "Test unit with a digit", 2);
        var letters = Currency.Register("XAB", "Test unit with letters", 2);
        var amount = new Money(12.5m, custom);

        var parsed = Money.Parse(amount.ToString(), null);

        Assert.Equal(amount, parsed);
        Assert.NotEqual(letters, parsed.Currency);
        Assert.Equal(amount, Money.Parse("12.5 XAB1", null));
    }

    [Fact]
    public void A_tiny_amount_in_thousands_is_written_in_full_not_as_zero()
    {
        var tiny = new Money(0.0000000000000000000000000001m, Currency.USD);

        Assert.Equal("USD 0.0000000000000000000000000000001 thousand", tiny.ToString("K", null));
        Assert.Equal("USD 0.00 thousand", tiny.ToString("K2", null));
        Assert.Equal(
            "USD -0.0000000000000000000000000000001 thousand",
            (-tiny).ToString("K", null)
        );
    }

    [Fact]
    public void A_long_group_separator_is_written_whole()
    {
        var format = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        format.NumberGroupSeparator = new string('_', 150);
        var amount = new Money(1234567m, Currency.USD);

        var text = amount.ToString("N0", format);

        Assert.Equal(
            "USD 1" + format.NumberGroupSeparator + "234" + format.NumberGroupSeparator + "567",
            text
        );
        Assert.Equal(amount, Money.Parse(text, format));
    }

    [Fact]
    public void Amounts_in_a_magnitude_need_not_fit_decimal_to_be_shown()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new Money(0.0000000000000000000000000001m, Currency.USD).AmountIn(Magnitude.Thousand)
        );
        Assert.Equal(
            7523.8m,
            Money
                .FromMagnitude(7523.8m, Magnitude.Billion, Currency.CNY)
                .AmountIn(Magnitude.Billion)
        );
    }
}
