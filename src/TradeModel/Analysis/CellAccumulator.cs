using System.Runtime.CompilerServices;
using TradeModel.Internal;

namespace TradeModel.Analysis;

/// <summary>
/// The running totals of a grouping, by slot: in dense mode a slot is the cell index itself; in sparse mode slots are
/// handed out as cells are first seen. Each slot keeps its 64-bit sum and its flow count side by side (one cache line
/// for both); when a 64-bit sum could overflow, sums are kept in 128 bits instead. Values outside the fixed-point
/// column are summed apart as decimals. When the flows have quantities, each slot also keeps, per kind of quantity, a
/// <see cref="QuantitySlot"/> (and, for the few flows the hot loop leaves out, a <see cref="SpecialQuantitySlot"/>).
/// </summary>
/// <remarks>
/// <para>
/// Inline quantities: when every quantity is in one unit (BACI's tonnes) and the cells are dense with 64-bit sums, a
/// slot is four longs in one 32-byte block, <c>[sum, count, quantity (a double's bits), flows whose quantity is not
/// in the slot]</c> (none, or summed apart), so that a flow touches one cache line and, with a quantity, three longs.
/// The value of the hot flows without a quantity, rare, is kept apart (<see cref="UnquantifiedUnits"/>), and the value
/// of those with one is the sum less it.
/// </para>
/// <para>
/// Uncounted: a dense accumulator of values only over flows whose values are all above zero need not count its slots'
/// flows to know which slots have one (those whose sum is above zero). It then keeps a slot's sum alone
/// (<see cref="Stride"/> 1), one store a flow, and counts only the few flows the hot loop leaves out
/// (<see cref="SpecialFlows"/>); the cube counts its cells' flows when they are first read.
/// </para>
/// <para>Dense arrays are rented from the shared pools (a query must not leave megabytes of garbage behind) and go back with <see cref="Return"/>.</para>
/// </remarks>
internal sealed class CellAccumulator
{
    private readonly Dictionary<long, int>? slots;
    private readonly int denseCells;
    private Dictionary<long, decimal>? outliers;
    private SpecialQuantitySlot[]? specialQuantities;
    private readonly bool oneUnit;

    /// <summary>The quantities summed apart since the last <see cref="TakePart"/>.</summary>
    private int specialsInPart;

    /// <summary>An accumulator of dense cells (or, for 0, of cells handed out slots as they come).</summary>
    /// <param name="denseCells">The cells, or 0 for sparse mode.</param>
    /// <param name="wide">Whether sums need 128 bits.</param>
    /// <param name="kinds">The kinds of quantity summed per slot; 0 when the flows have no quantities.</param>
    /// <param name="oneUnit">Whether every quantity is in one unit, so that dense 64-bit slots keep it inline.</param>
    /// <param name="counted">
    /// Whether the slots count their flows; false only for dense 64-bit sums of values alone, all above zero (see the
    /// remarks), which the caller decides.
    /// </param>
    internal CellAccumulator(
        int denseCells,
        bool wide,
        int kinds,
        bool oneUnit,
        bool counted = true
    )
    {
        this.denseCells = denseCells;
        this.oneUnit = oneUnit;
        Kinds = kinds;
        System.Diagnostics.Debug.Assert(
            counted || (denseCells > 0 && !wide && kinds == 0),
            "Only dense 64-bit sums of values alone go uncounted."
        );
        Counted = counted;
        if (denseCells > 0)
        {
            InlineQuantities = kinds == 1 && oneUnit && !wide;
            Stride =
                InlineQuantities ? 4
                : Counted ? 2
                : 1;
            SpecialFlows = Counted ? [] : Rent<int>(denseCells);
            Pairs = Rent<long>(Stride * denseCells);
            Missing = Rent<int>(denseCells);
            WideSums = wide ? Rent<Int128>(denseCells) : null;
            Quantities =
                kinds > 0 && !InlineQuantities ? Rent<QuantitySlot>(denseCells * kinds) : [];
            UnquantifiedUnits = InlineQuantities ? Rent<long>(denseCells) : [];
        }
        else
        {
            slots = [];
            Pairs = new long[128];
            Missing = new int[64];
            WideSums = wide ? new Int128[64] : null;
            Quantities = kinds > 0 ? new QuantitySlot[64 * kinds] : [];
            UnquantifiedUnits = [];
            SpecialFlows = [];
            Stride = 2;
        }
    }

