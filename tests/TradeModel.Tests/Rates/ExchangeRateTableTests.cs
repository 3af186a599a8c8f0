using NodaTime;
using TradeModel.Rates;

namespace TradeModel.Tests.Rates;

public sealed class ExchangeRateTableTests
{
    private static ExchangeRate Spot(int year, int month, int day, decimal rate) =>
        new(
            Currency.USD,
            Currency.CNY,
            rate,
            ReferencePeriod.ForDay(new LocalDate(year, month, day)),
            RateKind.Spot
        );

    private static readonly ExchangeRateTable Table = new([
        Spot(2024, 3, 1, 7.1000m),
        Spot(2024, 3, 4, 7.1100m),
        Spot(2024, 3, 5, 7.1300m),
        new ExchangeRate(
            Currency.USD,
            Currency.CNY,
            7.1217m,
            ReferencePeriod.ForYear(2024),
            RateKind.PeriodAverage,
            "published"
        ),
        .. Enumerable
            .Range(1, 12)
            .Select(m => new ExchangeRate(
                Currency.EUR,
                Currency.CNY,
                7.7m + (m / 100m),
                ReferencePeriod.ForMonth(2023, m),
                RateKind.PeriodAverage
            )),
    ]);

    [Fact]
    public void The_rate_of_an_exact_date_is_found()
    {
        Assert.Equal(
            7.11m,
            Table
                .GetRate(Currency.USD, Currency.CNY, new LocalDate(2024, 3, 4), RateDateMatch.Exact)
                .Rate
        );
    }

    [Fact]
    public void A_date_without_a_rate_takes_the_latest_before_only_when_asked()
    {
        var sunday = new LocalDate(2024, 3, 3);

        Assert.Equal(
            7.10m,
            Table.GetRate(Currency.USD, Currency.CNY, sunday, RateDateMatch.LatestOnOrBefore).Rate
        );
        var error = Assert.Throws<MissingExchangeRateException>(() =>
            Table.GetRate(Currency.USD, Currency.CNY, sunday, RateDateMatch.Exact)
        );
        Assert.Contains("USD/CNY", error.Message, StringComparison.Ordinal);
        Assert.Contains("2024-03-03", error.Message, StringComparison.Ordinal);
        Assert.Equal(ReferencePeriod.ForDay(sunday), error.Period);
    }

    [Fact]
    public void No_rate_exists_before_the_first_observation()
    {
        Assert.Throws<MissingExchangeRateException>(() =>
            Table.GetRate(
                Currency.USD,
                Currency.CNY,
                new LocalDate(2024, 2, 29),
                RateDateMatch.LatestOnOrBefore
            )
        );
    }

    [Fact]
    public void A_pair_stored_one_way_answers_the_other_way_with_the_inverse()
    {
        var rate = Table.GetRate(
            Currency.CNY,
            Currency.USD,
            new LocalDate(2024, 3, 4),
            RateDateMatch.Exact
        );

        Assert.Equal(1m / 7.11m, rate.Rate);
        Assert.Equal(
            1m / 7.1217m,
            Table.GetAverageRate(Currency.CNY, Currency.USD, ReferencePeriod.ForYear(2024)).Rate
        );
    }

    [Fact]
    public void A_published_period_average_is_used_as_it_is()
    {
        var rate = Table.GetAverageRate(Currency.USD, Currency.CNY, ReferencePeriod.ForYear(2024));

        Assert.Equal(7.1217m, rate.Rate);
        Assert.Equal("published", rate.Source);
    }

    [Fact]
    public void An_annual_average_is_the_mean_of_twelve_monthly_averages_when_all_are_held()
    {
        var rate = Table.GetAverageRate(Currency.EUR, Currency.CNY, ReferencePeriod.ForYear(2023));

        Assert.Equal(Enumerable.Range(1, 12).Average(m => 7.7m + (m / 100m)), rate.Rate);
        Assert.Equal(12, rate.DerivedFrom.Count);
        Assert.Equal("mean of 12 monthly averages", rate.Source);
        Assert.Equal(RateKind.PeriodAverage, rate.Kind);
    }

    [Fact]
    public void A_period_average_falls_back_to_the_mean_of_the_daily_rates_within_it()
    {
        var rate = Table.GetAverageRate(
            Currency.USD,
            Currency.CNY,
            ReferencePeriod.ForMonth(2024, 3)
        );

        Assert.Equal((7.10m + 7.11m + 7.13m) / 3m, rate.Rate);
        Assert.Equal("mean of 3 daily rates", rate.Source);
    }

    [Fact]
    public void Trying_for_an_average_answers_without_throwing()
    {
        Assert.True(
            Table.TryGetAverageRate(
                Currency.CNY,
                Currency.EUR,
                ReferencePeriod.ForYear(2023),
                out var rate
            )
        );
        Assert.Equal(1m / Enumerable.Range(1, 12).Average(m => 7.7m + (m / 100m)), rate!.Rate);
        Assert.False(
            Table.TryGetAverageRate(
                Currency.USD,
                Currency.CNY,
                ReferencePeriod.ForYear(2022),
                out var none
            )
        );
        Assert.Null(none);
    }

    [Fact]
    public void A_missing_average_throws_naming_the_pair_and_the_period()
    {
        var error = Assert.Throws<MissingExchangeRateException>(() =>
            Table.GetAverageRate(Currency.USD, Currency.CNY, ReferencePeriod.ForYear(2022))
        );

        Assert.Contains("USD/CNY", error.Message, StringComparison.Ordinal);
        Assert.Contains("2022", error.Message, StringComparison.Ordinal);
        Assert.Equal(Currency.USD, error.BaseCurrency);
        Assert.Equal(Currency.CNY, error.QuoteCurrency);
    }

    [Fact]
    public void An_incomplete_set_of_months_does_not_make_an_average()
    {
        Assert.Throws<MissingExchangeRateException>(() =>
            Table.GetAverageRate(Currency.EUR, Currency.CNY, ReferencePeriod.ForYear(2024))
        );
    }

    [Fact]
    public void End_of_period_rates_are_kept_apart_from_averages()
    {
        var q4 = ReferencePeriod.ForQuarter(2024, 4);
        var table = new ExchangeRateTable([
            new ExchangeRate(Currency.USD, Currency.CNY, 7.1884m, q4, RateKind.EndOfPeriod),
        ]);

        Assert.True(
            table.TryGetPeriodRate(
                Currency.USD,
                Currency.CNY,
                q4,
                RateKind.EndOfPeriod,
                out var end
            )
        );
        Assert.Equal(7.1884m, end.Rate);
        Assert.False(
            table.TryGetPeriodRate(Currency.USD, Currency.CNY, q4, RateKind.PeriodAverage, out _)
        );
        Assert.Throws<MissingExchangeRateException>(() =>
            table.GetAverageRate(Currency.USD, Currency.CNY, q4)
        );
    }

    [Fact]
    public void Clashing_rates_and_spot_rates_for_more_than_a_day_are_rejected()
    {
        Assert.Throws<ArgumentException>(() =>
            new ExchangeRateTable([Spot(2024, 3, 1, 7m), Spot(2024, 3, 1, 7.1m)])
        );
        Assert.Throws<ArgumentException>(() =>
            new ExchangeRateTable([
                new ExchangeRate(
                    Currency.USD,
                    Currency.CNY,
                    7m,
                    ReferencePeriod.ForYear(2024),
                    RateKind.Spot
                ),
            ])
        );
        Assert.Equal(16, Table.Count);
    }
}
