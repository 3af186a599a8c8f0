using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using TradeModel.Internal;

namespace TradeModel.Analysis;

internal sealed partial class FlowAggregator
{
    /// <summary>What excludes a row in the dense scan's 32-bit maps: four parts of at most 2^22 cannot bring it to 0.</summary>
    private const int DenseExcluded = -(1 << 29);

    private interface ISwitch
    {
        static abstract bool On { get; }

        /// <summary>For the category column, the bytes of its map's entries: 4, or 2 or 1 (<see cref="DenseMaps"/>).</summary>
        static virtual int Width => 4;
    }

    private struct On : ISwitch
    {
        static bool ISwitch.On => true;
    }

    private struct Off : ISwitch
    {
        static bool ISwitch.On => false;
    }

    /// <summary>On, for a category map of 16-bit entries.</summary>
    private struct Shorts : ISwitch
    {
        static bool ISwitch.On => true;

        static int ISwitch.Width => 2;
    }

    /// <summary>On, for a category map of bytes.</summary>
    private struct Bytes : ISwitch
    {
        static bool ISwitch.On => true;

        static int ISwitch.Width => 1;
    }

    /// <summary>
    /// One scan of the rows with one round's maps, in blocks of rows (cancellation is checked between blocks). When the
    /// rows are many and the cells few enough, the rows are cut into contiguous parts, which the query's threads take in
    /// turn, each summing the parts it takes into an accumulator of its own (the first thread into the query's); the
    /// threads' accumulators are added at the end. The integer sums come out the same in any order; the quantity sums
    /// (doubles, whose sums depend on their order) are taken out at each part's end and added in the parts' order. The
    /// parts depend on the data alone, not on the threads, so the quantities come out the same to the last bit on one
    /// thread as on many.
    /// </summary>
    private void Scan(long[]?[] maps, CellAccumulator cells)
    {
        var token = options.CancellationToken;
        if (!Dense)
        {
            token.ThrowIfCancellationRequested();
            ScanSparse(maps, cells);
            return;
        }
        var dense = new DenseMaps(maps);
        var blocks = (rows + BlockRows - 1) / BlockRows;
        var workers =
            options.MaxDegreeOfParallelism > 0
                ? options.MaxDegreeOfParallelism
                : Environment.ProcessorCount;
        var parts = Parts(blocks);
        if (parts == 1 || (workers == 1 && Kinds == 0))
        {
            ScanBlocks(dense, cells, 0, blocks);
            return;
        }
        var threads = Math.Min(workers, parts);
        var own = new CellAccumulator?[threads];
        var taken = new PartQuantities[Kinds > 0 ? parts : 0];
        var next = -1;
        try
        {
            if (threads == 1)
            {
                ScanParts(dense, () => cells, ref next, blocks, parts, taken);
            }
            else
            {
                Parallel.For(
                    0,
                    threads,
                    new ParallelOptions
                    {
                        MaxDegreeOfParallelism = threads,
                        CancellationToken = token,
                    },
                    thread =>
                    {
                        // The first thread sums into the query's accumulator; another makes its own when it takes a part.
                        if (thread == 0)
                        {
                            ScanParts(dense, () => cells, ref next, blocks, parts, taken);
                        }
                        else
                        {
                            ScanParts(
                                dense,
                                () => own[thread] ??= cells.Fresh(),
                                ref next,
                                blocks,
                                parts,
                                taken
                            );
                        }
                    }
                );
            }
            foreach (var mine in own)
            {
                if (mine is not null)
                {
                    cells.Merge(mine);
                }
            }
            cells.AddParts(taken);
        }
        catch (AggregateException e)
            when (e.InnerExceptions.All(x => x is OperationCanceledException))
        {
            throw e.InnerExceptions[0];
        }
        finally
        {
            foreach (var mine in own)
            {
                mine?.Return();
            }
            foreach (var part in taken)
            {
                part.Return();
            }
        }
    }

