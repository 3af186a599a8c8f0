using System.Runtime.CompilerServices;
using TradeModel.Internal;
using TradeModel.Releases;

namespace TradeModel.Analysis;

public sealed partial class FlowCube
{
    /// <summary>
    /// The growth of every line (key without period) from one period to another, with the change: a line present in
    /// only one of them gets an undefined growth for a missing value, never a growth from or to zero.
    /// </summary>
    /// <param name="current">The later period (or year).</param>
    /// <param name="previous">The earlier period; over several periods this is the cumulative growth.</param>
    /// <returns>The lines, in the cube's order.</returns>
    /// <exception cref="InvalidOperationException">The query does not group by period or year.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public IReadOnlyList<FlowGrowth> Growth(ReferencePeriod current, ReferencePeriod previous)
    {
        var axis = RequirePeriodAxis();
        var (now, before) = (axis.IndexOf(current), axis.IndexOf(previous));
        var lines = Lines(axis, now, before);
        var growth = new PercentFigure[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            growth[i] = ReleaseArithmetic.Growth(
                TotalAt(lines[i], axis, now),
                TotalAt(lines[i], axis, before)
            );
        }
        return new LazyRows<FlowGrowth>(
            lines.Length,
            i =>
            {
                var (c, p) = (TotalAt(lines[i], axis, now), TotalAt(lines[i], axis, before));
                return new FlowGrowth(KeyOf(lines[i], axis), p, c, c - p, growth[i]);
            }
        );
    }

    /// <summary>The growth of every line over the same period a year earlier (<see cref="ReferencePeriod.YearEarlier"/>).</summary>
    /// <param name="current">The later period.</param>
    /// <returns>The lines, in the cube's order.</returns>
    /// <exception cref="InvalidOperationException">The query does not group by period or year.</exception>
    public IReadOnlyList<FlowGrowth> YearOnYear(ReferencePeriod current) =>
        Growth(current, current.YearEarlier());

    /// <summary>
    /// Each cell's share of its group: the cells with the same key but for one dimension (the share of each chapter
    /// in its exporter's year, say, with <see cref="FlowDimensionKind.CategoryLevel"/>). The group's total is the sum
    /// of its cells; when groups overlap (overlapping economy groups or groupings), query the total apart.
    /// </summary>
    /// <param name="over">The dimension that varies within a group; the query must group by it.</param>
    /// <returns>The shares, in the cube's order.</returns>
    /// <exception cref="ArgumentException">The query does not group by that dimension.</exception>
    public IReadOnlyList<FlowShare> Shares(FlowDimensionKind over)
    {
        var axis = RequireAxis(over);
        var groups = GroupTotals(axis, _ => true);
        return
        [
            .. Enumerable
                .Range(0, Count)
                .Select(p =>
                {
                    var total = groups.GetValueOrDefault(GroupOf(cellIndexes[p], axis));
                    var share =
                        TotalAt(p) is { } part && total is { } whole
                            ? ReleaseArithmetic.Share(part, whole)
                            : PercentFigure.Undefined(
                                UndefinedReason.MissingValue,
                                FigureUnit.Percent
                            );
                    return new FlowShare(KeyOf(cellIndexes[p]), TotalAt(p), total, share);
                }),
        ];
    }

    /// <summary>
    /// Each cell's contribution, in percentage points, to the growth of its group's total between two periods; the
    /// group is the cells with the same key but for one dimension, and its contributions add up to its growth.
    /// </summary>
    /// <param name="current">The later period.</param>
    /// <param name="previous">The earlier period.</param>
    /// <param name="over">The dimension that varies within a group; the query must group by it and by period.</param>
    /// <returns>The contributions, in the cube's order.</returns>
    /// <exception cref="ArgumentException">The query does not group by that dimension.</exception>
    /// <exception cref="InvalidOperationException">The query does not group by period or year.</exception>
    public IReadOnlyList<FlowContribution> Contributions(
        ReferencePeriod current,
        ReferencePeriod previous,
        FlowDimensionKind over
    )
    {
        var periods = RequirePeriodAxis();
        var axis = RequireAxis(over);
        var (now, before) = (periods.IndexOf(current), periods.IndexOf(previous));
        var groups = GroupTotals(axis, cell => periods.IndexIn(cell) == before);
        return
        [
            .. Lines(periods, now, before)
                .Select(line =>
                {
                    var (c, p) = (TotalAt(line, periods, now), TotalAt(line, periods, before));
                    var total =
                        before < 0
                            ? null
                            : groups.GetValueOrDefault(
                                GroupOf(line + (before * periods.Stride), axis)
                            );
                    var contribution =
                        c is { } n && p is { } b && total is { } t
                            ? ReleaseArithmetic.Contribution(n, b, t)
                            : PercentFigure.Undefined(
                                UndefinedReason.MissingValue,
                                FigureUnit.PercentagePoints
                            );
                    return new FlowContribution(KeyOf(line, periods), p, c, contribution);
                }),
        ];
    }

    /// <summary>The cells with the largest totals (cells without a value are left out), largest first; ties in cube order.</summary>
    /// <param name="count">How many, at least 0.</param>
    /// <param name="period">Only the cells of this period, or all when null.</param>
    /// <returns>The cells.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public IReadOnlyList<FlowCell> Top(int count, ReferencePeriod? period = null)
    {
        Preconditions.CheckArgumentRange(nameof(count), count, 0, int.MaxValue);
        var axis = period is null ? null : RequirePeriodAxis();
        var index = axis?.IndexOf(period) ?? -1;
        return
        [
            .. Enumerable
                .Range(0, Count)
                .Where(p =>
                    counts.HasValue(p) && (axis is null || axis.IndexIn(cellIndexes[p]) == index)
                )
                .OrderByDescending(p => sums[p])
                .Take(count)
                .Select(p => this[p]),
        ];
    }

