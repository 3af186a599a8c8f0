using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Flows;
using TradeModel.Releases;

namespace TradeModel.Tests.Seed;

/// <summary>
/// The figures of China's 2024 services trade release, as the library's types. 2024 levels are published; 2023
/// levels are not, so they are back-cast from the published (rounded) growth rates, and the checks use the ranges
/// those rates stand for.
/// </summary>
internal static class SeedRelease
{
    internal static readonly Economy China = Economy.FromCode("CHN");
    internal static readonly ReferencePeriod Year2024 = ReferencePeriod.Parse("2024", null);
    internal static readonly ReferencePeriod Year2023 = Year2024.YearEarlier();

    internal static readonly PublishedFigure Total = new(7523.8m);
    internal static readonly PublishedFigure TotalGrowth = new(14.4m);
    internal static readonly PublishedFigure Exports = new(3175.56m);
    internal static readonly PublishedFigure ExportsGrowth = new(18.2m);
    internal static readonly PublishedFigure Imports = new(4348.24m);
    internal static readonly PublishedFigure ImportsGrowth = new(11.8m);
    internal static readonly PublishedFigure Deficit = new(1172.68m);
    internal static readonly PublishedFigure DeficitDecrease = new(31.43m);
    internal static readonly PublishedFigure Travel = new(2051.15m);
    internal static readonly PublishedFigure TravelGrowth = new(38.1m);
    internal static readonly PublishedFigure KnowledgeIntensive = new(2896.52m);
    internal static readonly PublishedFigure KnowledgeIntensiveGrowth = new(6.5m);
    internal static readonly PublishedFigure KnowledgeIntensiveExports = new(1657.32m);
    internal static readonly PublishedFigure KnowledgeIntensiveExportsGrowth = new(7.4m);

    internal static Money Billions(decimal value) =>
        Money.FromMagnitude(value, Magnitude.Billion, Currency.CNY);

    internal static Money Level(PublishedFigure figure) => Billions(figure.Value);

    internal static Money PreviousLevel(PublishedFigure level, PublishedFigure growth) =>
        ReleaseArithmetic.BackCast(Level(level), growth.Value);

    /// <summary>China's services exports and imports to the World as flows, 2024 published and 2023 back-cast.</summary>
    internal static TradeFlowCollection Flows()
    {
        var services = Ebops2010.Services;
        var flows = new TradeFlowCollection(Ebops2010.Classification, Currency.CNY);
        flows.Add(
            new TradeFlow(
                China,
                Economy.World,
                TradeDirection.Exports,
                services,
                Year2024,
                Level(Exports)
            )
        );
        flows.Add(
            new TradeFlow(
                China,
                Economy.World,
                TradeDirection.Imports,
                services,
                Year2024,
                Level(Imports)
            )
        );
        flows.Add(
            new TradeFlow(
                China,
                Economy.World,
                TradeDirection.Exports,
                services,
                Year2023,
                PreviousLevel(Exports, ExportsGrowth),
                ObservationStatus.Estimated
            )
        );
        flows.Add(
            new TradeFlow(
                China,
                Economy.World,
                TradeDirection.Imports,
                services,
                Year2023,
                PreviousLevel(Imports, ImportsGrowth),
                ObservationStatus.Estimated
            )
        );
        return flows;
    }

    internal static Money FlowTotal(TradeDirection? direction, ReferencePeriod period) =>
        Flows()
            .Total(
                new FlowFilter(
                    Reporter: China,
                    Direction: direction,
                    Period: period,
                    Category: Ebops2010.Services
                )
            )
            .Value;

    internal static decimal InBillions(Money money) => money.AmountIn(Magnitude.Billion);
}
