using TradeModel.Internal;
using UnitsNet;

namespace TradeModel.Analysis;

/// <summary>
/// The quantities of a cube whose grouping pass kept one unit inline in each cell and summed no quantity apart (BACI's
/// tonnes, the common case): per cell the quantity, the flows with one and those flows' value in fixed-point units. The
/// quantity of the flows that also have a value is the quantity itself (every flow of the hot loop has a value), so it
/// is not kept twice, and the value is a 64-bit count rather than a decimal: half the memory of
/// <see cref="ColumnQuantities"/> for the same cells.
/// </summary>
internal sealed class InlineQuantities : CubeQuantities
{
    private readonly Enum[] unit;
    private readonly int scale;
    private readonly double[] quantities;
    private readonly int[] flows;
    private readonly long[] valueUnits;

    private InlineQuantities(
        Enum unit,
        int scale,
        double[] quantities,
        int[] flows,
        long[] valueUnits
    )
    {
        this.unit = [unit];
        this.scale = scale;
        this.quantities = quantities;
        this.flows = flows;
        this.valueUnits = valueUnits;
    }

    /// <summary>
    /// The quantities of a dense accumulator that keeps its one kind inline (<see cref="CellAccumulator.InlineQuantities"/>,
    /// nothing summed apart), the cell at position p from slot <c>cellIndexes[p]</c>: what
    /// <see cref="CellAccumulator.QuantitiesOf"/> gives each cell.
    /// </summary>
    internal static InlineQuantities From(
        Enum unit,
        CellAccumulator cells,
        long[] cellIndexes,
        int scale
    )
    {
        System.Diagnostics.Debug.Assert(
            cells.InlineQuantities && !cells.HasSpecialQuantities,
            "Inline quantities, nothing apart."
        );
        var n = cellIndexes.Length;
        var (quantities, flows, valueUnits) = (new double[n], new int[n], new long[n]);
        var pairs = cells.Pairs;
        var unquantified = cells.UnquantifiedUnits;
        var stride = cells.Stride;
        for (var p = 0; p < n; p++)
        {
            var slot = (int)cellIndexes[p];
            var at = stride * slot;
            // As QuantitiesOf gives it with nothing apart: the quantity plus none (a negative zero becomes zero alike).
            quantities[p] = BitConverter.Int64BitsToDouble(pairs[at + 2]) + 0d;
            flows[p] = checked((int)(pairs[at + 1] - pairs[at + 3]));
            valueUnits[p] = pairs[at] - unquantified[slot];
        }
        return new InlineQuantities(unit, scale, quantities, flows, valueUnits);
    }

    /// <inheritdoc/>
    internal override (IReadOnlyList<IQuantity> Quantities, int Flows, PricedQuantity? Priced) At(
        int position,
        Currency currency
    )
    {
        var value = FixedPoint.ToDecimal(valueUnits[position], scale);
        return Measure(
            quantities.AsSpan(position, 1),
            flows.AsSpan(position, 1),
            quantities.AsSpan(position, 1),
            new ReadOnlySpan<decimal>(in value),
            unit,
            currency
        );
    }

    /// <inheritdoc/>
    internal override CubeQuantities Reordered(int[] order)
    {
        var n = order.Length;
        var (quantities, flows, valueUnits) = (new double[n], new int[n], new long[n]);
        for (var p = 0; p < n; p++)
        {
            quantities[p] = this.quantities[order[p]];
            flows[p] = this.flows[order[p]];
            valueUnits[p] = this.valueUnits[order[p]];
        }
        return new InlineQuantities(unit[0], scale, quantities, flows, valueUnits);
    }
}
