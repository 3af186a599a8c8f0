using UnitsNet;

namespace TradeModel.Analysis;

/// <summary>
/// A cube's quantities as columns of sums (cell × kind of quantity), as a grouping pass leaves them: no object per cell
/// until a cell is read, so a cube of many cells costs a few arrays.
/// </summary>
internal sealed class ColumnQuantities : CubeQuantities
{
    private readonly Enum[] unitOfKind;
    private readonly double[] all;
    private readonly int[] flows;
    private readonly double[] withValue;
    private readonly decimal[] values;

    /// <summary>Empty columns for <paramref name="cells"/> cells of the kinds whose units are given.</summary>
    internal ColumnQuantities(Enum[] unitOfKind, int cells)
        : this(
            unitOfKind,
            new double[cells * unitOfKind.Length],
            new int[cells * unitOfKind.Length],
            new double[cells * unitOfKind.Length],
            new decimal[cells * unitOfKind.Length]
        ) { }

    private ColumnQuantities(
        Enum[] unitOfKind,
        double[] all,
        int[] flows,
        double[] withValue,
        decimal[] values
    )
    {
        this.unitOfKind = unitOfKind;
        this.all = all;
        this.flows = flows;
        this.withValue = withValue;
        this.values = values;
    }

    private int Kinds => unitOfKind.Length;

    /// <summary>Fills the sums of the cell at a position from an accumulator's slot (values at <paramref name="scale"/>).</summary>
    internal void Fill(int position, CellAccumulator cells, int slot, int scale)
    {
        var at = position * Kinds;
        cells.QuantitiesOf(
            slot,
            scale,
            all.AsSpan(at, Kinds),
            flows.AsSpan(at, Kinds),
            withValue.AsSpan(at, Kinds),
            values.AsSpan(at, Kinds)
        );
    }

    /// <summary>Adds one row's sums of one kind to the cell at a position (an engine's rows, summed as they come).</summary>
    internal void Add(
        int position,
        int kind,
        double rowAll,
        int rowFlows,
        double rowWithValue,
        decimal rowValue
    )
    {
        var at = (position * Kinds) + kind;
        all[at] += rowAll;
        flows[at] += rowFlows;
        withValue[at] += rowWithValue;
        values[at] += rowValue;
    }

    /// <inheritdoc/>
    internal override (IReadOnlyList<IQuantity> Quantities, int Flows, PricedQuantity? Priced) At(
        int position,
        Currency currency
    )
    {
        var at = position * Kinds;
        return Measure(
            all.AsSpan(at, Kinds),
            flows.AsSpan(at, Kinds),
            withValue.AsSpan(at, Kinds),
            values.AsSpan(at, Kinds),
            unitOfKind,
            currency
        );
    }

    /// <inheritdoc/>
    internal override CubeQuantities Reordered(int[] order)
    {
        var reordered = new ColumnQuantities(unitOfKind, order.Length);
        for (var p = 0; p < order.Length; p++)
        {
            var from = order[p] * Kinds;
            var to = p * Kinds;
            Array.Copy(all, from, reordered.all, to, Kinds);
            Array.Copy(flows, from, reordered.flows, to, Kinds);
            Array.Copy(withValue, from, reordered.withValue, to, Kinds);
            Array.Copy(values, from, reordered.values, to, Kinds);
        }
        return reordered;
    }
}
