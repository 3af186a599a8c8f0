using NodaTime;
using TradeModel.Rates;
using TradeModel.Tests.Support;

namespace TradeModel.Tests.Rates;

public sealed class MoneyBagTests
{
    private static readonly ExchangeRateTable Rates = TestTables.Rates(
        """
        period,base,quote,rate
        2024,USD,CNY,7.1217
        2024,EUR,CNY,7.7
        2024-06-28,USD,CNY,7.1268
        """
    );

    [Fact]
    public void A_bag_keeps_one_total_per_currency()
    {
        var bag =
            MoneyBag.Empty
            + new Money(5m, Currency.CNY)
            + new Money(3m, Currency.USD)
            + new Money(2m, Currency.CNY);

        Assert.Equal(2, bag.Count);
        Assert.Equal(new Money(7m, Currency.CNY), bag[Currency.CNY]);
        Assert.Equal(new Money(0m, Currency.EUR), bag[Currency.EUR]);
        Assert.Equal("CNY 7, USD 3", bag.ToString());
    }

    [Fact]
    public void Subtracting_to_zero_removes_the_currency()
    {
        var bag =
            MoneyBag.Of([new Money(5m, Currency.CNY), new Money(3m, Currency.USD)])
            - new Money(3m, Currency.USD);

        Assert.Equal([Currency.CNY], bag.Currencies);
        Assert.Equal(MoneyBag.Of([new Money(5m, Currency.CNY)]), bag);
    }

    [Fact]
    public void Bags_add_per_currency()
    {
        var left = MoneyBag.Of([new Money(1m, Currency.CNY), new Money(1m, Currency.USD)]);
        var right = MoneyBag.Of([new Money(2m, Currency.CNY), new Money(1m, Currency.EUR)]);

        Assert.Equal(
            MoneyBag.Of([
                new Money(3m, Currency.CNY),
                new Money(1m, Currency.USD),
                new Money(1m, Currency.EUR),
            ]),
            left + right
        );
    }

    [Fact]
    public void A_bag_converts_to_one_currency_with_the_average_rates_of_a_period()
    {
        var bag = MoneyBag.Of([
            new Money(100m, Currency.CNY),
            new Money(10m, Currency.USD),
            new Money(10m, Currency.EUR),
        ]);

        Assert.Equal(
            new Money(100m + 71.217m + 77m, Currency.CNY),
            bag.ConvertTo(Currency.CNY, Rates, ReferencePeriod.ForYear(2024))
        );
    }

    [Fact]
    public void A_bag_converts_with_the_rates_of_a_date_and_a_missing_rate_names_the_pair()
    {
        var bag = MoneyBag.Of([new Money(10m, Currency.USD)]);

        Assert.Equal(
            new Money(71.268m, Currency.CNY),
            bag.ConvertTo(
                Currency.CNY,
                Rates,
                new LocalDate(2024, 6, 30),
                RateDateMatch.LatestOnOrBefore
            )
        );
        var error = Assert.Throws<MissingExchangeRateException>(() =>
            (bag + new Money(1m, Currency.GBP)).ConvertTo(
                Currency.CNY,
                Rates,
                ReferencePeriod.ForYear(2024)
            )
        );
        Assert.Contains("GBP/CNY", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bags_holding_the_same_nonzero_totals_are_equal_however_they_were_filled()
    {
        var filled =
            MoneyBag.Empty
            + new Money(5.0m, Currency.CNY)
            + new Money(3m, Currency.USD)
            - new Money(3m, Currency.USD);
        var direct = MoneyBag.Empty + new Money(5m, Currency.CNY);

        Assert.True(filled == direct);
        Assert.False(filled != direct);
        Assert.Equal(filled.GetHashCode(), direct.GetHashCode());
        Assert.True(direct != direct + new Money(1m, Currency.EUR));
        Assert.False(direct == null);
        Assert.True((MoneyBag?)null == null);
    }

    [Fact]
    public void A_bag_converts_a_currency_without_a_direct_rate_through_the_tables_cross_currency()
    {
        var rates = TestTables
            .Rates(
                """
                period,base,quote,rate
                2024,USD,CNY,7.1217
                2024,GBP,USD,1.278
                """
            )
            .WithCrossVia(Currency.USD);
        var bag = MoneyBag.Empty + new Money(100m, Currency.GBP) + new Money(50m, Currency.CNY);

        var total = bag.ConvertTo(Currency.CNY, rates, ReferencePeriod.ForYear(2024));

        Assert.Equal(new Money(100m * 1.278m * 7.1217m + 50m, Currency.CNY), total);
        Assert.Throws<MissingExchangeRateException>(() =>
            bag.ConvertTo(Currency.EUR, rates, ReferencePeriod.ForYear(2024))
        );
    }
}
