namespace TradeModel.Rates;

/// <summary>
/// Thrown when a rate source has no rate for a currency pair on a date or for a period. Derives from
/// <see cref="InvalidOperationException"/>; the message names the pair and the date or period.
/// </summary>
public sealed class MissingExchangeRateException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="baseCurrency">The base currency asked for.</param>
    /// <param name="quoteCurrency">The quote currency asked for.</param>
    /// <param name="period">The date (as a day) or period asked for.</param>
    /// <param name="message">The message.</param>
    public MissingExchangeRateException(
        Currency baseCurrency,
        Currency quoteCurrency,
        ReferencePeriod period,
        string message
    )
        : base(message)
    {
        BaseCurrency = baseCurrency;
        QuoteCurrency = quoteCurrency;
        Period = period;
    }

    /// <summary>The base currency asked for.</summary>
    public Currency BaseCurrency { get; }

    /// <summary>The quote currency asked for.</summary>
    public Currency QuoteCurrency { get; }

    /// <summary>The date (as a day) or period asked for.</summary>
    public ReferencePeriod Period { get; }
}
