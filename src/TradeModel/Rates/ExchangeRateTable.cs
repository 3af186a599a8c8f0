using System.Globalization;
using NodaTime;
using TradeModel.Internal;

namespace TradeModel.Rates;

/// <summary>
/// An immutable, in-memory table of exchange rates: daily spot rates per pair, and rates for periods (monthly,
/// quarterly, annual averages; end-of-period rates). Thread-safe to read. No network, ever.
/// </summary>
/// <remarks>
/// <para>A pair stored one way round (USD/CNY) also answers the other way (CNY/USD) with the inverse rate.</para>
/// <para>
/// <see cref="GetAverageRate"/> answers, in this order: (1) a period average stored for exactly that period;
/// (2) the mean of the stored monthly averages when the period is whole months and every month has one
/// (an annual average from twelve monthly averages, each month weighted equally); (3) the mean of the daily
/// spot rates stored within the period, each observation weighted equally (days without a rate, such as
/// weekends, do not count). The derived rate lists its inputs in <see cref="ExchangeRate.DerivedFrom"/> and says
/// which rule made it in <see cref="ExchangeRate.Source"/>. Statistical offices differ in how they average;
/// where it matters, store the published average and rule (1) applies.
/// </para>
/// <para>
/// A table made with <see cref="WithCrossVia"/> also answers pairs it does not hold through one common currency;
/// see <see cref="CrossVia"/>.
/// </para>
/// </remarks>
public sealed partial class ExchangeRateTable : IExchangeRateSource
{
    private readonly Dictionary<(Currency Base, Currency Quote), DailySeries> daily;
    private readonly Dictionary<
        (Currency Base, Currency Quote, ReferencePeriod Period, RateKind Kind),
        ExchangeRate
    > periodic;

    /// <summary>Builds a table from rates.</summary>
    /// <param name="rates">
    /// The rates. Spot rates must be for a day; a pair may have one rate per day, and one rate per period and kind.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A spot rate is for more than a day, or two rates clash; the message names them.</exception>
    public ExchangeRateTable(IEnumerable<ExchangeRate> rates)
    {
        Preconditions.CheckNotNull(rates);
        daily = [];
        periodic = [];
        var spot = new Dictionary<(Currency, Currency), List<ExchangeRate>>();
        foreach (var rate in rates)
        {
            Preconditions.CheckNotNull(rate, nameof(rates));
            if (rate.Kind == RateKind.Spot)
            {
                Preconditions.CheckArgument(
                    rate.AppliesTo.Kind == PeriodKind.Day,
                    nameof(rates),
                    $"The spot rate {rate} is not for a single day."
                );
                var key = (rate.BaseCurrency, rate.QuoteCurrency);
                if (!spot.TryGetValue(key, out var list))
                {
                    spot[key] = list = [];
                }
                list.Add(rate);
            }
            else if (
                !periodic.TryAdd(
                    (rate.BaseCurrency, rate.QuoteCurrency, rate.AppliesTo, rate.Kind),
                    rate
                )
            )
            {
                throw new ArgumentException(
                    $"Two rates for {rate.BaseCurrency.Code}/{rate.QuoteCurrency.Code}, {rate.AppliesTo}, {rate.Kind}.",
                    nameof(rates)
                );
            }
        }
        foreach (var (key, list) in spot)
        {
            daily[key] = DailySeries.Create(list);
        }
        Count = spot.Values.Sum(l => l.Count) + periodic.Count;
    }

    /// <summary>How many rates the table holds.</summary>
    public int Count { get; }

    /// <inheritdoc/>
    /// <remarks>Stored pairs are answered without allocating; the inverse of a stored pair allocates the inverse rate.</remarks>
    public ExchangeRate GetRate(
        Currency baseCurrency,
        Currency quoteCurrency,
        LocalDate asOf,
        RateDateMatch match = RateDateMatch.Exact
    ) =>
        TryGetRate(baseCurrency, quoteCurrency, asOf, match, out var rate)
            ? rate
            : throw Missing(
                baseCurrency,
                quoteCurrency,
                ReferencePeriod.ForDay(asOf),
                match == RateDateMatch.Exact ? "on" : "on or before"
            );

    /// <summary>Tries to find the rate for a pair on a date; see <see cref="GetRate"/>.</summary>
    /// <param name="baseCurrency">The base currency.</param>
    /// <param name="quoteCurrency">The quote currency.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="match">Whether only that date will do.</param>
    /// <param name="rate">The rate, or null.</param>
    /// <returns>Whether a rate was found.</returns>
    public bool TryGetRate(
        Currency baseCurrency,
        Currency quoteCurrency,
        LocalDate asOf,
        RateDateMatch match,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ExchangeRate? rate
    )
    {
        return TryGetStoredRate(baseCurrency, quoteCurrency, asOf, match, out rate)
            || TryGetCrossRate(baseCurrency, quoteCurrency, asOf, match, out rate);
    }

    private bool TryGetStoredRate(
        Currency baseCurrency,
        Currency quoteCurrency,
        LocalDate asOf,
        RateDateMatch match,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ExchangeRate? rate
    )
    {
        if (
            daily.TryGetValue((baseCurrency, quoteCurrency), out var series)
            && series.TryFind(asOf, match, out rate)
        )
        {
            return true;
        }
        if (
            daily.TryGetValue((quoteCurrency, baseCurrency), out series)
            && series.TryFind(asOf, match, out var inverse)
        )
        {
            rate = inverse.Inverse();
            return true;
        }
        rate = null;
        return false;
    }

