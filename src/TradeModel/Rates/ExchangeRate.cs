using System.Globalization;
using TradeModel.Internal;

namespace TradeModel.Rates;

/// <summary>
/// The price of one unit of a <see cref="BaseCurrency"/> in a <see cref="QuoteCurrency"/>, for a date or a
/// period: USD/CNY 7.1217 for 2024 (period average) means US$1 = ¥7.1217.
/// </summary>
/// <remarks>
/// Immutable. Conversions are exact until the caller rounds: converting from the base currency multiplies,
/// converting from the quote currency divides (exact while the quotient fits in 28 significant digits).
/// A rate derived from others (<see cref="Inverse"/>, <see cref="Cross"/>, period averages computed by a
/// table) keeps the rates it came from in <see cref="DerivedFrom"/>.
/// </remarks>
public sealed class ExchangeRate : IEquatable<ExchangeRate>
{
    /// <summary>Creates an observed rate.</summary>
    /// <param name="baseCurrency">The currency of which one unit is priced.</param>
    /// <param name="quoteCurrency">The currency the price is in.</param>
    /// <param name="rate">Units of quote currency per unit of base currency; must be positive.</param>
    /// <param name="appliesTo">The day or period the rate is for.</param>
    /// <param name="kind">What the rate measures.</param>
    /// <param name="source">Where the rate comes from (free text), or null.</param>
    /// <exception cref="ArgumentException">The currencies are the same.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The rate is zero or negative.</exception>
    public ExchangeRate(
        Currency baseCurrency,
        Currency quoteCurrency,
        decimal rate,
        ReferencePeriod appliesTo,
        RateKind kind,
        string? source = null
    )
        : this(baseCurrency, quoteCurrency, rate, appliesTo, kind, source, []) { }

    private ExchangeRate(
        Currency baseCurrency,
        Currency quoteCurrency,
        decimal rate,
        ReferencePeriod appliesTo,
        RateKind kind,
        string? source,
        ExchangeRate[] derivedFrom
    )
    {
        Preconditions.CheckArgument(
            baseCurrency != quoteCurrency,
            nameof(quoteCurrency),
            $"An exchange rate needs two different currencies; both are {baseCurrency.Code}."
        );
        if (rate <= 0m)
        {
            throw new ArgumentOutOfRangeException(
                nameof(rate),
                rate,
                $"The {baseCurrency.Code}/{quoteCurrency.Code} rate must be positive."
            );
        }
        Preconditions.CheckArgument(
            Enum.IsDefined(kind),
            nameof(kind),
            $"{(int)kind} is not a RateKind value."
        );
        BaseCurrency = baseCurrency;
        QuoteCurrency = quoteCurrency;
        Rate = rate;
        AppliesTo = appliesTo;
        Kind = kind;
        Source = source;
        DerivedFrom = derivedFrom;
    }

    /// <summary>The currency of which one unit is priced.</summary>
    public Currency BaseCurrency { get; }

    /// <summary>The currency the price is in.</summary>
    public Currency QuoteCurrency { get; }

    /// <summary>Units of quote currency per unit of base currency, always positive.</summary>
    public decimal Rate { get; }

    /// <summary>The day (a <see cref="PeriodKind.Day"/> period) or period the rate is for.</summary>
    public ReferencePeriod AppliesTo { get; }

    /// <summary>What the rate measures.</summary>
    public RateKind Kind { get; }

    /// <summary>Where the rate comes from, as given; null when not stated.</summary>
    public string? Source { get; }

    /// <summary>The rates this one was derived from; empty for an observed rate.</summary>
    public IReadOnlyList<ExchangeRate> DerivedFrom { get; }

    /// <summary>
    /// The rate the other way round: CNY/USD from USD/CNY, with rate 1 ÷ <see cref="Rate"/> (to 28 significant
    /// digits). Its <see cref="DerivedFrom"/> is this rate.
    /// </summary>
    /// <returns>The inverse rate.</returns>
    /// <exception cref="OverflowException">
    /// <see cref="decimal"/> cannot hold the inverse to 15 significant digits (a rate above about 10^13); it is never
    /// returned imprecise.
    /// </exception>
    public ExchangeRate Inverse() =>
        new(QuoteCurrency, BaseCurrency, Invert(Rate), AppliesTo, Kind, Source, [this]);

