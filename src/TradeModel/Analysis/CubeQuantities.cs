using TradeModel.Flows;
using UnitsNet;

namespace TradeModel.Analysis;

/// <summary>The quantities of a cube's cells, by position: per kind of quantity, the flows with a quantity, and the unit value.</summary>
internal sealed record CubeQuantities(
    IReadOnlyList<IQuantity>[] Quantities,
    int[] FlowsWithQuantity,
    UnitValue?[] UnitValues
);
