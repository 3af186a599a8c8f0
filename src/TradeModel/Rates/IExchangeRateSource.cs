using NodaTime;

namespace TradeModel.Rates;

/// <summary>Answers "what was the rate for this pair on this date / over this period". Implementations never use the network.</summary>
public interface IExchangeRateSource
{
    /// <summary>The rate for a pair on a date.</summary>
    /// <param name="baseCurrency">The base currency.</param>
    /// <param name="quoteCurrency">The quote currency.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="match">Whether only that date will do, or the latest rate on or before it.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="MissingExchangeRateException">No rate fits; the message names the pair and date.</exception>
    ExchangeRate GetRate(
        Currency baseCurrency,
        Currency quoteCurrency,
        LocalDate asOf,
        RateDateMatch match
    );

    /// <summary>The average rate for a pair over a period.</summary>
    /// <param name="baseCurrency">The base currency.</param>
    /// <param name="quoteCurrency">The quote currency.</param>
    /// <param name="period">The period.</param>
    /// <returns>The average rate, given directly or derived as the implementation documents.</returns>
    /// <exception cref="MissingExchangeRateException">No average can be had; the message names the pair and period.</exception>
    ExchangeRate GetAverageRate(
        Currency baseCurrency,
        Currency quoteCurrency,
        ReferencePeriod period
    );
}