    /// <summary>A fresh dense accumulator made as this one is (for a part of the rows, added back with <see cref="Merge"/>).</summary>
    internal CellAccumulator Fresh() =>
        new(denseCells, WideSums is not null, Kinds, oneUnit, Counted);

    /// <summary>Whether each slot counts its flows (see the remarks).</summary>
    internal bool Counted { get; }

    /// <summary>Uncounted, the flows of each slot the hot loop leaves out (no value, or a value kept as a decimal); else empty.</summary>
    internal int[] SpecialFlows { get; }

    /// <summary>Whether a slot keeps its quantity inline (see the remarks).</summary>
    internal bool InlineQuantities { get; }

    /// <summary>Longs per slot in <see cref="Pairs"/>: 2, 4 with inline quantities, 1 uncounted.</summary>
    internal int Stride { get; }

    /// <summary>With inline quantities, the value units of each slot's hot flows that have no quantity; else empty.</summary>
    internal long[] UnquantifiedUnits { get; }

    /// <summary>The kinds of quantity summed per slot (0 for none).</summary>
    internal int Kinds { get; }

    /// <summary>Slot s's quantities of kind k at s × <see cref="Kinds"/> + k.</summary>
    internal QuantitySlot[] Quantities { get; private set; }

    /// <summary>
    /// Slot s's 64-bit sum at <see cref="Stride"/> × s (unused when sums are wide) and, counted, its flow count after it
    /// (then, with inline quantities, its quantity's bits and its flows whose quantity is not in it).
    /// </summary>
    internal long[] Pairs { get; private set; }

    /// <summary>The 128-bit sums, when a 64-bit sum could overflow; otherwise null.</summary>
    internal Int128[]? WideSums { get; private set; }

    /// <summary>The flows without value, by slot.</summary>
    internal int[] Missing { get; private set; }

    /// <summary>How many slots there are.</summary>
    internal int SlotCount => slots?.Count ?? denseCells;

    /// <summary>
    /// The cell indexes that have a flow, in order, and their slots (null in dense mode, where the slot is the cell).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal (int[]? Slots, long[] Cells) OccupiedSlotsByCell()
    {
        if (slots is not null)
        {
            var ordered = slots.OrderBy(p => p.Key).ToArray();
            return ([.. ordered.Select(p => p.Value)], [.. ordered.Select(p => p.Key)]);
        }
        // One pass over the slots, without a branch on each: every slot is written at the next place, which only an
        // occupied one keeps.
        var found = System.Buffers.ArrayPool<int>.Shared.Rent(denseCells);
        try
        {
            var count = 0;
            for (var s = 0; s < denseCells; s++)
            {
                found[count] = s;
                count += IsOccupied(s) ? 1 : 0;
            }
            var cells = new long[count];
            for (var n = 0; n < count; n++)
            {
                cells[n] = found[n];
            }
            return (null, cells);
        }
        finally
        {
            System.Buffers.ArrayPool<int>.Shared.Return(found);
        }
    }

    /// <summary>Whether a flow fell in a dense slot: uncounted, its sum of values above zero is above zero, or a flow the hot loop leaves out came.</summary>
    private bool IsOccupied(int slot) =>
        Counted ? Pairs[(Stride * slot) + 1] > 0 : Pairs[slot] != 0 || SpecialFlows[slot] > 0;

    /// <summary>Whether some flow of a slot has a value.</summary>
    internal bool HasValue(int slot) =>
        Counted
            ? Count(slot) > Missing[slot]
            : Pairs[slot] != 0 || SpecialFlows[slot] > Missing[slot];

    /// <summary>Whether some value was summed apart as a decimal.</summary>
    internal bool HasOutliers => outliers is { Count: > 0 };

    /// <summary>The flows of a slot (counted only).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal long Count(int slot) => Pairs[(Stride * slot) + 1];