    /// <summary>
    /// 1 ÷ rate, refused when <see cref="decimal"/> cannot hold it to 15 significant digits (the inverse of a rate of
    /// 3e27 would be 3e-28, 10% off): a rate is never silently imprecise.
    /// </summary>
    private decimal Invert(decimal rate)
    {
        var inverse = 1m / rate;
        if (Math.Abs((inverse * rate) - 1m) > 1e-15m)
        {
            throw new OverflowException(
                Errors.Format(
                    $"The inverse of the {BaseCurrency.Code}/{QuoteCurrency.Code} rate {rate} is below the precision of System.Decimal: {inverse} would be off by {Math.Abs((inverse * rate) - 1m):P0}."
                )
            );
        }
        return inverse;
    }

    private static decimal MultiplyChecked(
        decimal toCommon,
        decimal fromCommon,
        ExchangeRate first,
        ExchangeRate second
    )
    {
        try
        {
            return toCommon * fromCommon;
        }
        catch (OverflowException e)
        {
            throw MoneyErrors.Overflow(Errors.Format($"Crossing {first} and {second}"), e);
        }
    }

    /// <summary>
    /// A cross rate through a currency the two rates share: from USD/CNY and EUR/USD, EUR/CNY. Each leg is
    /// turned round as needed; the result is the product of the oriented legs and keeps both in
    /// <see cref="DerivedFrom"/>.
    /// </summary>
    /// <param name="first">The leg from the result's base currency (in either orientation).</param>
    /// <param name="second">The leg to the result's quote currency (in either orientation).</param>
    /// <returns>The cross rate, from the currency of <paramref name="first"/> not shared to that of <paramref name="second"/> not shared.</returns>
    /// <exception cref="ArgumentNullException">A leg is null.</exception>
    /// <exception cref="ArgumentException">
    /// The legs share no currency, or both currencies, or apply to different periods, or are of different kinds.
    /// </exception>
    /// <exception cref="OverflowException">
    /// The cross rate is outside the range of <see cref="decimal"/>, or a leg turned round cannot be held to 15
    /// significant digits; the message names the legs.
    /// </exception>
    public static ExchangeRate Cross(ExchangeRate first, ExchangeRate second)
    {
        Preconditions.CheckNotNull(first);
        Preconditions.CheckNotNull(second);
        Preconditions.CheckArgument(
            first.AppliesTo == second.AppliesTo && first.Kind == second.Kind,
            nameof(second),
            $"Cross rates need legs for the same period and kind; got {first} and {second}."
        );
        var common =
            first.BaseCurrency == second.BaseCurrency || first.BaseCurrency == second.QuoteCurrency
                ? first.BaseCurrency
            : first.QuoteCurrency == second.BaseCurrency
            || first.QuoteCurrency == second.QuoteCurrency
                ? first.QuoteCurrency
            : throw new ArgumentException(
                $"The rates {first} and {second} share no currency.",
                nameof(second)
            );
        // Orient: first as X/common, second as common/Y; then X/Y = (X/common) × (common/Y).
        var toCommon = first.QuoteCurrency == common ? first.Rate : first.Invert(first.Rate);
        var fromCommon = second.BaseCurrency == common ? second.Rate : second.Invert(second.Rate);
        var from = first.QuoteCurrency == common ? first.BaseCurrency : first.QuoteCurrency;
        var to = second.BaseCurrency == common ? second.QuoteCurrency : second.BaseCurrency;
        Preconditions.CheckArgument(
            from != to,
            nameof(second),
            $"The rates {first} and {second} share both currencies."
        );
        return new ExchangeRate(
            from,
            to,
            MultiplyChecked(toCommon, fromCommon, first, second),
            first.AppliesTo,
            first.Kind,
            "cross rate",
            [first, second]
        );
    }

    /// <summary>An average of rates for the same pair, derived and documented by a rate table.</summary>
    internal static ExchangeRate Average(
        Currency baseCurrency,
        Currency quoteCurrency,
        ReferencePeriod period,
        IReadOnlyList<ExchangeRate> inputs,
        string how
    )
    {
        var sum = 0m;
        foreach (var input in inputs)
        {
            sum += input.Rate;
        }
        return new ExchangeRate(
            baseCurrency,
            quoteCurrency,
            sum / inputs.Count,
            period,
            RateKind.PeriodAverage,
            how,
            [.. inputs]
        );
    }

