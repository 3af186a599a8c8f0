using System.Globalization;
using TradeModel.Rates;

namespace TradeModel.Tests.Reliability;

/// <summary>
/// One test per defect of the second outside hostile-input run that the core owned, each failing on the code before
/// its fix (the readers' and the DuckDB engine's are in their own suites).
/// </summary>
public sealed class RoundTwoRegressionTests
{
    [Fact]
    public void A_money_bag_is_written_in_the_invariant_culture_whatever_the_machines()
    {
        var bag = MoneyBag.Of([new Money(-2.25m, Currency.EUR), new Money(1.5m, Currency.USD)]);
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");

            Assert.Equal("EUR -2.25, USD 1.5", bag.ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(29)]
    public void A_figure_written_with_a_digit_count_outside_0_to_28_is_refused(int decimals)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            PercentFigure.Percent(1m).ToString(decimals)
        );

        Assert.Equal("decimals", e.ParamName);
    }

    [Theory]
    [InlineData("K")]
    [InlineData("M")]
    [InlineData("B")]
    [InlineData("T")]
    [InlineData("W")]
    [InlineData("Y")]
    public void The_smallest_amount_written_in_a_magnitude_reads_back_as_itself(string format)
    {
        var tiny = new Money(0.0000000000000000000000000001m, Currency.USD);

        var text = tiny.ToString(format, null);

        Assert.Equal(tiny, Money.Parse(text, null));
    }

    [Fact]
    public void An_amount_in_a_magnitude_still_reads_in_units_without_superfluous_decimals()
    {
        Assert.Equal(
            "USD 7523800000000",
            Money.Parse("USD 7,523.8 billion", null).ToString("R", null)
        );
        Assert.Equal("USD 1500", Money.Parse("USD 1.50 thousand", null).ToString("R", null));
    }
}
