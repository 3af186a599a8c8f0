using TradeModel.Flows;

namespace TradeModel.Data;

/// <summary>The flows a reader read, and its report.</summary>
public sealed class ReadResult
{
    internal ReadResult(
        TradeFlowCollection flows,
        ReadReport report,
        TradeFlowCollection? aggregates = null,
        IReadOnlyDictionary<Economies.Economy, string>? codesAsWritten = null,
        IReadOnlyList<FlowFlag>? flags = null
    )
    {
        Flags = flags ?? [];
        CodesAsWritten = codesAsWritten ?? new Dictionary<Economies.Economy, string>();
        Flows = flows;
        Report = report;
        Aggregates = aggregates;
    }

    /// <summary>The flows.</summary>
    public TradeFlowCollection Flows { get; }

    /// <summary>Rows of aggregates (totals, chapters) kept apart from the detail, for formats that mix them (UN Comtrade); null otherwise.</summary>
    public TradeFlowCollection? Aggregates { get; }

    /// <summary>
    /// The code the source wrote for each economy it named, as written ("380" for Italy in BACI, where the flows'
    /// economy has UN Comtrade's 381 as its <c>ComtradeCode</c>): join on these, or write them back (BACI's writer takes
    /// them), and no economy changes its code on the way. When a source wrote two codes for one economy, the first is
    /// kept and the report notes both.
    /// </summary>
    public IReadOnlyDictionary<Economies.Economy, string> CodesAsWritten { get; }

    /// <summary>
    /// The codes the source gave flows that their status does not say in full, by flow (an SDMX qualifier such as
    /// OBS_STATUS B, a break; I, imputed, read as estimated; CONF_STATUS N, D or S; a code outside the SDMX lists);
    /// empty for formats without such codes.
    /// </summary>
    public IReadOnlyList<FlowFlag> Flags { get; }

    /// <summary>Rows read, accepted and rejected, with the errors.</summary>
    public ReadReport Report { get; }
}
