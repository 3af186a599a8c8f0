using TradeModel.Classifications;
using TradeModel.Flows;

namespace TradeModel.Data.Internal;

/// <summary>
/// The flows a reader makes: one collection, created at the first accepted row in that row's currency (a
/// collection holds one currency), and an empty one in the options' currency when no row is accepted.
/// </summary>
internal sealed class FlowSink(Classification classification, Currency? given)
{
    private TradeFlowCollection? flows;
    private TradeFlowAppender? appender;

    /// <summary>The currency of the rows accepted so far; null before the first.</summary>
    public Currency? RowCurrency => flows?.Currency;

    /// <summary>The flows read; an empty collection in the given currency (or none) when no row was.</summary>
    public TradeFlowCollection Collection =>
        flows ?? new TradeFlowCollection(classification, given ?? Currency.None);

    /// <summary>The appender for a row in <paramref name="currency"/>, creating the collection at the first row.</summary>
    public TradeFlowAppender AppenderFor(Currency currency)
    {
        flows ??= new TradeFlowCollection(classification, currency, 1024);
        return appender ??= flows.CreateAppender();
    }
}
