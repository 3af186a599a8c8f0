using System.Collections;
using System.Diagnostics.CodeAnalysis;
using TradeModel.Classifications;
using TradeModel.Internal;

namespace TradeModel.Analysis;

/// <summary>
/// The answer to a <see cref="FlowQuery"/>: one <see cref="FlowCell"/> per combination of dimension values that has
/// flows, in dimension order (periods chronologically, categories in classification order), each with an exact total
/// and its flows without value counted apart. Time series, shares and contributions are computed from it.
/// </summary>
/// <remarks>
/// A cube keeps its cells by column and places each in a cell space (a cell's index is the sum of each dimension's
/// value index times its stride), so that lining a cell up with the same cell in another period is arithmetic. Cell
/// objects are made when they are read.
/// </remarks>
public sealed partial class FlowCube : IReadOnlyList<FlowCell>
{
    private readonly CubeAxis[] axes;
    private readonly long[] cellIndexes;
    private readonly decimal[] sums;
    private readonly CellFlowCounts counts;
    private readonly CubeQuantities? quantities;
    private readonly long cellSpace;
    private FlowCell?[]? cellObjects;
    private int[]? denseIndex;

    internal FlowCube(
        FlowQuery query,
        Classification classification,
        Currency currency,
        CubeAxis[] axes,
        long[] cellIndexes,
        decimal[] sums,
        CellFlowCounts counts,
        CubeQuantities? quantities,
        int flowsOutside
    )
    {
        Query = query;
        Classification = classification;
        Currency = currency;
        this.axes = axes;
        this.cellIndexes = cellIndexes;
        this.sums = sums;
        this.counts = counts;
        this.quantities = quantities;
        FlowsOutside = flowsOutside;
        cellSpace = axes.Aggregate(1L, (n, a) => n * Math.Max(1, a.Cardinality));
    }

    /// <summary>The query this cube answers.</summary>
    public FlowQuery Query { get; }

    /// <summary>The classification of the flows' categories.</summary>
    public Classification Classification { get; }

    /// <summary>The currency of every total.</summary>
    public Currency Currency { get; }

    /// <summary>
    /// How many flows the filter matched that fall in no cell: no economy group covers them, their category has no
    /// ancestor at the level asked for (it is coarser, or an "of which" item), or their period spans two years.
    /// </summary>
    public int FlowsOutside { get; }

    /// <summary>How many cells there are.</summary>
    public int Count => cellIndexes.Length;

    /// <summary>The cell at a position.</summary>
    /// <param name="index">The position.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the cube.</exception>
    public FlowCell this[int index]
    {
        get
        {
            Preconditions.CheckArgumentRange(nameof(index), index, 0, Count - 1);
            // The cells' objects are made as they are read: a cube that is only summarised (an indicator, a merge)
            // allocates no array for them.
            var made =
                cellObjects
                ?? Interlocked.CompareExchange(ref cellObjects, new FlowCell?[Count], null)
                ?? cellObjects;
            return made[index] ??= MakeCell(index);
        }
    }

    /// <summary>The cell with a key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="KeyNotFoundException">No flow falls in that cell; the message names the key.</exception>
    public FlowCell this[FlowKey key] =>
        TryGetCell(key, out var cell)
            ? cell
            : throw new KeyNotFoundException(
                Errors.Format($"No flow falls in the cell {key} of the query {Query}.")
            );

    /// <summary>The cell with a key, if any flow falls in it.</summary>
    /// <param name="key">The key.</param>
    /// <param name="cell">The cell.</param>
    /// <returns>Whether there is one.</returns>
    public bool TryGetCell(FlowKey key, [NotNullWhen(true)] out FlowCell? cell)
    {
        var position = PositionOf(key);
        cell = position < 0 ? null : this[position];
        return cell is not null;
    }

    /// <summary>The total of a cell, or null when no flow of it has a value or no flow falls in it.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The total, or null.</returns>
    public Money? TotalOf(FlowKey key) => PositionOf(key) is var p and >= 0 ? TotalAt(p) : null;

    /// <summary>The periods (or years) of the cells, in order; empty when the query does not group by period.</summary>
    public IReadOnlyList<ReferencePeriod> Periods
    {
        get
        {
            var axis = PeriodAxis;
            if (axis is null)
            {
                return [];
            }
            var present = new bool[axis.Cardinality];
            foreach (var cell in cellIndexes)
            {
                present[axis.IndexIn(cell)] = true;
            }
            return
            [
                .. Enumerable
                    .Range(0, present.Length)
                    .Where(i => present[i])
                    .Select(i => (ReferencePeriod)axis.Values[i]),
            ];
        }
    }

    /// <summary>Enumerates the cells in order.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<FlowCell> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The cube as text: its query and how many cells.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Count} cells {Query}";

    private CubeAxis? PeriodAxis =>
        axes.FirstOrDefault(a => a.Kind is FlowDimensionKind.Period or FlowDimensionKind.Year);

    private FlowCell MakeCell(int position)
    {
        var (measured, withQuantity, priced) = quantities?.At(position, Currency) ?? ([], 0, null);
        return new(
            KeyOf(cellIndexes[position]),
            TotalAt(position),
            counts,
            position,
            measured,
            withQuantity,
            priced
        );
    }

    /// <summary>The total of the cell at a position: null when none of its flows has a value.</summary>
    internal Money? TotalAt(int position) =>
        counts.HasValue(position) ? new Money(sums[position], Currency) : null;

    /// <summary>The axis of a kind of dimension, or null when the query has none.</summary>
    internal CubeAxis? AxisOf(FlowDimensionKind kind) => Array.Find(axes, a => a.Kind == kind);

    /// <summary>The cell index (its place in the cell space) of the cell at a position.</summary>
    internal long CellIndexAt(int position) => cellIndexes[position];

    /// <summary>The amount of the cell at a position; false when none of its flows has a value.</summary>
    internal bool TryAmountAt(int position, out decimal amount)
    {
        amount = sums[position];
        return counts.HasValue(position);
    }

    /// <summary>The key of a cell index, leaving out one axis (for lines across periods, say).</summary>
    internal FlowKey KeyOf(long cell, CubeAxis? without = null)
    {
        var key = default(FlowKey);
        foreach (var axis in axes)
        {
            if (axis != without)
            {
                key = axis.Apply(key, axis.IndexIn(cell));
            }
        }
        return key;
    }

    /// <summary>The position of a cell index among the cells, or −1.</summary>
    internal int PositionOf(long cell)
    {
        if (cell < 0 || cell >= cellSpace)
        {
            return -1;
        }
        if (cellSpace <= Math.Max(1 << 20, 4L * Count))
        {
            denseIndex ??= BuildDenseIndex();
            return denseIndex[cell];
        }
        var found = Array.BinarySearch(cellIndexes, cell);
        return found < 0 ? -1 : found;
    }

    private int[] BuildDenseIndex()
    {
        var index = new int[cellSpace];
        Array.Fill(index, -1);
        for (var p = 0; p < cellIndexes.Length; p++)
        {
            index[cellIndexes[p]] = p;
        }
        return index;
    }

    /// <summary>The position of the cell with a key, or −1 (also when the key names a dimension the query does not have).</summary>
    private int PositionOf(FlowKey key)
    {
        var cell = 0L;
        foreach (var axis in axes)
        {
            var index = axis.IndexOf(axis.Read(key));
            if (index < 0)
            {
                return -1;
            }
            cell += index * axis.Stride;
        }
        var position = PositionOf(cell);
        return position >= 0 && KeyOf(cell) == key ? position : -1;
    }
}
