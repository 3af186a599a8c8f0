using System.Runtime.CompilerServices;
using TradeModel.Flows;
using TradeModel.Internal;

namespace TradeModel.Analysis;

internal sealed partial class FlowAggregator
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private FlowCube BuildCube(CellAccumulator cells, int outside)
    {
        var currency = flows.Currency;
        var scale = flows.Values.Scale;
        var (slotOf, cellIndexes) = cells.OccupiedSlotsByCell();
        var sums = new decimal[cellIndexes.Length];
        var counts = cells.Counted ? new int[cellIndexes.Length] : null;
        var valued = cells.Counted ? null : new bool[cellIndexes.Length];
        var missing = new int[cellIndexes.Length];
        // Quantities stay columns of sums until a cell is read: no object per cell here; one unit kept inline and
        // nothing apart, the compact columns.
        var inline =
            quantityKinds is not null
            && slotOf is null
            && cells.InlineQuantities
            && !cells.HasSpecialQuantities;
        var measured =
            quantityKinds is null || inline
                ? null
                : new ColumnQuantities(quantityKinds.UnitOfKind, cellIndexes.Length);
        CubeQuantities? quantities = inline
            ? InlineQuantities.From(quantityKinds!.UnitOfKind[0], cells, cellIndexes, scale)
            : measured;
        try
        {
            if (slotOf is null && cells.WideSums is null && !cells.HasOutliers)
            {
                // Dense 64-bit sums, nothing summed apart as decimals: column by column, without a call a cell.
                cells.ReadDense(cellIndexes, scale, sums, counts, valued, missing);
                for (var p = 0; measured is not null && p < cellIndexes.Length; p++)
                {
                    measured.Fill(p, cells, (int)cellIndexes[p], scale);
                }
            }
            else
            {
                for (var p = 0; p < cellIndexes.Length; p++)
                {
                    var slot = slotOf is null ? (int)cellIndexes[p] : slotOf[p];
                    if (counts is not null)
                    {
                        counts[p] = (int)cells.Count(slot);
                    }
                    else
                    {
                        valued![p] = cells.HasValue(slot);
                    }
                    missing[p] = cells.Missing[slot];
                    sums[p] = cells.Total(slot, scale);
                    measured?.Fill(p, cells, slot, scale);
                }
            }
        }
        catch (OverflowException e)
        {
            throw MoneyErrors.Overflow(
                Errors.Format($"A {currency.Code} total of the query {query}"),
                e
            );
        }
        return new FlowCube(
            query,
            flows.Classification,
            currency,
            [.. dimensions.Select(d => d.Axis)],
            cellIndexes,
            sums,
            counts is not null
                ? new CellFlowCounts(counts, missing)
                : new CellFlowCounts(() => CountFlows(cellIndexes), valued!, missing),
            quantities,
            outside
        );
    }
}