    /// <summary>
    /// Takes parts in turn (the next not yet taken) and sums each into the accumulator <paramref name="cells"/> gives (made
    /// on the first part taken), taking its quantity sums out at its end.
    /// </summary>
    private void ScanParts(
        DenseMaps dense,
        Func<CellAccumulator> cells,
        ref int next,
        int blocks,
        int parts,
        PartQuantities[] taken
    )
    {
        int part;
        while ((part = Interlocked.Increment(ref next)) < parts)
        {
            var into = cells();
            ScanBlocks(
                dense,
                into,
                FirstBlock(blocks, parts, part),
                FirstBlock(blocks, parts, part + 1)
            );
            if (taken.Length > 0)
            {
                taken[part] = into.TakePart();
            }
        }
    }

    /// <summary>The first block of a part (or, for the part after the last, the number of blocks).</summary>
    private static int FirstBlock(int blocks, int parts, int part) =>
        (int)((long)blocks * part / parts);

    /// <summary>
    /// How many parts the rows are cut into: one per block up to <see cref="MaxParts"/>, as long as the parts' cells stay
    /// within <see cref="MaxPartCells"/>; one when the rows are few. Never a function of the thread count.
    /// </summary>
    private int Parts(int blocks) =>
        rows < ParallelRowThreshold
            ? 1
            : (int)Math.Clamp(Math.Min(blocks, MaxPartCells / cellCount), 1, MaxParts);

    /// <summary>Scans blocks [<paramref name="from"/>, <paramref name="to"/>) into an accumulator, checking cancellation between blocks.</summary>
    private void ScanBlocks(DenseMaps dense, CellAccumulator cells, int from, int to)
    {
        for (var b = from; b < to; b++)
        {
            options.CancellationToken.ThrowIfCancellationRequested();
            ScanRows(dense, cells, b * BlockRows, Math.Min(rows, (b + 1) * BlockRows));
        }
    }

    private void ScanRows(DenseMaps m, CellAccumulator cells, int start, int end)
    {
        if (m[0] is null)
        {
            ScanRows<Off>(m, cells, start, end);
        }
        else
        {
            ScanRows<On>(m, cells, start, end);
        }
    }

    private void ScanRows<TR>(DenseMaps m, CellAccumulator cells, int start, int end)
        where TR : struct, ISwitch
    {
        if (m[1] is null)
        {
            ScanRows<TR, Off>(m, cells, start, end);
        }
        else
        {
            ScanRows<TR, On>(m, cells, start, end);
        }
    }

    private void ScanRows<TR, TP>(DenseMaps m, CellAccumulator cells, int start, int end)
        where TR : struct, ISwitch
        where TP : struct, ISwitch
    {
        if (m[2] is null)
        {
            ScanRows<TR, TP, Off>(m, cells, start, end);
        }
        else if (m.CategoryBytes is not null)
        {
            ScanRows<TR, TP, Bytes>(m, cells, start, end);
        }
        else if (m.CategoryShorts is not null)
        {
            ScanRows<TR, TP, Shorts>(m, cells, start, end);
        }
        else
        {
            ScanRows<TR, TP, On>(m, cells, start, end);
        }
    }

    private void ScanRows<TR, TP, TC>(DenseMaps m, CellAccumulator cells, int start, int end)
        where TR : struct, ISwitch
        where TP : struct, ISwitch
        where TC : struct, ISwitch
    {
        if (m[3] is null)
        {
            ScanRows<TR, TP, TC, Off>(m, cells, start, end);
        }
        else
        {
            ScanRows<TR, TP, TC, On>(m, cells, start, end);
        }
    }

    private void ScanRows<TR, TP, TC, TK>(DenseMaps m, CellAccumulator cells, int start, int end)
        where TR : struct, ISwitch
        where TP : struct, ISwitch
        where TC : struct, ISwitch
        where TK : struct, ISwitch
    {
        if (cells.WideSums is not null)
        {
            KernelWide(m, cells, start, end);
        }
        else if (cellCount == 1)
        {
            ScanRows<TR, TP, TC, TK, On>(m, cells, start, end);
        }
        else
        {
            ScanRows<TR, TP, TC, TK, Off>(m, cells, start, end);
        }
    }

