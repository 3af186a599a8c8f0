using FsCheck.Xunit;
using TradeModel.Rates;
using TradeModel.Tests.Support;

namespace TradeModel.Tests.Rates;

[Properties(Arbitrary = [typeof(Generators)], MaxTest = 300)]
public sealed class ExchangeRatePropertyTests
{
    private static readonly ReferencePeriod Year = ReferencePeriod.ForYear(2024);

    [Property]
    public bool Converting_there_and_back_returns_the_original_within_one_minor_unit_after_rounding(
        decimal cents,
        PositiveRate rate
    )
    {
        var original = new Money(Math.Round(Math.Abs(cents) % 1_000_000_000m, 2), Currency.USD);
        var usdCny = new ExchangeRate(
            Currency.USD,
            Currency.CNY,
            rate.Value,
            Year,
            RateKind.PeriodAverage
        );

        var back = usdCny.Convert(usdCny.Convert(original).Round()).Round();

        // Rounding in CNY loses at most half a fen, which is worth at most 0.005 / rate dollars.
        var tolerance = 0.01m + (0.005m / rate.Value);
        return Math.Abs((back - original).Amount)
            <= Math.Round(tolerance, 2, MidpointRounding.ToPositiveInfinity);
    }

    [Property]
    public bool A_cross_rate_equals_the_product_of_its_legs(PositiveRate first, PositiveRate second)
    {
        var (eurUsd, usdCny) = Legs(first, second);

        return ExchangeRate.Cross(eurUsd, usdCny).Rate == first.Value * second.Value;
    }

    [Property]
    public bool Converting_through_a_cross_rate_equals_converting_leg_by_leg(
        PositiveRate first,
        PositiveRate second
    )
    {
        var (eurUsd, usdCny) = Legs(first, second);
        var amount = new Money(1234.56m, Currency.EUR);

        return ExchangeRate.Cross(eurUsd, usdCny).Convert(amount)
            == usdCny.Convert(eurUsd.Convert(amount));
    }

    [Property]
    public bool A_crossed_latest_rate_is_from_the_latest_day_on_or_before_the_date_with_both_legs(
        bool[] eurUsdDays,
        bool[] usdCnyDays,
        byte asOfOffset
    )
    {
        // Two legs observed on arbitrary days of a 40-day window, asked for on an arbitrary day of it.
        var start = new NodaTime.LocalDate(2024, 1, 1);
        IEnumerable<ExchangeRate> Observed(bool[] days, Currency from, Currency to, decimal rate) =>
            days.Take(40)
                .Select((held, i) => (held, i))
                .Where(d => d.held)
                .Select(d => new ExchangeRate(
                    from,
                    to,
                    rate + d.i,
                    ReferencePeriod.ForDay(start.PlusDays(d.i)),
                    RateKind.Spot
                ));
        var table = new ExchangeRateTable([
            .. Observed(eurUsdDays, Currency.EUR, Currency.USD, 1m),
            .. Observed(usdCnyDays, Currency.USD, Currency.CNY, 7m),
        ]).WithCrossVia(Currency.USD);
        var asOf = start.PlusDays(asOfOffset % 40);
        var expected = Enumerable
            .Range(0, (asOfOffset % 40) + 1)
            .Reverse()
            .Where(i =>
                i < eurUsdDays.Length && eurUsdDays[i] && i < usdCnyDays.Length && usdCnyDays[i]
            )
            .Select(i => (int?)i)
            .FirstOrDefault();

        var found = table.TryGetRate(
            Currency.EUR,
            Currency.CNY,
            asOf,
            RateDateMatch.LatestOnOrBefore,
            out var rate
        );

        return expected is { } day
            ? found
                && rate!.AppliesTo == ReferencePeriod.ForDay(start.PlusDays(day))
                && rate.Rate == (1m + day) * (7m + day)
            : !found;
    }

    private static (ExchangeRate EurUsd, ExchangeRate UsdCny) Legs(
        PositiveRate first,
        PositiveRate second
    ) =>
        (
            new ExchangeRate(Currency.EUR, Currency.USD, first.Value, Year, RateKind.PeriodAverage),
            new ExchangeRate(Currency.USD, Currency.CNY, second.Value, Year, RateKind.PeriodAverage)
        );
}
