using TradeModel.Rates;

namespace TradeModel.Tests.Rates;

public sealed class ExchangeRateTests
{
    private static readonly ReferencePeriod Year2024 = ReferencePeriod.ForYear(2024);
    private static readonly ExchangeRate UsdCny = new(
        Currency.USD,
        Currency.CNY,
        7.1217m,
        Year2024,
        RateKind.PeriodAverage,
        "stated in the test"
    );
    private static readonly ExchangeRate EurUsd = new(
        Currency.EUR,
        Currency.USD,
        1.0824m,
        Year2024,
        RateKind.PeriodAverage
    );

    [Fact]
    public void Converting_from_the_base_currency_multiplies_and_from_the_quote_currency_divides()
    {
        Assert.Equal(
            new Money(712.17m, Currency.CNY),
            UsdCny.Convert(new Money(100m, Currency.USD))
        );
        Assert.Equal(
            new Money(100m, Currency.USD),
            UsdCny.Convert(new Money(712.17m, Currency.CNY))
        );
    }

    [Fact]
    public void Conversion_is_exact_until_the_caller_rounds()
    {
        var converted = UsdCny.Convert(new Money(0.015m, Currency.USD));

        Assert.Equal(0.1068255m, converted.Amount);
        Assert.Equal(0.11m, converted.Round().Amount);
    }

    [Fact]
    public void Converting_a_currency_the_rate_does_not_quote_is_an_error_naming_the_currencies()
    {
        var error = Assert.Throws<CurrencyMismatchException>(() =>
            UsdCny.Convert(new Money(1m, Currency.EUR))
        );

        Assert.Contains("EUR", error.Message, StringComparison.Ordinal);
        Assert.Contains("USD/CNY", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Zero_negative_and_same_currency_rates_are_rejected()
    {
        Assert.Equal(
            "rate",
            Assert
                .Throws<ArgumentOutOfRangeException>(() =>
                    new ExchangeRate(Currency.USD, Currency.CNY, 0m, Year2024, RateKind.Spot)
                )
                .ParamName
        );
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new ExchangeRate(Currency.USD, Currency.CNY, -7m, Year2024, RateKind.Spot)
        );
        var same = Assert.Throws<ArgumentException>(() =>
            new ExchangeRate(Currency.USD, Currency.USD, 1m, Year2024, RateKind.Spot)
        );
        Assert.Contains("USD", same.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() =>
            new ExchangeRate(Currency.USD, Currency.CNY, 1m, Year2024, (RateKind)9)
        );
    }

    [Fact]
    public void The_inverse_rate_swaps_the_currencies_and_remembers_where_it_came_from()
    {
        var inverse = UsdCny.Inverse();

        Assert.Equal(Currency.CNY, inverse.BaseCurrency);
        Assert.Equal(Currency.USD, inverse.QuoteCurrency);
        Assert.Equal(1m / 7.1217m, inverse.Rate);
        Assert.Same(UsdCny, Assert.Single(inverse.DerivedFrom));
        Assert.Empty(UsdCny.DerivedFrom);
    }

    [Fact]
    public void A_cross_rate_through_a_shared_currency_is_the_product_of_its_legs_and_keeps_the_chain()
    {
        var eurCny = ExchangeRate.Cross(EurUsd, UsdCny);

        Assert.Equal(Currency.EUR, eurCny.BaseCurrency);
        Assert.Equal(Currency.CNY, eurCny.QuoteCurrency);
        Assert.Equal(1.0824m * 7.1217m, eurCny.Rate);
        Assert.Equal([EurUsd, UsdCny], eurCny.DerivedFrom);
    }

    [Fact]
    public void Cross_rates_orient_each_leg_as_needed()
    {
        var cnyEur = ExchangeRate.Cross(UsdCny.Inverse(), EurUsd.Inverse());

        Assert.Equal(Currency.CNY, cnyEur.BaseCurrency);
        Assert.Equal(Currency.EUR, cnyEur.QuoteCurrency);
        Assert.Equal(1m / 7.1217m * (1m / 1.0824m), cnyEur.Rate);
    }

    [Fact]
    public void Cross_rates_need_a_shared_currency_and_the_same_period_and_kind()
    {
        var gbpJpy = new ExchangeRate(
            Currency.GBP,
            Currency.JPY,
            190m,
            Year2024,
            RateKind.PeriodAverage
        );
        var usdCny2023 = new ExchangeRate(
            Currency.USD,
            Currency.CNY,
            7.0467m,
            ReferencePeriod.ForYear(2023),
            RateKind.PeriodAverage
        );

        Assert.Throws<ArgumentException>(() => ExchangeRate.Cross(UsdCny, gbpJpy));
        Assert.Throws<ArgumentException>(() => ExchangeRate.Cross(EurUsd, usdCny2023));
        Assert.Throws<ArgumentException>(() => ExchangeRate.Cross(UsdCny, UsdCny.Inverse()));
    }

    [Fact]
    public void Converting_in_bulk_rounds_each_amount_to_the_quote_currency_minor_unit()
    {
        Money[] amounts = [new(0.015m, Currency.USD), new(1m, Currency.USD)];
        var converted = new Money[2];

        UsdCny.ConvertAndRound(amounts, converted, MidpointRounding.ToEven);

        Assert.Equal([new Money(0.11m, Currency.CNY), new Money(7.12m, Currency.CNY)], converted);
        Assert.Throws<CurrencyMismatchException>(() =>
            UsdCny.ConvertAndRound(
                [new Money(1m, Currency.CNY)],
                converted,
                MidpointRounding.ToEven
            )
        );
        Assert.Throws<ArgumentException>(() =>
            UsdCny.ConvertAndRound(amounts, new Money[1], MidpointRounding.ToEven)
        );
    }

    [Fact]
    public void Rates_are_equal_when_they_are_the_same_observation()
    {
        var same = new ExchangeRate(
            Currency.USD,
            Currency.CNY,
            7.12170m,
            Year2024,
            RateKind.PeriodAverage,
            "stated in the test"
        );

        Assert.Equal(UsdCny, same);
        Assert.Equal(UsdCny.GetHashCode(), same.GetHashCode());
        Assert.Equal("USD/CNY 7.1217 (2024, PeriodAverage)", UsdCny.ToString());
    }

    [Fact]
    public void Rates_are_equal_as_observations_whatever_their_scale_or_derivation()
    {
        var sameObservation = new ExchangeRate(
            Currency.USD,
            Currency.CNY,
            7.12170m,
            Year2024,
            RateKind.PeriodAverage,
            "stated in the test"
        );
        var observedInverse = new ExchangeRate(
            Currency.CNY,
            Currency.USD,
            1m / 7.1217m,
            Year2024,
            RateKind.PeriodAverage,
            "stated in the test"
        );

        Assert.True(UsdCny == sameObservation);
        Assert.False(UsdCny != sameObservation);
        Assert.Equal(UsdCny.GetHashCode(), sameObservation.GetHashCode());
        Assert.NotEmpty(UsdCny.Inverse().DerivedFrom);
        Assert.True(UsdCny.Inverse() == observedInverse);
        Assert.True(UsdCny != EurUsd);
        Assert.False(UsdCny == null);
        Assert.True((ExchangeRate?)null == null);
    }
}
