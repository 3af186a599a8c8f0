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
}