    /// <summary>A rate stored for a period and kind (e.g. the end-of-period rate for 2024-Q4), or its inverse.</summary>
    /// <param name="baseCurrency">The base currency.</param>
    /// <param name="quoteCurrency">The quote currency.</param>
    /// <param name="period">The period.</param>
    /// <param name="kind">The kind of rate.</param>
    /// <param name="rate">The rate, or null.</param>
    /// <returns>Whether the table holds one (or, with <see cref="CrossVia"/>, can cross one).</returns>
    public bool TryGetPeriodRate(
        Currency baseCurrency,
        Currency quoteCurrency,
        ReferencePeriod period,
        RateKind kind,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ExchangeRate? rate
    ) =>
        TryGetStoredPeriodRate(baseCurrency, quoteCurrency, period, kind, out rate)
        || TryGetCrossPeriodRate(baseCurrency, quoteCurrency, period, kind, out rate);

    private bool TryGetStoredPeriodRate(
        Currency baseCurrency,
        Currency quoteCurrency,
        ReferencePeriod period,
        RateKind kind,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ExchangeRate? rate
    )
    {
        if (periodic.TryGetValue((baseCurrency, quoteCurrency, period, kind), out rate))
        {
            return true;
        }
        if (periodic.TryGetValue((quoteCurrency, baseCurrency, period, kind), out var inverse))
        {
            rate = inverse.Inverse();
            return true;
        }
        return false;
    }

    /// <inheritdoc/>
    /// <remarks>The rules, in order, are in the remarks of <see cref="ExchangeRateTable"/>.</remarks>
    public ExchangeRate GetAverageRate(
        Currency baseCurrency,
        Currency quoteCurrency,
        ReferencePeriod period
    ) =>
        TryGetAverageRate(baseCurrency, quoteCurrency, period, out var rate)
            ? rate
            : throw Missing(baseCurrency, quoteCurrency, period, "for");

    /// <summary>Tries to find or derive the average rate for a pair over a period; see <see cref="GetAverageRate"/>.</summary>
    /// <param name="baseCurrency">The base currency.</param>
    /// <param name="quoteCurrency">The quote currency.</param>
    /// <param name="period">The period.</param>
    /// <param name="rate">The average rate, or null.</param>
    /// <returns>Whether an average could be had.</returns>
    public bool TryGetAverageRate(
        Currency baseCurrency,
        Currency quoteCurrency,
        ReferencePeriod period,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ExchangeRate? rate
    ) =>
        TryGetStoredAverage(baseCurrency, quoteCurrency, period, out rate)
        || TryGetCrossAverage(baseCurrency, quoteCurrency, period, out rate);

    private bool TryGetStoredAverage(
        Currency baseCurrency,
        Currency quoteCurrency,
        ReferencePeriod period,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ExchangeRate? rate
    )
    {
        if (TryGetAverage(baseCurrency, quoteCurrency, period, out rate))
        {
            return true;
        }
        if (TryGetAverage(quoteCurrency, baseCurrency, period, out var inverse))
        {
            rate = inverse.Inverse();
            return true;
        }
        return false;
    }

    private bool TryGetAverage(
        Currency baseCurrency,
        Currency quoteCurrency,
        ReferencePeriod period,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ExchangeRate? rate
    )
    {
        if (
            periodic.TryGetValue(
                (baseCurrency, quoteCurrency, period, RateKind.PeriodAverage),
                out rate
            )
        )
        {
            return true;
        }
        if (TryAverageMonths(baseCurrency, quoteCurrency, period, out rate))
        {
            return true;
        }
        if (daily.TryGetValue((baseCurrency, quoteCurrency), out var series))
        {
            var observations = series.Within(period.Start, period.End);
            if (observations.Count > 0)
            {
                rate = ExchangeRate.Average(
                    baseCurrency,
                    quoteCurrency,
                    period,
                    observations,
                    $"mean of {observations.Count} daily rates"
                );
                return true;
            }
        }
        rate = null;
        return false;
    }

    /// <summary>The mean of the monthly averages of every month of a longer period, when the table has them all.</summary>
    private bool TryAverageMonths(
        Currency baseCurrency,
        Currency quoteCurrency,
        ReferencePeriod period,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ExchangeRate? rate
    )
    {
        rate = null;
        if (period.Kind == PeriodKind.Month || period.LengthInMonths is not { } months)
        {
            return false;
        }
        var monthly = new List<ExchangeRate>(months);
        var first = period.Start;
        for (var i = 0; i < months; i++)
        {
            var month = first.PlusMonths(i);
            var key = (
                baseCurrency,
                quoteCurrency,
                ReferencePeriod.ForMonth(month.Year, month.Month),
                RateKind.PeriodAverage
            );
            if (!periodic.TryGetValue(key, out var m))
            {
                return false;
            }
            monthly.Add(m);
        }
        rate = ExchangeRate.Average(
            baseCurrency,
            quoteCurrency,
            period,
            monthly,
            $"mean of {months} monthly averages"
        );
        return true;
    }

    private MissingExchangeRateException Missing(
        Currency baseCurrency,
        Currency quoteCurrency,
        ReferencePeriod period,
        string preposition
    ) =>
        new(
            baseCurrency,
            quoteCurrency,
            period,
            CanCross(baseCurrency, quoteCurrency, out var via)
                ? string.Create(
                    CultureInfo.InvariantCulture,
                    $"No {baseCurrency.Code}/{quoteCurrency.Code} rate {preposition} {period}, held or crossed through {via.Code}."
                )
                : string.Create(
                    CultureInfo.InvariantCulture,
                    $"No {baseCurrency.Code}/{quoteCurrency.Code} rate {preposition} {period}."
                )
        );
}