    private void ScanRows<TR, TP, TC, TK, TOne>(
        DenseMaps m,
        CellAccumulator cells,
        int start,
        int end
    )
        where TR : struct, ISwitch
        where TP : struct, ISwitch
        where TC : struct, ISwitch
        where TK : struct, ISwitch
        where TOne : struct, ISwitch
    {
        if (quantityKinds is not null)
        {
            if (flows.QuantityUnitColumn is null)
            {
                Kernel<TR, TP, TC, TK, TOne, On, Off, On>(m, cells, start, end);
            }
            else
            {
                Kernel<TR, TP, TC, TK, TOne, On, On, On>(m, cells, start, end);
            }
        }
        else if (cells.Counted)
        {
            Kernel<TR, TP, TC, TK, TOne, Off, Off, On>(m, cells, start, end);
        }
        else
        {
            Kernel<TR, TP, TC, TK, TOne, Off, Off, Off>(m, cells, start, end);
        }
        AddSpecialRows(m, cells, start, end);
    }

    /// <summary>
    /// The hot loop, for 64-bit sums: the switches are types, so the loop the JIT makes reads only the columns in use
    /// (and, for a single cell, sums in registers). The maps hold only valid cell parts and the columns only codes
    /// their maps cover, so the loop reads them without bounds checks; the category map is read in the narrowest
    /// entries that hold its parts (<typeparamref name="TC"/>'s width, see <see cref="DenseMaps"/>). With quantities (<typeparamref name="TQ"/>) in one
    /// unit, a flow's quantity goes into its cell's inline lanes (see <see cref="CellAccumulator"/>); with several units
    /// (<typeparamref name="TU"/>), converted to its kind's unit, into the cell's <see cref="QuantitySlot"/> for that kind.
    /// Uncounted (<typeparamref name="TN"/> off: values only, all above zero), a flow adds its value to its cell's sum and
    /// nothing else.
    /// </summary>
    /// <remarks>
    /// One method on purpose, though longer than the rest: its column references live in registers through the loop,
    /// and a helper per row would take them all as arguments.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Kernel<TR, TP, TC, TK, TOne, TQ, TU, TN>(
        DenseMaps m,
        CellAccumulator cells,
        int start,
        int end
    )
        where TR : struct, ISwitch
        where TP : struct, ISwitch
        where TC : struct, ISwitch
        where TK : struct, ISwitch
        where TOne : struct, ISwitch
        where TQ : struct, ISwitch
        where TU : struct, ISwitch
        where TN : struct, ISwitch
    {
        // Only the columns in use are touched, and nothing before the loop may call out (an empty array's static would):
        // a reference live across a call must sit in a callee-saved register or on the stack, and the JIT then kept
        // every column's reference on the stack through the loop, one extra load per column a row.
        ref var reporters = ref Data<ushort, TR>(flows.ReporterColumn);
        ref var partners = ref Data<ushort, TP>(flows.PartnerColumn);
        ref var categories = ref Data<ushort, TC>(flows.CategoryColumn);
        ref var keys = ref Data<ushort, TK>(flows.KeyColumn);
        ref var units = ref MemoryMarshal.GetArrayDataReference(flows.Values.Units);
        ref var rm = ref Data<int, TR>(m[0]);
        ref var pm = ref Data<int, TP>(m[1]);
        ref var cm = ref TC.Width == 4 ? ref Data<int, TC>(m[2]) : ref Unsafe.NullRef<int>();
        ref var cm2 = ref TC.Width == 2
            ? ref MemoryMarshal.GetArrayDataReference(m.CategoryShorts!)
            : ref Unsafe.NullRef<ushort>();
        ref var cm1 = ref TC.Width == 1
            ? ref MemoryMarshal.GetArrayDataReference(m.CategoryBytes!)
            : ref Unsafe.NullRef<byte>();
        ref var km = ref Data<int, TK>(m[3]);
        ref var pairs = ref MemoryMarshal.GetArrayDataReference(cells.Pairs);
        ref var quantities = ref Data<double, TQ>(flows.QuantityColumn);
        ref var unitCodes = ref Data<byte, TU>(flows.QuantityUnitColumn);
        ref var kindOf = ref Data<int, TU>(quantityKinds?.KindOf);
        ref var factors = ref Data<double, TU>(quantityKinds?.Factor);
        ref var slots = ref Data<QuantitySlot, TU>(cells.Quantities);
        ref var unquantifiedSlots = ref Data<long, TQ>(cells.UnquantifiedUnits);
        var kinds = Kinds;
        long sum = 0,
            count = 0,
            unquantified = 0,
            unquantifiedFlows = 0;
        var oneQuantity = 0d;
        // The row columns are read from their ends with a negative index that counts up to 0: no register holds the end.
        reporters = ref Unsafe.Add(ref reporters, end);
        partners = ref Unsafe.Add(ref partners, end);
        categories = ref Unsafe.Add(ref categories, end);
        keys = ref Unsafe.Add(ref keys, end);
        units = ref Unsafe.Add(ref units, end);
        quantities = ref Unsafe.Add(ref quantities, end);
        unitCodes = ref Unsafe.Add(ref unitCodes, end);
        for (nint i = start - end; i < 0; i++)
        {
            // The key (period, direction) comes first and ends the row's work when its map excludes it: files are
            // sorted by period, so a filter on the year skips whole runs of rows for a branch that is always foretold.
            // A single cell's maps are only a filter, so every column that excludes the row ends its work there, as a
            // hand-written filter would; a grouping adds the other columns' parts without branches and checks once.
            var cell = 0;
            if (TK.On)
            {
                cell = Unsafe.Add(ref km, Unsafe.Add(ref keys, i));
                if (cell < 0)
                {
                    continue;
                }
            }
            if (TR.On)
            {
                cell += Unsafe.Add(ref rm, Unsafe.Add(ref reporters, i));
                if (TOne.On && cell < 0)
                {
                    continue;
                }
            }
            if (TP.On)
            {
                cell += Unsafe.Add(ref pm, Unsafe.Add(ref partners, i));
                if (TOne.On && cell < 0)
                {
                    continue;
                }
            }
            if (TC.Width == 1)
            {
                // A narrow map cannot make the cell negative: its largest value stands for an excluded code.
                var part = Unsafe.Add(ref cm1, Unsafe.Add(ref categories, i));
                if (part == byte.MaxValue)
                {
                    continue;
                }
                cell += part;
            }
            else if (TC.Width == 2)
            {
                var part = Unsafe.Add(ref cm2, Unsafe.Add(ref categories, i));
                if (part == ushort.MaxValue)
                {
                    continue;
                }
                cell += part;
            }
            else if (TC.On)
            {
                cell += Unsafe.Add(ref cm, Unsafe.Add(ref categories, i));
            }
            if (cell < 0)
            {
                continue;
            }
            var u = Unsafe.Add(ref units, i);
            if (u <= FixedPointColumn.Outlier)
            {
                // Missing and outlying values: visited apart, after the loop (a call here would cost every row).
                continue;
            }
            if (TOne.On)
            {
                sum += u;
                count++;
                if (TQ.On)
                {
                    var q = Unsafe.Add(ref quantities, i);
                    if (double.IsNaN(q))
                    {
                        unquantified += u;
                        unquantifiedFlows++;
                    }
                    else if (TU.On)
                    {
                        var code = Unsafe.Add(ref unitCodes, i);
                        ref var s = ref Unsafe.Add(ref slots, Unsafe.Add(ref kindOf, code));
                        s.Quantity += q * Unsafe.Add(ref factors, code);
                        s.Flows++;
                        s.ValueUnits += u;
                    }
                    else
                    {
                        oneQuantity += q;
                    }
                }
            }
            else if (TQ.On && !TU.On)
            {
                // One unit: the slot is [sum, count, quantity, flows without one], one cache line for the whole flow,
                // and a flow with a quantity (nearly all) updates three of them.
                ref var slot = ref Unsafe.Add(ref pairs, 4 * cell);
                slot += u;
                Unsafe.Add(ref slot, 1)++;
                var q = Unsafe.Add(ref quantities, i);
                if (double.IsNaN(q))
                {
                    Unsafe.Add(ref unquantifiedSlots, cell) += u;
                    Unsafe.Add(ref slot, 3)++;
                    continue;
                }
                Unsafe.As<long, double>(ref Unsafe.Add(ref slot, 2)) += q;
            }
            else if (!TN.On)
            {
                // Values only, all above zero: a cell whose sum is above zero has flows, so nothing is counted here.
                Unsafe.Add(ref pairs, cell) += u;
            }
            else
            {
                ref var slot = ref Unsafe.Add(ref pairs, 2 * cell);
                slot += u;
                Unsafe.Add(ref slot, 1)++;
                if (TQ.On)
                {
                    var q = Unsafe.Add(ref quantities, i);
                    if (double.IsNaN(q))
                    {
                        continue;
                    }
                    var code = Unsafe.Add(ref unitCodes, i);
                    ref var s = ref Unsafe.Add(
                        ref slots,
                        (cell * kinds) + Unsafe.Add(ref kindOf, code)
                    );
                    s.Quantity += q * Unsafe.Add(ref factors, code);
                    s.Flows++;
                    s.ValueUnits += u;
                }
            }
        }
        if (TOne.On)
        {
            pairs += sum;
            Unsafe.Add(ref pairs, 1) += count;
            if (TQ.On && !TU.On)
            {
                Unsafe.As<long, double>(ref Unsafe.Add(ref pairs, 2)) += oneQuantity;
                Unsafe.Add(ref pairs, 3) += unquantifiedFlows;
                unquantifiedSlots += unquantified;
            }
        }
    }

    /// <summary>The first element of a column the kernel reads when <typeparamref name="TOn"/> is on; a null reference (never read) otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref T Data<T, TOn>(T[]? array)
        where TOn : struct, ISwitch =>
        ref TOn.On ? ref MemoryMarshal.GetArrayDataReference(array!) : ref Unsafe.NullRef<T>();

    /// <summary>Adds the rows without a fixed-point value (missing, or kept as decimals) between two rows.</summary>
    private void AddSpecialRows(DenseMaps m, CellAccumulator cells, int start, int end)
    {
        var special = flows.Values.SpecialRows;
        var at = special.BinarySearch(start);
        for (at = at < 0 ? ~at : at; at < special.Count && special[at] < end; at++)
        {
            var i = special[at];
            var cell =
                (m[0]?[flows.ReporterColumn[i]] ?? 0)
                + (m[1]?[flows.PartnerColumn[i]] ?? 0)
                + (m[2]?[flows.CategoryColumn[i]] ?? 0)
                + (m[3]?[flows.KeyColumn[i]] ?? 0);
            if (cell >= 0)
            {
                AddSpecial(cells, cell, i, flows.Values.Units[i]);
                AddSpecialQuantity(cells, cell, i);
            }
        }
    }

    /// <summary>The loop for sums that need 128 bits (checked, with bounds checks: the rare case).</summary>
    private void KernelWide(DenseMaps m, CellAccumulator cells, int start, int end)
    {
        var units = flows.Values.Units;
        for (var i = start; i < end; i++)
        {
            var cell =
                (m[0]?[flows.ReporterColumn[i]] ?? 0)
                + (m[1]?[flows.PartnerColumn[i]] ?? 0)
                + (m[2]?[flows.CategoryColumn[i]] ?? 0)
                + (m[3]?[flows.KeyColumn[i]] ?? 0);
            if (cell >= 0)
            {
                AddSpecial(cells, cell, i, units[i]);
                AddSpecialQuantity(cells, cell, i);
            }
        }
    }

    /// <summary>
    /// Adds the quantity of a flow the hot loop left out (no value, a value kept as a decimal, or sums in 128 bits), in
    /// its kind's unit, with its value when it has one.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddSpecialQuantity(CellAccumulator cells, int slot, int row)
    {
        if (quantityKinds is null || double.IsNaN(flows.QuantityColumn![row]))
        {
            return;
        }
        var code = flows.QuantityUnitColumn?[row] ?? 0;
        cells.AddSpecialQuantity(
            (slot * Kinds) + quantityKinds.KindOf[code],
            flows.QuantityColumn[row] * quantityKinds.Factor[code],
            flows.ValueAt(row)
        );
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddSpecial(CellAccumulator cells, int slot, int row, long units)
    {
        if (units == FixedPointColumn.Outlier)
        {
            cells.AddOutlier(slot, flows.Values.OutlierAt(row));
        }
        else
        {
            cells.Add(slot, units, units != FixedPointColumn.Missing);
        }
    }

    /// <summary>The scan for a key space too large for arrays: cells live in a dictionary.</summary>
    private void ScanSparse(long[]?[] maps, CellAccumulator cells)
    {
        var units = flows.Values.Units;
        for (var i = 0; i < rows; i++)
        {
            var cell = RowPart(maps, i);
            if (cell >= 0)
            {
                var slot = cells.SlotOf(cell);
                AddSpecial(cells, slot, i, units[i]);
                AddSpecialQuantity(cells, slot, i);
            }
        }
    }
}