    /// <summary>The total of a slot: its fixed-point sum at a scale, plus what was summed apart as decimals.</summary>
    /// <exception cref="OverflowException">The total is outside the range of decimal.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal decimal Total(int slot, int scale)
    {
        var sum = WideSums is { } wide
            ? FixedPoint.ToDecimal(wide[slot], scale)
            : FixedPoint.ToDecimal(Pairs[Stride * slot], scale);
        return HasOutliers ? sum + OutlierSum(slot) : sum;
    }

    /// <summary>
    /// The sums, flow counts (or, uncounted, whether a value came) and flows without value of dense cells, in order, at
    /// the positions of <paramref name="cellIndexes"/>: what <see cref="Total"/>, <see cref="Count"/>,
    /// <see cref="HasValue"/> and <see cref="Missing"/> give a cell, read column by column. For 64-bit sums with nothing
    /// summed apart as decimals (the caller checks).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void ReadDense(
        long[] cellIndexes,
        int scale,
        decimal[] sums,
        int[]? counts,
        bool[]? valued,
        int[] missing
    )
    {
        System.Diagnostics.Debug.Assert(
            slots is null && WideSums is null && !HasOutliers,
            "Dense 64-bit sums only."
        );
        var stride = Stride;
        for (var p = 0; p < cellIndexes.Length; p++)
        {
            var slot = (int)cellIndexes[p];
            var at = stride * slot;
            sums[p] = FixedPoint.ToDecimal(Pairs[at], scale);
            missing[p] = Missing[slot];
            if (counts is not null)
            {
                counts[p] = (int)Pairs[at + 1];
            }
            else
            {
                valued![p] = Pairs[at] != 0 || SpecialFlows[slot] > Missing[slot];
            }
        }
    }

    /// <summary>Whether some flow the hot loop leaves out brought a quantity (then summed apart).</summary>
    internal bool HasSpecialQuantities => specialQuantities is not null;

    /// <summary>The slot of a cell (sparse mode), made on first sight.</summary>
    internal int SlotOf(long cell)
    {
        if (slots is null)
        {
            return (int)cell;
        }
        if (!slots.TryGetValue(cell, out var slot))
        {
            slot = slots.Count;
            slots[cell] = slot;
            if (slot == Missing.Length)
            {
                Pairs = Grow(Pairs);
                Missing = Grow(Missing);
                WideSums = WideSums is null ? null : Grow(WideSums);
                Quantities = Kinds > 0 ? Grow(Quantities) : [];
                specialQuantities = specialQuantities is null ? null : Grow(specialQuantities);
            }
        }
        return slot;
    }

    /// <summary>The slot of a cell that has been seen, or −1.</summary>
    internal int ExistingSlot(long cell) =>
        slots is null ? (int)cell
        : slots.TryGetValue(cell, out var slot) ? slot
        : -1;

    /// <summary>Adds a flow's fixed-point value (or none, for <paramref name="hasValue"/> false) to a slot: the slow path for wide sums and missing values.</summary>
    internal void Add(int slot, long units, bool hasValue)
    {
        CountSpecial(slot);
        if (!hasValue)
        {
            Missing[slot]++;
        }
        else if (WideSums is { } wide)
        {
            wide[slot] += units;
        }
        else
        {
            Pairs[Stride * slot] += units;
        }
    }

    internal void AddOutlier(int slot, decimal value)
    {
        CountSpecial(slot);
        outliers ??= [];
        outliers[slot] = outliers.GetValueOrDefault(slot) + value;
    }

    /// <summary>Counts a flow the hot loop leaves out in its slot.</summary>
    private void CountSpecial(int slot)
    {
        if (!Counted)
        {
            SpecialFlows[slot]++;
            return;
        }
        Pairs[(Stride * slot) + 1]++;
        if (InlineQuantities)
        {
            // Its quantity, if any, is summed apart (AddSpecialQuantity), not in the slot's lane.
            Pairs[(Stride * slot) + 3]++;
        }
    }

    internal decimal OutlierSum(int slot) => outliers?.GetValueOrDefault(slot) ?? 0m;

    /// <summary>
    /// Adds the quantity of a flow the hot loop leaves out (no value, a value kept as a decimal, or sums in 128 bits),
    /// already in its kind's unit, at slot × <see cref="Kinds"/> + kind.
    /// </summary>
    internal void AddSpecialQuantity(int at, double quantity, decimal? value)
    {
        specialQuantities ??= new SpecialQuantitySlot[Missing.Length * Kinds];
        specialsInPart++;
        ref var q = ref specialQuantities[at];
        q.All += quantity;
        q.Flows++;
        if (value is { } v)
        {
            q.WithValue += quantity;
            q.Values += v;
        }
    }

    /// <summary>
    /// A slot's quantities per kind, into spans of <see cref="Kinds"/> elements: all of them, the flows with one, and the
    /// quantities and values of the flows that have both (values at <paramref name="scale"/>).
    /// </summary>
    internal void QuantitiesOf(
        int slot,
        int scale,
        Span<double> all,
        Span<int> flows,
        Span<double> withValue,
        Span<decimal> values
    )
    {
        for (var k = 0; k < Kinds; k++)
        {
            var hot = InlineQuantities
                ? new QuantitySlot
                {
                    Quantity = BitConverter.Int64BitsToDouble(Pairs[(Stride * slot) + 2]),
                    Flows = Pairs[(Stride * slot) + 1] - Pairs[(Stride * slot) + 3],
                    ValueUnits = Pairs[Stride * slot] - UnquantifiedUnits[slot],
                }
                : Quantities[(slot * Kinds) + k];
            var special = specialQuantities is null
                ? default
                : specialQuantities[(slot * Kinds) + k];
            all[k] = hot.Quantity + special.All;
            flows[k] = checked((int)(hot.Flows + special.Flows));
            withValue[k] = hot.Quantity + special.WithValue;
            values[k] = FixedPoint.ToDecimal(hot.ValueUnits, scale) + special.Values;
        }
    }

    /// <summary>Adds another dense accumulator's totals into this one.</summary>
    internal void Merge(CellAccumulator other)
    {
        if (InlineQuantities)
        {
            for (var c = 0; c < Stride * denseCells; c += Stride)
            {
                Pairs[c] += other.Pairs[c];
                Pairs[c + 1] += other.Pairs[c + 1];
                Pairs[c + 2] = BitConverter.DoubleToInt64Bits(
                    BitConverter.Int64BitsToDouble(Pairs[c + 2])
                        + BitConverter.Int64BitsToDouble(other.Pairs[c + 2])
                );
                Pairs[c + 3] += other.Pairs[c + 3];
            }
            for (var c = 0; c < denseCells; c++)
            {
                UnquantifiedUnits[c] += other.UnquantifiedUnits[c];
            }
        }
        else
        {
            for (var c = 0; c < Stride * denseCells; c++)
            {
                Pairs[c] += other.Pairs[c];
            }
        }
        for (var c = 0; c < SpecialFlows.Length && c < denseCells; c++)
        {
            SpecialFlows[c] += other.SpecialFlows[c];
        }
        for (var c = 0; c < denseCells; c++)
        {
            Missing[c] += other.Missing[c];
        }
        if (WideSums is { } wide)
        {
            for (var c = 0; c < denseCells; c++)
            {
                wide[c] += other.WideSums![c];
            }
        }
        foreach (var (slot, value) in other.outliers ?? [])
        {
            outliers ??= [];
            outliers[(int)slot] = outliers.GetValueOrDefault(slot) + value;
        }
        for (var c = 0; c < Quantities.Length && c < denseCells * Kinds; c++)
        {
            ref var q = ref Quantities[c];
            var theirs = other.Quantities[c];
            q.Quantity += theirs.Quantity;
            q.Flows += theirs.Flows;
            q.ValueUnits += theirs.ValueUnits;
        }
        if (other.specialQuantities is { } special)
        {
            specialQuantities ??= new SpecialQuantitySlot[Missing.Length * Kinds];
            for (var c = 0; c < denseCells * Kinds; c++)
            {
                ref var q = ref specialQuantities[c];
                q.All += special[c].All;
                q.Flows += special[c].Flows;
                q.WithValue += special[c].WithValue;
                q.Values += special[c].Values;
            }
        }
    }

    /// <summary>How many quantity sums a dense accumulator keeps in its slots' hot lanes (inline, or per kind).</summary>
    private int HotQuantitySums => InlineQuantities ? denseCells : denseCells * Kinds;

    /// <summary>
    /// Ends a part of the rows summed into this dense accumulator: its quantity sums (doubles) are moved into an array of
    /// the part's own and set to zero, so that the next part summed here starts from zero, as in a fresh accumulator.
    /// The integer sums, which any order gives alike, simply go on. <see cref="AddParts"/> adds the parts back in order.
    /// </summary>
    /// <returns>The part's quantity sums (default when the flows have no quantities).</returns>
    internal PartQuantities TakePart()
    {
        if (Kinds == 0)
        {
            return default;
        }
        var hot = HotQuantitySums;
        var withSpecials = specialsInPart > 0;
        specialsInPart = 0;
        var sums = System.Buffers.ArrayPool<double>.Shared.Rent(
            hot + (withSpecials ? 2 * denseCells * Kinds : 0)
        );
        if (InlineQuantities)
        {
            var pairs = Pairs;
            var stride = Stride;
            for (var c = 0; c < hot; c++)
            {
                ref var lane = ref Unsafe.As<long, double>(ref pairs[(stride * c) + 2]);
                sums[c] = lane;
                lane = 0d;
            }
        }
        else
        {
            for (var c = 0; c < hot; c++)
            {
                sums[c] = Quantities[c].Quantity;
                Quantities[c].Quantity = 0d;
            }
        }
        for (var c = 0; withSpecials && c < denseCells * Kinds; c++)
        {
            ref var q = ref specialQuantities![c];
            sums[hot + (2 * c)] = q.All;
            sums[hot + (2 * c) + 1] = q.WithValue;
            q.All = 0d;
            q.WithValue = 0d;
        }
        return new PartQuantities(sums, withSpecials);
    }

    /// <summary>
    /// Sets each quantity sum of this dense accumulator to the parts' sums added in the parts' order, from zero (what
    /// adding each part's fresh accumulator in turn gives), once every part has been taken with <see cref="TakePart"/>
    /// from this accumulator or from others merged into it. So the quantities come out the same to the last bit
    /// whichever threads summed the parts.
    /// </summary>
    internal void AddParts(PartQuantities[] parts)
    {
        if (Kinds == 0)
        {
            return;
        }
        var hot = HotQuantitySums;
        for (var c = 0; c < hot; c++)
        {
            var sum = 0d;
            foreach (var part in parts)
            {
                sum += part.Sums![c];
            }
            if (InlineQuantities)
            {
                Unsafe.As<long, double>(ref Pairs[(Stride * c) + 2]) = sum;
            }
            else
            {
                Quantities[c].Quantity = sum;
            }
        }
        if (!parts.Any(p => p.WithSpecials))
        {
            return;
        }
        specialQuantities ??= new SpecialQuantitySlot[Missing.Length * Kinds];
        for (var c = 0; c < denseCells * Kinds; c++)
        {
            double all = 0d,
                withValue = 0d;
            foreach (var part in parts)
            {
                if (part.WithSpecials)
                {
                    all += part.Sums![hot + (2 * c)];
                    withValue += part.Sums[hot + (2 * c) + 1];
                }
            }
            specialQuantities[c].All = all;
            specialQuantities[c].WithValue = withValue;
        }
    }

    /// <summary>Gives the rented arrays back; the accumulator is not used after.</summary>
    internal void Return()
    {
        if (slots is null)
        {
            System.Buffers.ArrayPool<long>.Shared.Return(Pairs);
            System.Buffers.ArrayPool<int>.Shared.Return(Missing);
            if (WideSums is not null)
            {
                System.Buffers.ArrayPool<Int128>.Shared.Return(WideSums);
            }
            if (Kinds > 0 && !InlineQuantities)
            {
                System.Buffers.ArrayPool<QuantitySlot>.Shared.Return(Quantities);
            }
            if (InlineQuantities)
            {
                System.Buffers.ArrayPool<long>.Shared.Return(UnquantifiedUnits);
            }
            if (!Counted)
            {
                System.Buffers.ArrayPool<int>.Shared.Return(SpecialFlows);
            }
        }
    }

    private static T[] Rent<T>(int length)
    {
        var array = System.Buffers.ArrayPool<T>.Shared.Rent(length);
        Array.Clear(array, 0, length);
        return array;
    }

    private static T[] Grow<T>(T[] array)
    {
        var grown = new T[array.Length * 2];
        array.CopyTo(grown, 0);
        return grown;
    }
}