    /// <summary>
    /// Converts an amount in either currency of the rate, exactly: base → quote multiplies, quote → base
    /// divides. Round the result when you need to.
    /// </summary>
    /// <param name="amount">An amount in <see cref="BaseCurrency"/> or <see cref="QuoteCurrency"/>.</param>
    /// <returns>The amount in the other currency.</returns>
    /// <exception cref="CurrencyMismatchException">The amount is in neither currency of the rate.</exception>
    /// <exception cref="OverflowException">The converted amount is outside the range of <see cref="decimal"/>; the message names the amount and the rate.</exception>
    public Money Convert(Money amount)
    {
        try
        {
            if (amount.Currency == BaseCurrency)
            {
                return new Money(amount.Amount * Rate, QuoteCurrency);
            }
            if (amount.Currency == QuoteCurrency)
            {
                return new Money(amount.Amount / Rate, BaseCurrency);
            }
        }
        catch (OverflowException e)
        {
            throw MoneyErrors.Overflow(Errors.Format($"Converting {amount} at {this}"), e);
        }
        throw MoneyErrors.CurrencyMismatch(
            amount.Currency,
            BaseCurrency,
            $"convert with a {BaseCurrency.Code}/{QuoteCurrency.Code} rate"
        );
    }

    /// <summary>
    /// Converts many amounts in the base currency to the quote currency, rounding each result to the quote
    /// currency's minor unit (unchanged when it has none): the bulk form of
    /// <c>Convert(amount).Round(mode)</c>.
    /// </summary>
    /// <param name="amounts">Amounts in <see cref="BaseCurrency"/>.</param>
    /// <param name="destination">Where to write the converted amounts; at least as long as <paramref name="amounts"/>.</param>
    /// <param name="mode">How to round a value exactly halfway.</param>
    /// <exception cref="ArgumentException">The destination is too short.</exception>
    /// <exception cref="CurrencyMismatchException">An amount is not in the base currency; the message gives its index.</exception>
    public void ConvertAndRound(
        ReadOnlySpan<Money> amounts,
        Span<Money> destination,
        MidpointRounding mode
    )
    {
        Preconditions.CheckArgument(
            destination.Length >= amounts.Length,
            nameof(destination),
            "The destination is shorter than the amounts."
        );
        var rate = Rate;
        var quote = QuoteCurrency;
        var baseCurrency = BaseCurrency;
        var decimals = quote.MinorUnit;
        for (var i = 0; i < amounts.Length; i++)
        {
            var amount = amounts[i];
            if (amount.Currency != baseCurrency)
            {
                throw MoneyErrors.CurrencyMismatch(
                    amount.Currency,
                    baseCurrency,
                    Errors.Format(
                        $"convert amount {i} with a {baseCurrency.Code}/{QuoteCurrency.Code} rate"
                    )
                );
            }
            var converted = amount.Amount * rate;
            destination[i] = new Money(
                decimals is { } d ? decimal.Round(converted, d, mode) : converted,
                quote
            );
        }
    }

    /// <summary>
    /// Whether two rates are the same observation: same pair, rate (whatever its scale), period, kind and
    /// source. How a rate was derived does not matter.
    /// </summary>
    /// <param name="other">The other rate.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(ExchangeRate? other) =>
        other is not null
        && BaseCurrency == other.BaseCurrency
        && QuoteCurrency == other.QuoteCurrency
        && Rate == other.Rate
        && AppliesTo == other.AppliesTo
        && Kind == other.Kind
        && Source == other.Source;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ExchangeRate);

    /// <summary>Whether two rates are the same observation (see <see cref="Equals(ExchangeRate?)"/>); two nulls are equal.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ExchangeRate? left, ExchangeRate? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Whether two rates differ.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ExchangeRate? left, ExchangeRate? right) => !(left == right);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(BaseCurrency, QuoteCurrency, Rate, AppliesTo, Kind, Source);

    /// <summary>For display: "USD/CNY 7.1217 (2024, PeriodAverage)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{BaseCurrency.Code}/{QuoteCurrency.Code} {Rate} ({AppliesTo}, {Kind})"
        );
}
