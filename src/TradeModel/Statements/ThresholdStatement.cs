using TradeModel.Internal;
using TradeModel.Rates;

namespace TradeModel.Statements;

/// <summary>
/// "Total trade in services exceeded US$1 trillion (US$1,056.5 billion at 7.1217 yuan per US dollar)." The value is
/// converted at the stated rate; the proof adds the rate at which the value would just equal the threshold.
/// </summary>
public sealed record ThresholdStatement : ReleaseStatement
{
    /// <summary>Creates the statement.</summary>
    /// <param name="item">What it is about.</param>
    /// <param name="level">The value, in its own currency.</param>
    /// <param name="threshold">The threshold, in the other currency of <paramref name="rate"/>.</param>
    /// <param name="rate">The rate the value is converted at.</param>
    /// <param name="converted">The value converted to the threshold's currency.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rate"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The rate is not between the level's and the threshold's currencies, or a figure is not an amount in its currency.
    /// </exception>
    public ThresholdStatement(
        ReleaseItem item,
        StatementFigure level,
        Money threshold,
        ExchangeRate rate,
        StatementFigure converted
    )
        : base(item)
    {
        Preconditions.CheckNotNull(rate);
        Level = Money(level, nameof(level));
        Converted = Money(converted, nameof(converted));
        var pair =
            (level.Currency == rate.BaseCurrency && threshold.Currency == rate.QuoteCurrency)
            || (level.Currency == rate.QuoteCurrency && threshold.Currency == rate.BaseCurrency);
        Preconditions.CheckArgument(
            pair,
            nameof(rate),
            $"A {rate.BaseCurrency.Code}/{rate.QuoteCurrency.Code} rate cannot convert {level.Currency!.Value.Code} to {threshold.Currency.Code}."
        );
        Preconditions.CheckArgument(
            converted.Currency == threshold.Currency,
            nameof(converted),
            $"The converted value is in {converted.Currency!.Value.Code}, the threshold in {threshold.Currency.Code}."
        );
        Threshold = threshold;
        Rate = rate;
    }

    /// <summary>The value, in its own currency.</summary>
    public StatementFigure Level { get; }

    /// <summary>The threshold.</summary>
    public Money Threshold { get; }

    /// <summary>The rate used.</summary>
    public ExchangeRate Rate { get; }

    /// <summary>The converted value.</summary>
    public StatementFigure Converted { get; }
}
