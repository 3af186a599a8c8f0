using TradeModel.Flows;
using UnitsNet;

namespace TradeModel.Analysis;

/// <summary>
/// The quantities of a cube's cells, by position: per kind of quantity, the flows with a quantity, and the value and
/// quantity of the flows that have both. Held either as a cell's own objects (<see cref="CellQuantities"/>) or as
/// columns of sums, measured when a cell is read (<see cref="ColumnQuantities"/>).
/// </summary>
internal abstract class CubeQuantities
{
    /// <summary>The quantities of the cell at a position.</summary>
    internal abstract (IReadOnlyList<IQuantity> Quantities, int Flows, PricedQuantity? Priced) At(
        int position,
        Currency currency
    );

    /// <summary>The same quantities with the cells in another order: position p takes the cell at <c>order[p]</c>.</summary>
    internal abstract CubeQuantities Reordered(int[] order);

    /// <summary>
    /// One cell's quantities from its sums per kind of quantity (each in its kind's unit): the kinds that have flows, how
    /// many flows have a quantity, and the value and quantity of the flows that have both when there is one kind. Every
    /// engine measures its cells with this, so that their cells compare equal.
    /// </summary>
    internal static (
        IReadOnlyList<IQuantity> Quantities,
        int Flows,
        PricedQuantity? Priced
    ) Measure(
        ReadOnlySpan<double> all,
        ReadOnlySpan<int> flows,
        ReadOnlySpan<double> withValue,
        ReadOnlySpan<decimal> values,
        IReadOnlyList<Enum> unitOfKind,
        Currency currency
    )
    {
        var kinds = 0;
        for (var k = 0; k < unitOfKind.Count; k++)
        {
            kinds += flows[k] > 0 ? 1 : 0;
        }
        if (kinds == 0)
        {
            return ([], 0, null);
        }
        // One array of the kinds the cell has: a cube of many cells makes one small object per cell, not a list.
        var list = new IQuantity[kinds];
        var count = 0;
        var n = 0;
        PricedQuantity? priced = null;
        for (var k = 0; k < unitOfKind.Count; k++)
        {
            if (flows[k] == 0)
            {
                continue;
            }
            count += flows[k];
            list[n++] = Quantity.From(all[k], unitOfKind[k]);
            // Flows with a value and a zero quantity are priced too: their value counts in the unit value of a
            // whole that a merge makes of this cell and others, as it counts in the cell of all the flows.
            if (withValue[k] > 0 || values[k] != 0m)
            {
                priced = new PricedQuantity(
                    new Money(values[k], currency),
                    withValue[k],
                    unitOfKind[k]
                );
            }
        }
        return (list, count, kinds == 1 ? priced : null);
    }
}
