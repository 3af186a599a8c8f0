using TradeModel.Analysis;
using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Flows;

namespace TradeModel.Tests.Analysis;

/// <summary>Hand-sized flow tables written row by row, for results a reader can check by hand.</summary>
internal static class SmallFlows
{
    internal static readonly Classification Hs = HarmonizedSystem2022.Classification;
    internal static readonly Economy China = Economy.FromCode("CHN");
    internal static readonly Economy Usa = Economy.FromCode("USA");
    internal static readonly Economy Japan = Economy.FromCode("JPN");
    internal static readonly Economy Germany = Economy.FromCode("DEU");

    internal static TradeFlowCollection Of(
        params (
            Economy Reporter,
            Economy Partner,
            TradeDirection Direction,
            string Category,
            int Year,
            decimal? Value
        )[] rows
    )
    {
        var flows = new TradeFlowCollection(Hs, Currency.USD);
        foreach (var (reporter, partner, direction, category, year, value) in rows)
        {
            flows.Add(
                new TradeFlow(
                    reporter,
                    partner,
                    direction,
                    Hs[category],
                    ReferencePeriod.ForYear(year),
                    value is { } v ? new Money(v, Currency.USD) : null,
                    value is null ? ObservationStatus.Missing : ObservationStatus.Normal
                )
            );
        }
        return flows;
    }

    internal static Money Usd(decimal amount) => new(amount, Currency.USD);

    /// <summary>A cube by category, cell by cell: its code, total and flows.</summary>
    internal static IEnumerable<(string Code, decimal Total, int Flows)> ByCode(FlowCube cube) =>
        cube.Select(c => (c.Key.Category!.Code, c.Total!.Value.Amount, c.Flows));
}
