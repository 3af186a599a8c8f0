using System.Globalization;
using System.Text.Json;
using TradeModel.Releases;

namespace TradeModel.Tests.Reliability;

/// <summary>The edges of every range the library works in: decimal's limits and scale, the calendar's first and last years, many parts.</summary>
public sealed class ExtremesTests
{
    public static TheoryData<decimal> ExtremeAmounts() =>
        [
            decimal.MaxValue,
            decimal.MinValue,
            0.0000000000000000000000000001m,
            -0.0000000000000000000000000001m,
            7.9228162514264337593543950335m,
            1.0000000000000000000000000000m,
            0m,
        ];

    [Theory]
    [MemberData(nameof(ExtremeAmounts))]
    public void Extreme_amounts_round_trip_through_text_and_json_with_their_scale(decimal amount)
    {
        var money = new Money(amount, Currency.USD);

        Assert.Equal(
            money.ToString("R", null),
            Money.Parse(money.ToString(), null).ToString("R", null)
        );
        Assert.Equal(
            money.ToString("R", null),
            JsonSerializer.Deserialize<Money>(JsonSerializer.Serialize(money)).ToString("R", null)
        );
        var german = CultureInfo.GetCultureInfo("de-DE");
        Assert.Equal(money, Money.Parse(money.ToString(null, german), german));
    }

    [Theory]
    [MemberData(nameof(ExtremeAmounts))]
    public void Extreme_amounts_are_written_in_every_magnitude_without_failing(decimal amount)
    {
        var money = new Money(amount, Currency.USD);

        foreach (
            var format in new[]
            {
                "N",
                "N0",
                "K",
                "K2",
                "M",
                "B",
                "B28",
                "T",
                "W",
                "Y",
                "Z",
                "A",
                "C",
            }
        )
        {
            var text = money.ToString(format, null);
            Assert.StartsWith("USD ", text, StringComparison.Ordinal);
            Assert.True(text.Length > 4, format);
        }
    }

    [Theory]
    [MemberData(nameof(ExtremeAmounts))]
    public void Extreme_amounts_split_and_allocate_to_exactly_the_whole(decimal amount)
    {
        var money = new Money(amount, Currency.USD);

        Assert.Equal(money, money.Split(7).Aggregate(Money.Zero(Currency.USD), (a, b) => a + b));
        Assert.Equal(
            money,
            money.Allocate(1m, 2m, 3.5m).Aggregate(Money.Zero(Currency.USD), (a, b) => a + b)
        );
    }

    [Fact]
    public void Adding_past_the_largest_amount_names_the_operation()
    {
        var largest = new Money(decimal.MaxValue, Currency.USD);

        var error = Assert.Throws<OverflowException>(() => largest + new Money(1m, Currency.USD));

        Assert.Contains("Adding", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_million_parts_add_up_to_the_whole()
    {
        var money = new Money(1234567.89m, Currency.CNY);

        var parts = money.Split(1_000_000);

        Assert.Equal(1_000_000, parts.Length);
        Assert.Equal(money, parts.Aggregate(Money.Zero(Currency.CNY), (a, b) => a + b));
    }

    [Fact]
    public void The_first_year_has_no_year_before_it()
    {
        var first = ReferencePeriod.ForYear(1);

        Assert.Throws<ArgumentOutOfRangeException>(() => first.YearEarlier());
        Assert.Throws<ArgumentOutOfRangeException>(() => first.Previous());
        Assert.Throws<ArgumentOutOfRangeException>(() => ReferencePeriod.ForYear(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReferencePeriod.ForYear(10_000));
        Assert.Equal(ReferencePeriod.ForYear(9998), ReferencePeriod.ForYear(9999).Previous());
    }

    [Fact]
    public void Growth_between_the_extremes_of_decimal_is_an_overflow_not_a_wrong_figure()
    {
        var smallest = new Money(0.0000000000000000000000000001m, Currency.USD);
        var largest = new Money(decimal.MaxValue, Currency.USD);

        Assert.Throws<OverflowException>(() => ReleaseArithmetic.Growth(largest, smallest));
        Assert.Equal(
            PercentFigure.Percent(-100m),
            ReleaseArithmetic.Growth(Money.Zero(Currency.USD), largest)
        );
    }
}
