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
    }

    private struct On : ISwitch
    {
        static bool ISwitch.On => true;
    }

    private struct Off : ISwitch
    {
        static bool ISwitch.On => false;
    }

    /// <summary>
    /// One scan of the rows with one round's maps, in blocks of rows (cancellation is checked between blocks), on
    /// several threads when the rows are many and the cells few enough for each thread to keep its own.
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
        var dense = maps.Select(m => m?.Select(p => p < 0 ? DenseExcluded : (int)p).ToArray())
            .ToArray();
        var blocks = (flows.Count + BlockRows - 1) / BlockRows;
        var workers =
            options.MaxDegreeOfParallelism > 0
                ? options.MaxDegreeOfParallelism
                : Environment.ProcessorCount;
        if (
            workers == 1
            || blocks < 2
            || flows.Count < ParallelRowThreshold
            || cellCount > (1 << 20)
        )
        {
            for (var b = 0; b < blocks; b++)
            {
                token.ThrowIfCancellationRequested();
                ScanRows(dense, cells, b * BlockRows, Math.Min(flows.Count, (b + 1) * BlockRows));
            }
            return;
        }
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = workers,
            CancellationToken = token,
        };
        var wide = cells.WideSums is not null;
        Parallel.For(
            0,
            blocks,
            parallel,
            () => new CellAccumulator((int)cellCount, wide),
            (b, _, mine) =>
            {
                ScanRows(dense, mine, b * BlockRows, Math.Min(flows.Count, (b + 1) * BlockRows));
                return mine;
            },
            mine =>
            {
                lock (cells)
                {
                    cells.Merge(mine);
                }
                mine.Return();
            }
        );
    }

    private void ScanRows(int[]?[] m, CellAccumulator cells, int start, int end)
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

    private void ScanRows<TR>(int[]?[] m, CellAccumulator cells, int start, int end)
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

    private void ScanRows<TR, TP>(int[]?[] m, CellAccumulator cells, int start, int end)
        where TR : struct, ISwitch
        where TP : struct, ISwitch
    {
        if (m[2] is null)
        {
            ScanRows<TR, TP, Off>(m, cells, start, end);
        }
        else
        {
            ScanRows<TR, TP, On>(m, cells, start, end);
        }
    }

    private void ScanRows<TR, TP, TC>(int[]?[] m, CellAccumulator cells, int start, int end)
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

    private void ScanRows<TR, TP, TC, TK>(int[]?[] m, CellAccumulator cells, int start, int end)
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
            Kernel<TR, TP, TC, TK, On>(m, cells, start, end);
        }
        else
        {
            Kernel<TR, TP, TC, TK, Off>(m, cells, start, end);
        }
    }

    /// <summary>
    /// The hot loop, for 64-bit sums: the switches are types, so the loop the JIT makes reads only the columns in use
    /// (and, for a single cell, sums in registers). The maps hold only valid cell parts and the columns only codes
    /// their maps cover, so the loop reads them without bounds checks.
    /// </summary>
    /// <remarks>
    /// One method on purpose, though longer than the rest: its ten column references live in registers through the
    /// loop, and a helper per row would take them all as arguments.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Kernel<TR, TP, TC, TK, TOne>(int[]?[] m, CellAccumulator cells, int start, int end)
        where TR : struct, ISwitch
        where TP : struct, ISwitch
        where TC : struct, ISwitch
        where TK : struct, ISwitch
        where TOne : struct, ISwitch
    {
        ref var reporters = ref MemoryMarshal.GetArrayDataReference(flows.ReporterColumn);
        ref var partners = ref MemoryMarshal.GetArrayDataReference(flows.PartnerColumn);
        ref var categories = ref MemoryMarshal.GetArrayDataReference(flows.CategoryColumn);
        ref var keys = ref MemoryMarshal.GetArrayDataReference(flows.KeyColumn);
        ref var units = ref MemoryMarshal.GetArrayDataReference(flows.Values.Units);
        ref var rm = ref MemoryMarshal.GetArrayDataReference(m[0] ?? []);
        ref var pm = ref MemoryMarshal.GetArrayDataReference(m[1] ?? []);
        ref var cm = ref MemoryMarshal.GetArrayDataReference(m[2] ?? []);
        ref var km = ref MemoryMarshal.GetArrayDataReference(m[3] ?? []);
        ref var pairs = ref MemoryMarshal.GetArrayDataReference(cells.Pairs);
        long sum = 0,
            count = 0;
        for (var i = start; i < end; i++)
        {
            var cell = 0;
            if (TR.On)
            {
                cell += Unsafe.Add(ref rm, Unsafe.Add(ref reporters, i));
            }
            if (TP.On)
            {
                cell += Unsafe.Add(ref pm, Unsafe.Add(ref partners, i));
            }
            if (TC.On)
            {
                cell += Unsafe.Add(ref cm, Unsafe.Add(ref categories, i));
            }
            if (TK.On)
            {
                cell += Unsafe.Add(ref km, Unsafe.Add(ref keys, i));
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
            }
            else
            {
                ref var slot = ref Unsafe.Add(ref pairs, 2 * cell);
                slot += u;
                Unsafe.Add(ref slot, 1)++;
            }
        }
        if (TOne.On)
        {
            cells.Pairs[0] += sum;
            cells.Pairs[1] += count;
        }
        AddSpecialRows(m, cells, start, end);
    }

    /// <summary>Adds the rows without a fixed-point value (missing, or kept as decimals) between two rows.</summary>
    private void AddSpecialRows(int[]?[] m, CellAccumulator cells, int start, int end)
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
            }
        }
    }

    /// <summary>The loop for sums that need 128 bits (checked, with bounds checks: the rare case).</summary>
    private void KernelWide(int[]?[] m, CellAccumulator cells, int start, int end)
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
            }
        }
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
        for (var i = 0; i < flows.Count; i++)
        {
            var cell = RowPart(maps, i);
            if (cell >= 0)
            {
                AddSpecial(cells, cells.SlotOf(cell), i, units[i]);
            }
        }
    }
}
