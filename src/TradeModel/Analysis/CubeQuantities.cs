using TradeModel.Flows;
using UnitsNet;

namespace TradeModel.Analysis;

/// <summary>The quantities of a cube's cells, by position: per kind of quantity, the flows with a quantity, and the value and quantity of the flows that have both.</summary>
internal sealed record CubeQuantities(
    IReadOnlyList<IQuantity>[] Quantities,
    int[] FlowsWithQuantity,
    PricedQuantity?[] Priced
);
