using System.Runtime.CompilerServices;
using FsCheck.Xunit;

namespace TradeModel.Tests.Amounts;

/// <summary>
/// Money packs its currency into the unused bits of its decimal: it is as small as a decimal, and every amount and
/// currency come back bit for bit, scale and sign included.
/// </summary>
public sealed class MoneyLayoutTests
{
    public static TheoryData<string> Extremes =>
        [
            "79228162514264337593543950335",
            "-79228162514264337593543950335",
            "0.0000000000000000000000000001",
            "-0.0000000000000000000000000000",
            "1.000",
            "0",
        ];

    [Fact]
    public void Money_is_as_small_as_a_decimal()
    {
        Assert.Equal(Unsafe.SizeOf<decimal>(), Unsafe.SizeOf<Money>());
    }

    [Property(MaxTest = 500)]
    public void Every_amount_comes_back_bit_for_bit_in_every_currency(decimal amount, ushort which)
    {
        var currencies = Currency.All;
        var currency = currencies[which % currencies.Count];

        var money = new Money(amount, currency);

        Assert.Equal(decimal.GetBits(amount), decimal.GetBits(money.Amount));
        Assert.Equal(currency, money.Currency);
    }

    [Theory]
    [MemberData(nameof(Extremes))]
    public void The_largest_smallest_and_negative_zero_amounts_keep_their_bits(string text)
    {
        var amount = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        var money = new Money(amount, Currency.FromCode("XAU"));

        Assert.Equal(decimal.GetBits(amount), decimal.GetBits(money.Amount));
        Assert.Equal(Currency.FromCode("XAU"), money.Currency);
    }

    [Fact]
    public void The_default_money_is_zero_with_no_currency()
    {
        Assert.Equal(0m, default(Money).Amount);
        Assert.Equal(Currency.None, default(Money).Currency);
    }
}
