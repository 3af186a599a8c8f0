using NodaTime;
using TradeModel.Rates;

namespace TradeModel.Tests.Rates;

/// <summary>A rate table that derives pairs it does not hold through one common currency.</summary>
public sealed class ExchangeRateTableCrossTests
{
    private static readonly LocalDate Friday = new(2024, 3, 1);
    private static readonly LocalDate Monday = new(2024, 3, 4);
    private static readonly LocalDate Tuesday = new(2024, 3, 5);

    private static ExchangeRate Spot(Currency from, Currency to, LocalDate day, decimal rate) =>
        new(from, to, rate, ReferencePeriod.ForDay(day), RateKind.Spot);

    private static ExchangeRate Annual(Currency from, Currency to, int year, decimal rate) =>
        new(from, to, rate, ReferencePeriod.ForYear(year), RateKind.PeriodAverage, "published");

    // EUR/USD on Friday and Monday; USD/CNY on Friday only (say Monday is a holiday in Beijing).
    private static readonly ExchangeRateTable Rates = new([
        Spot(Currency.EUR, Currency.USD, Friday, 1.0850m),
        Spot(Currency.EUR, Currency.USD, Monday, 1.0860m),
        Spot(Currency.USD, Currency.CNY, Friday, 7.1000m),
        Annual(Currency.EUR, Currency.USD, 2024, 1.0824m),
        Annual(Currency.USD, Currency.CNY, 2024, 7.1217m),
        new ExchangeRate(
            Currency.GBP,
            Currency.USD,
            1.2736m,
            ReferencePeriod.ForQuarter(2024, 4),
            RateKind.EndOfPeriod
        ),
        new ExchangeRate(
            Currency.USD,
            Currency.CNY,
            7.2993m,
            ReferencePeriod.ForQuarter(2024, 4),
            RateKind.EndOfPeriod
        ),
        Spot(Currency.GBP, Currency.CNY, Friday, 9.0000m),
        Spot(Currency.GBP, Currency.USD, Friday, 1.2600m),
    ]);

    private static readonly ExchangeRateTable ViaDollar = Rates.WithCrossVia(Currency.USD);

    [Fact]
    public void A_table_answers_only_the_pairs_it_holds_unless_asked_to_cross()
    {
        Assert.Null(Rates.CrossVia);
        var error = Assert.Throws<MissingExchangeRateException>(() =>
            Rates.GetRate(Currency.EUR, Currency.CNY, Friday, RateDateMatch.Exact)
        );

        Assert.Equal("No EUR/CNY rate on 2024-03-01.", error.Message);
    }

    [Fact]
    public void A_pair_not_held_is_the_cross_of_its_two_legs_through_the_common_currency()
    {
        var rate = ViaDollar.GetRate(Currency.EUR, Currency.CNY, Friday, RateDateMatch.Exact);

        Assert.Equal(Currency.USD, ViaDollar.CrossVia);
        Assert.Equal(1.0850m * 7.1000m, rate.Rate);
        Assert.Equal(ReferencePeriod.ForDay(Friday), rate.AppliesTo);
        Assert.Equal(
            [Currency.EUR, Currency.USD],
            new[] { rate.DerivedFrom[0].BaseCurrency, rate.DerivedFrom[0].QuoteCurrency }
        );
        Assert.Equal(
            [Currency.USD, Currency.CNY],
            new[] { rate.DerivedFrom[1].BaseCurrency, rate.DerivedFrom[1].QuoteCurrency }
        );
    }

    [Fact]
    public void A_cross_rate_uses_each_leg_in_whichever_orientation_it_is_held()
    {
        var rate = ViaDollar.GetRate(Currency.CNY, Currency.EUR, Friday, RateDateMatch.Exact);

        Assert.Equal(Currency.CNY, rate.BaseCurrency);
        Assert.Equal(Currency.EUR, rate.QuoteCurrency);
        Assert.Equal(
            ViaDollar.GetRate(Currency.EUR, Currency.CNY, Friday, RateDateMatch.Exact).Rate,
            1m / rate.Rate,
            20
        );
    }

