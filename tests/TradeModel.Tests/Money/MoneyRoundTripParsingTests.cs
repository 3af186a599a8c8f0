using System.Globalization;
using FsCheck.Xunit;

namespace TradeModel.Tests.Amounts;

/// <summary>
/// The round-trip form ("CNY 7523.80") is read on a short path; it must read every such text exactly as the general
/// parser reads it, scale included, and leave every other text (and every other culture) to the general parser.
/// </summary>
public sealed class MoneyRoundTripParsingTests
{
    [Property(MaxTest = 500)]
    public void Every_round_trip_text_reads_back_bit_for_bit(
        long mantissa,
        byte scale,
        ushort which
    )
    {
        var digits = Math.Abs(mantissa % 10_000_000_000_000_000);
        var amount = new decimal(
            (int)(uint)digits,
            (int)(uint)(digits >> 32),
            0,
            mantissa < 0 && digits != 0,
            (byte)(scale % 19)
        );
        var currency = Currency.Current[which % Currency.Current.Count];

        var parsed = Money.Parse(
            new Money(amount, currency).ToString("R", CultureInfo.InvariantCulture),
            CultureInfo.InvariantCulture
        );

        Assert.Equal(decimal.GetBits(amount), decimal.GetBits(parsed.Amount));
        Assert.Equal(currency, parsed.Currency);
    }

    [Theory]
    [InlineData("USD 1.5", "1.5")]
    [InlineData("USD 1.50", "1.50")]
    [InlineData("USD -0.001", "-0.001")]
    [InlineData("USD 1234567890123456789", "1234567890123456789")]
    [InlineData("USD 12345678901234567890", "12345678901234567890")]
    [InlineData("USD 5.", "5")]
    [InlineData("USD .5", "0.5")]
    [InlineData("USD 1,234.5", "1234.5")]
    public void Texts_near_the_round_trip_form_read_as_the_number_they_show(
        string text,
        string expected
    )
    {
        var parsed = Money.Parse(text, CultureInfo.InvariantCulture);

        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), parsed.Amount);
        Assert.Equal(Currency.USD, parsed.Currency);
    }

    [Fact]
    public void In_a_culture_where_the_point_groups_thousands_the_round_trip_shape_is_read_by_that_cultures_rules()
    {
        var parsed = Money.Parse("EUR 1.234", CultureInfo.GetCultureInfo("de-DE"));

        Assert.Equal(1234m, parsed.Amount);
    }

    [Fact]
    public void A_round_trip_text_in_another_currency_than_the_one_expected_is_refused()
    {
        Assert.Throws<FormatException>(() =>
            Money.Parse("USD 1.5", Currency.EUR, CultureInfo.InvariantCulture)
        );
    }
}
