using UnitsNet;

namespace TradeModel.Analysis;

/// <summary>A cube's quantities as each cell's own objects, for cubes made from cells (merged, or given as cells).</summary>
internal sealed class CellQuantities(
    IReadOnlyList<IQuantity>[] quantities,
    int[] flowsWithQuantity,
    PricedQuantity?[] priced
) : CubeQuantities
{
    /// <inheritdoc/>
    internal override (IReadOnlyList<IQuantity> Quantities, int Flows, PricedQuantity? Priced) At(
        int position,
        Currency currency
    ) => (quantities[position] ?? [], flowsWithQuantity[position], priced[position]);

    /// <inheritdoc/>
    internal override CubeQuantities Reordered(int[] order) =>
        new CellQuantities(
            [.. order.Select(o => quantities[o])],
            [.. order.Select(o => flowsWithQuantity[o])],
            [.. order.Select(o => priced[o])]
        );
}
