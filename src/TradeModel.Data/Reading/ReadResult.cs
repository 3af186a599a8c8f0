using TradeModel.Flows;

namespace TradeModel.Data;

/// <summary>The flows a reader read, and its report.</summary>
public sealed class ReadResult
{
    internal ReadResult(
        TradeFlowCollection flows,
        ReadReport report,
        TradeFlowCollection? aggregates = null
    )
    {
        Flows = flows;
        Report = report;
        Aggregates = aggregates;
    }

    /// <summary>The flows.</summary>
    public TradeFlowCollection Flows { get; }

    /// <summary>Rows of aggregates (totals, chapters) kept apart from the detail, for formats that mix them (UN Comtrade); null otherwise.</summary>
    public TradeFlowCollection? Aggregates { get; }

    /// <summary>Rows read, accepted and rejected, with the errors.</summary>
    public ReadReport Report { get; }
}