    /// <summary>The cube with its periods as columns: one row per key without period, a total (or null) per period.</summary>
    /// <returns>The pivot.</returns>
    /// <exception cref="InvalidOperationException">The query does not group by period or year.</exception>
    public FlowPivot PivotPeriods()
    {
        var axis = RequirePeriodAxis();
        var periods = Periods;
        var columns = periods.Select(p => axis.IndexOf(p)).ToArray();
        var lines = SortedDistinct([
            .. cellIndexes.Select(c => c - (axis.IndexIn(c) * axis.Stride)),
        ]);
        return new FlowPivot(
            periods,
            [
                .. lines.Select(line => new FlowPivotRow(
                    KeyOf(line, axis),
                    [.. columns.Select(i => TotalAt(line, axis, i))]
                )),
            ]
        );
    }

    /// <summary>
    /// Index numbers of every line, base period = 100: each period's total ÷ the base period's × 100, in percent of
    /// the base (undefined, with the reason, when either is missing or the base is not positive).
    /// </summary>
    /// <param name="basePeriod">The base period.</param>
    /// <returns>For each line (key without period), the index of each period of <see cref="Periods"/>, in order.</returns>
    /// <exception cref="InvalidOperationException">The query does not group by period or year.</exception>
    public IReadOnlyDictionary<FlowKey, IReadOnlyList<PercentFigure>> IndexNumbers(
        ReferencePeriod basePeriod
    )
    {
        var pivot = PivotPeriods();
        var column = pivot.Periods.ToList().IndexOf(basePeriod);
        return pivot.Rows.ToDictionary(
            row => row.Key,
            row =>
                (IReadOnlyList<PercentFigure>)
                    [
                        .. row.Totals.Select(total =>
                            IndexNumber(total, column < 0 ? null : row.Totals[column])
                        ),
                    ]
        );
    }

    private static PercentFigure IndexNumber(Money? total, Money? basis)
    {
        var growth = ReleaseArithmetic.Growth(total, basis);
        return growth.IsDefined ? PercentFigure.Percent(growth.Value + 100m) : growth;
    }

    /// <summary>
    /// The lines (cell index with the period's part removed) with a cell in either period, in cell order: the cells of
    /// one period give their lines in order, so the two lists merge without sorting.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private long[] Lines(CubeAxis axis, int now, int before)
    {
        var (first, second) = (PeriodLines(axis, now), PeriodLines(axis, before));
        var merged = new long[first.Length + second.Length];
        int i = 0,
            j = 0,
            n = 0;
        while (i < first.Length || j < second.Length)
        {
            var next =
                j == second.Length || (i < first.Length && first[i] <= second[j])
                    ? first[i]
                    : second[j];
            i += i < first.Length && first[i] == next ? 1 : 0;
            j += j < second.Length && second[j] == next ? 1 : 0;
            merged[n++] = next;
        }
        return n == merged.Length ? merged : merged[..n];
    }

    /// <summary>The lines of the cells of one period, in order; none for a period the cube does not have.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private long[] PeriodLines(CubeAxis axis, int period)
    {
        if (period < 0)
        {
            return [];
        }
        var count = 0;
        foreach (var cell in cellIndexes)
        {
            count += axis.IndexIn(cell) == period ? 1 : 0;
        }
        var lines = new long[count];
        count = 0;
        foreach (var cell in cellIndexes)
        {
            if (axis.IndexIn(cell) == period)
            {
                lines[count++] = cell - (period * axis.Stride);
            }
        }
        return lines;
    }

    private static long[] SortedDistinct(List<long> values)
    {
        values.Sort();
        var distinct = new List<long>(values.Count);
        foreach (var value in values)
        {
            if (distinct.Count == 0 || distinct[^1] != value)
            {
                distinct.Add(value);
            }
        }
        return [.. distinct];
    }

    private Money? TotalAt(long line, CubeAxis axis, int index) =>
        index < 0 ? null
        : PositionOf(line + (index * axis.Stride)) is var p and >= 0 ? TotalAt(p)
        : null;

    private static long GroupOf(long cell, CubeAxis axis) =>
        cell - (axis.IndexIn(cell) * axis.Stride);

    /// <summary>
    /// The sum of the totals of each group (cells alike but for one axis), among the cells a test keeps; null for a
    /// group with a cell without total (its sum would be short).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Dictionary<long, Money?> GroupTotals(CubeAxis axis, Func<long, bool> keep)
    {
        var groups = new Dictionary<long, Money?>();
        for (var p = 0; p < Count; p++)
        {
            if (keep(cellIndexes[p]))
            {
                var group = GroupOf(cellIndexes[p], axis);
                groups[group] = groups.TryGetValue(group, out var sum)
                    ? sum + TotalAt(p)
                    : TotalAt(p);
            }
        }
        return groups;
    }

    private CubeAxis RequirePeriodAxis() =>
        PeriodAxis
        ?? throw new InvalidOperationException(
            $"The query {Query} does not group by period or year: add FlowDimension.Period or FlowDimension.Year."
        );

    private CubeAxis RequireAxis(FlowDimensionKind kind)
    {
        var axis = axes.FirstOrDefault(a => a.Kind == kind);
        Preconditions.CheckArgument(
            axis is not null,
            nameof(kind),
            $"The query {Query} does not group by {kind}."
        );
        return axis!;
    }
}
