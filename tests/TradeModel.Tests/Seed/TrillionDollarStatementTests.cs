using TradeModel.Rates;

namespace TradeModel.Tests.Seed;

/// <summary>
/// The seed says China's 2024 services trade "exceeded US$1 trillion for the first time". In yuan the total is
/// 7,523.8 billion; whether that exceeds US$1 trillion depends on the 2024 average rate used to convert it.
/// </summary>
public sealed class TrillionDollarStatementTests
{
    private static readonly Money Total = Money.Parse("75,238亿元", null);
    private static readonly ReferencePeriod Year2024 = ReferencePeriod.ForYear(2024);
    private static readonly Money OneTrillionDollars = Money.FromMagnitude(
        1m,
        Magnitude.Trillion,
        Currency.USD
    );

    private static Money InDollars(decimal cnyPerUsd) =>
        new ExchangeRate(
            Currency.USD,
            Currency.CNY,
            cnyPerUsd,
            Year2024,
            RateKind.PeriodAverage
        ).Convert(Total);

    [Fact]
    public void At_the_2024_average_rate_of_7_1217_yuan_per_dollar_the_total_exceeds_one_trillion_dollars()
    {
        var dollars = InDollars(7.1217m);

        Assert.True(dollars > OneTrillionDollars);
        Assert.Equal("USD 1,056.5 billion", dollars.ToString("B1", null));
    }

    [Fact]
    public void The_statement_holds_for_any_rate_below_the_total_in_trillions_of_yuan()
    {
        var threshold = Total.AmountIn(Magnitude.Trillion);

        Assert.Equal(7.5238m, threshold);
        Assert.Equal(OneTrillionDollars, InDollars(threshold));
        Assert.True(InDollars(threshold - 0.0001m) > OneTrillionDollars);
        Assert.False(InDollars(threshold + 0.0001m) > OneTrillionDollars);
    }
}
