using System.Diagnostics.CodeAnalysis;
using NodaTime;
using TradeModel.Internal;

namespace TradeModel.Rates;

public sealed partial class ExchangeRateTable
{
    private ExchangeRateTable(ExchangeRateTable rates, Currency crossVia)
    {
        daily = rates.daily;
        periodic = rates.periodic;
        Count = rates.Count;
        CrossVia = crossVia;
    }

    /// <summary>
    /// The currency through which this table derives a pair it does not hold, or null (the default) when it
    /// answers held pairs only.
    /// </summary>
    /// <remarks>
    /// <para>
    /// With USD as the cross currency, a table holding EUR/USD and USD/CNY answers EUR/CNY with
    /// <see cref="ExchangeRate.Cross"/> of the two legs (each used in whichever orientation it is held), and the
    /// answer keeps both legs in <see cref="ExchangeRate.DerivedFrom"/>. A held pair, in either orientation,
    /// always wins over a cross rate.
    /// </para>
    /// <para>
    /// Both legs are always for the same day or period: for <see cref="RateDateMatch.LatestOnOrBefore"/> the
    /// cross rate is that of the latest day on or before the date on which both legs have a rate, never one leg
    /// from Friday and the other from Monday.
    /// </para>
    /// <para>
    /// A cross average (<see cref="GetAverageRate"/>) is the product of the two legs' averages, each found by
    /// the rules in the remarks of <see cref="ExchangeRateTable"/>; it is not the mean of daily cross rates,
    /// which differs slightly. Store the published cross average where that matters.
    /// </para>
    /// </remarks>
    public Currency? CrossVia { get; }

    /// <summary>
    /// The same rates, answering also pairs not held through <paramref name="via"/> (see <see cref="CrossVia"/>).
    /// The rates are shared, not copied.
    /// </summary>
    /// <param name="via">The common currency, e.g. USD.</param>
    /// <returns>A table that derives missing pairs through <paramref name="via"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="via"/> is <see cref="Currency.None"/>.</exception>
    public ExchangeRateTable WithCrossVia(Currency via)
    {
        Preconditions.CheckArgument(
            via != Currency.None,
            nameof(via),
            "Cross rates need a real currency to go through, not XXX (no currency)."
        );
        return new ExchangeRateTable(this, via);
    }

    private bool CanCross(Currency baseCurrency, Currency quoteCurrency, out Currency via)
    {
        via = CrossVia ?? default;
        return CrossVia is not null && baseCurrency != via && quoteCurrency != via;
    }

    private bool TryGetCrossRate(
        Currency baseCurrency,
        Currency quoteCurrency,
        LocalDate asOf,
        RateDateMatch match,
        [NotNullWhen(true)] out ExchangeRate? rate
    )
    {
        rate = null;
        if (!CanCross(baseCurrency, quoteCurrency, out var via))
        {
            return false;
        }
        var date = asOf;
        while (
            TryGetStoredRate(baseCurrency, via, date, match, out var first)
            && TryGetStoredRate(via, quoteCurrency, date, match, out var second)
        )
        {
            var firstDay = first.AppliesTo.Start;
            var secondDay = second.AppliesTo.Start;
            if (firstDay == secondDay)
            {
                rate = ExchangeRate.Cross(first, second);
                return true;
            }
            // Only reachable for LatestOnOrBefore: step back to the earlier of the two days and look again.
            date = firstDay < secondDay ? firstDay : secondDay;
        }
        return false;
    }

    private bool TryGetCrossPeriodRate(
        Currency baseCurrency,
        Currency quoteCurrency,
        ReferencePeriod period,
        RateKind kind,
        [NotNullWhen(true)] out ExchangeRate? rate
    ) =>
        TryCrossLegs(
            baseCurrency,
            quoteCurrency,
            (Currency from, Currency to, [NotNullWhen(true)] out ExchangeRate? leg) =>
                TryGetStoredPeriodRate(from, to, period, kind, out leg),
            out rate
        );

    private bool TryGetCrossAverage(
        Currency baseCurrency,
        Currency quoteCurrency,
        ReferencePeriod period,
        [NotNullWhen(true)] out ExchangeRate? rate
    ) =>
        TryCrossLegs(
            baseCurrency,
            quoteCurrency,
            (Currency from, Currency to, [NotNullWhen(true)] out ExchangeRate? leg) =>
                TryGetStoredAverage(from, to, period, out leg),
            out rate
        );

    /// <summary>The cross of the legs base/via and via/quote that <paramref name="findLeg"/> finds, if it finds both.</summary>
    private bool TryCrossLegs(
        Currency baseCurrency,
        Currency quoteCurrency,
        LegFinder findLeg,
        [NotNullWhen(true)] out ExchangeRate? rate
    )
    {
        rate = null;
        if (
            CanCross(baseCurrency, quoteCurrency, out var via)
            && findLeg(baseCurrency, via, out var first)
            && findLeg(via, quoteCurrency, out var second)
        )
        {
            rate = ExchangeRate.Cross(first, second);
        }
        return rate is not null;
    }

    private delegate bool LegFinder(
        Currency from,
        Currency to,
        [NotNullWhen(true)] out ExchangeRate? leg
    );
}
