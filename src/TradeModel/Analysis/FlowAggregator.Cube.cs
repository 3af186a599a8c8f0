using TradeModel.Flows;
using TradeModel.Internal;
using UnitsNet;

namespace TradeModel.Analysis;

internal sealed partial class FlowAggregator
{
    /// <summary>
    /// The quantities by slot and kind of quantity: all quantities, and the quantities and values of the flows that have
    /// both (for unit values). Each unit is converted to the first unit seen of its kind.
    /// </summary>
    private sealed class QuantitySums(int slots, Enum[] unitOfKind)
    {
        internal Enum[] UnitOfKind { get; } = unitOfKind;

        internal double[] All { get; } = new double[slots * unitOfKind.Length];

        internal int[] Flows { get; } = new int[slots * unitOfKind.Length];

        internal double[] WithValue { get; } = new double[slots * unitOfKind.Length];

        internal decimal[] Values { get; } = new decimal[slots * unitOfKind.Length];
    }

    private QuantitySums SumQuantities(CellAccumulator cells)
    {
        var units = flows.Units;
        var kinds = units.Select(u => u.GetType()).Distinct().ToList();
        var unitOfKind = kinds.Select(k => units.First(u => u.GetType() == k)).ToArray();
        var kindOf = units.Select(u => kinds.IndexOf(u.GetType())).ToArray();
        var factor = units
            .Select(u => Quantity.From(1, u).As(unitOfKind[kinds.IndexOf(u.GetType())]))
            .ToArray();
        var sums = new QuantitySums(cells.SlotCount, unitOfKind);
        var quantities = flows.QuantityColumn!;
        var unitColumn = flows.QuantityUnitColumn;
        foreach (var maps in Rounds())
        {
            for (var i = 0; i < flows.Count; i++)
            {
                var q = quantities[i];
                long cell;
                if (double.IsNaN(q) || (cell = RowPart(maps, i)) < 0)
                {
                    continue;
                }
                var unit = unitColumn?[i] ?? 0;
                var at = (cells.ExistingSlot(cell) * unitOfKind.Length) + kindOf[unit];
                var amount = q * factor[unit];
                sums.All[at] += amount;
                sums.Flows[at]++;
                if (flows.ValueAt(i) is { } value)
                {
                    sums.WithValue[at] += amount;
                    sums.Values[at] += value;
                }
            }
        }
        return sums;
    }

    private FlowCube BuildCube(CellAccumulator cells, QuantitySums? quantities, int outside)
    {
        var currency = flows.Currency;
        var scale = flows.Values.Scale;
        var (slotOf, cellIndexes) = cells.OccupiedSlotsByCell();
        var sums = new decimal[cellIndexes.Length];
        var counts = new int[cellIndexes.Length];
        var missing = new int[cellIndexes.Length];
        var measured = quantities is null
            ? null
            : new CubeQuantities(
                new IReadOnlyList<IQuantity>[cellIndexes.Length],
                new int[cellIndexes.Length],
                new PricedQuantity?[cellIndexes.Length]
            );
        try
        {
            for (var p = 0; p < cellIndexes.Length; p++)
            {
                var slot = slotOf is null ? (int)cellIndexes[p] : slotOf[p];
                counts[p] = (int)cells.Count(slot);
                missing[p] = cells.Missing[slot];
                sums[p] = cells.Total(slot, scale);
                if (measured is not null)
                {
                    (measured.Quantities[p], measured.FlowsWithQuantity[p], measured.Priced[p]) =
                        Quantities(quantities, slot);
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
            counts,
            missing,
            measured,
            outside
        );
    }

    private (IReadOnlyList<IQuantity> Quantities, int Flows, PricedQuantity? Priced) Quantities(
        QuantitySums? sums,
        int slot
    )
    {
        if (sums is null)
        {
            return ([], 0, null);
        }
        var kinds = sums.UnitOfKind.Length;
        var at = slot * kinds;
        return CubeQuantities.Measure(
            sums.All.AsSpan(at, kinds),
            sums.Flows.AsSpan(at, kinds),
            sums.WithValue.AsSpan(at, kinds),
            sums.Values.AsSpan(at, kinds),
            sums.UnitOfKind,
            flows.Currency
        );
    }
}