    [Fact]
    public void A_held_pair_wins_over_its_cross_rate()
    {
        var rate = ViaDollar.GetRate(Currency.GBP, Currency.CNY, Friday, RateDateMatch.Exact);

        Assert.Equal(9.0000m, rate.Rate);
        Assert.Empty(rate.DerivedFrom);
        Assert.NotEqual(1.2600m * 7.1000m, rate.Rate);
    }

    [Fact]
    public void Both_legs_of_a_cross_rate_are_always_from_the_same_day()
    {
        var rate = ViaDollar.GetRate(
            Currency.EUR,
            Currency.CNY,
            Tuesday,
            RateDateMatch.LatestOnOrBefore
        );

        // Monday has EUR/USD but no USD/CNY, so the latest day with both legs is Friday.
        Assert.Equal(ReferencePeriod.ForDay(Friday), rate.AppliesTo);
        Assert.Equal(1.0850m * 7.1000m, rate.Rate);
        Assert.All(
            rate.DerivedFrom,
            leg => Assert.Equal(ReferencePeriod.ForDay(Friday), leg.AppliesTo)
        );
    }

    [Fact]
    public void A_day_with_only_one_leg_has_no_exact_cross_rate_and_the_error_says_so()
    {
        var error = Assert.Throws<MissingExchangeRateException>(() =>
            ViaDollar.GetRate(Currency.EUR, Currency.CNY, Monday, RateDateMatch.Exact)
        );

        Assert.Equal("No EUR/CNY rate on 2024-03-04, held or crossed through USD.", error.Message);
        Assert.Equal(ReferencePeriod.ForDay(Monday), error.Period);
    }

    [Fact]
    public void A_cross_average_is_the_product_of_the_two_legs_averages()
    {
        var rate = ViaDollar.GetAverageRate(
            Currency.EUR,
            Currency.CNY,
            ReferencePeriod.ForYear(2024)
        );

        Assert.Equal(1.0824m * 7.1217m, rate.Rate);
        Assert.Equal(RateKind.PeriodAverage, rate.Kind);
        Assert.Equal(ReferencePeriod.ForYear(2024), rate.AppliesTo);
        Assert.Equal(2, rate.DerivedFrom.Count);
    }

    [Fact]
    public void An_end_of_period_rate_is_crossed_from_end_of_period_legs()
    {
        var found = ViaDollar.TryGetPeriodRate(
            Currency.GBP,
            Currency.CNY,
            ReferencePeriod.ForQuarter(2024, 4),
            RateKind.EndOfPeriod,
            out var rate
        );

        Assert.True(found);
        Assert.Equal(1.2736m * 7.2993m, rate!.Rate);
        Assert.False(
            Rates.TryGetPeriodRate(
                Currency.GBP,
                Currency.CNY,
                ReferencePeriod.ForQuarter(2024, 4),
                RateKind.EndOfPeriod,
                out _
            )
        );
    }

    [Fact]
    public void Converting_through_a_cross_rate_equals_converting_leg_by_leg()
    {
        var amount = new Money(250_000.00m, Currency.EUR);
        var rate = ViaDollar.GetRate(Currency.EUR, Currency.CNY, Friday, RateDateMatch.Exact);

        var legByLeg = rate.DerivedFrom[1].Convert(rate.DerivedFrom[0].Convert(amount));

        Assert.Equal(legByLeg, rate.Convert(amount));
        Assert.Equal(new Money(1_925_875.00m, Currency.CNY), rate.Convert(amount));
    }

    [Fact]
    public void The_common_currency_itself_is_never_crossed_through()
    {
        Assert.Throws<MissingExchangeRateException>(() =>
            ViaDollar.GetRate(Currency.USD, Currency.JPY, Friday, RateDateMatch.Exact)
        );
    }

    [Fact]
    public void Crossing_through_no_currency_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => Rates.WithCrossVia(Currency.None));

        Assert.Equal("via", error.ParamName);
        Assert.Contains("XXX", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_crossing_table_shares_the_rates_of_the_table_it_came_from()
    {
        Assert.Equal(Rates.Count, ViaDollar.Count);
        Assert.Equal(
            Rates.GetRate(Currency.EUR, Currency.USD, Monday, RateDateMatch.Exact),
            ViaDollar.GetRate(Currency.EUR, Currency.USD, Monday, RateDateMatch.Exact)
        );
    }
}
