using System.Runtime.CompilerServices;
using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Flows;
using TradeModel.Internal;
using UnitsNet;

namespace TradeModel.Analysis;

public sealed partial class FlowCube
{
    /// <summary>
    /// Merges cubes of one query computed over disjoint sets of flows (a partition by year, reporter or file, run in
    /// separate processes or on separate machines) into the cube of all the flows: totals and counts add up exactly,
    /// quantities add per kind, unit values are recomputed from the merged values and quantities. Merging is
    /// associative and commutative for totals and counts, so partial results can be combined in any order, the way a
    /// distributed engine combines partial aggregates.
    /// </summary>
    /// <param name="parts">The cubes, at least one, of the same query, classification and currency.</param>
    /// <returns>The merged cube, its cells in the canonical order (see <see cref="FlowQuery"/>).</returns>
    /// <exception cref="ArgumentException">No cube is given, or they answer different queries or are in different classifications or currencies.</exception>
    /// <remarks>
    /// Merging is for disjoint parts: a flow in two parts counts twice. Quantities are floating-point, so their sums
    /// may differ in the last bits between merge orders; totals and counts never do.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static FlowCube Merge(params IEnumerable<FlowCube> parts)
    {
        Preconditions.CheckNotNull(parts);
        var list = parts.ToList();
        Preconditions.CheckArgument(
            list.Count > 0 && list.All(p => p is not null),
            nameof(parts),
            "Give at least one cube, none of them null."
        );
        var first = list[0];
        foreach (var part in list.Skip(1))
        {
            Preconditions.CheckArgument(
                part.Query.Dimensions.SequenceEqual(first.Query.Dimensions)
                    && part.Query.Filter == first.Query.Filter,
                nameof(parts),
                $"Only cubes of the same query merge: {part.Query} is not {first.Query}."
            );
            Preconditions.CheckArgument(
                ReferenceEquals(part.Classification, first.Classification)
                    && part.Currency == first.Currency,
                nameof(parts),
                $"Only cubes in the same classification and currency merge: {part.Classification.Name} {part.Currency.Code} is not {first.Classification.Name} {first.Currency.Code}."
            );
        }
        var merged = new Dictionary<FlowKey, FlowCell>();
        foreach (var cell in list.SelectMany(p => p))
        {
            merged[cell.Key] = merged.TryGetValue(cell.Key, out var sum) ? Add(sum, cell) : cell;
        }
        return FromCellList(
            first.Query,
            first.Classification,
            first.Currency,
            merged.Values,
            list.Sum(p => p.FlowsOutside)
        );
    }

    /// <summary>
    /// A cube from cells computed elsewhere and carried here (from another process or machine, a file of partial
    /// results): the axes take the values the keys hold, in the canonical order, and the cells are placed in the cell
    /// space. With cells read back from a cube (<see cref="FlowCell"/>'s public constructor takes every part of a cell,
    /// quantities included), this gives a cube equal to that cube.
    /// </summary>
    /// <param name="query">The query the cells answer.</param>
    /// <param name="classification">The classification of the flows' categories.</param>
    /// <param name="currency">The currency of every total.</param>
    /// <param name="cells">The cells, one per key.</param>
    /// <param name="flowsOutside">The flows the query's filter matched that fall in no cell.</param>
    /// <returns>The cube.</returns>
    /// <exception cref="ArgumentNullException">An argument or a cell is null.</exception>
    /// <exception cref="ArgumentException">
    /// A key lacks a value for a dimension of the query, holds one for a dimension it does not group by, holds a value
    /// the dimension cannot take, or repeats another cell's key; or a total is in another currency. The message names
    /// the key.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="flowsOutside"/> is negative.</exception>
    public static FlowCube FromCells(
        FlowQuery query,
        Classification classification,
        Currency currency,
        IEnumerable<FlowCell> cells,
        int flowsOutside = 0
    )
    {
        Preconditions.CheckNotNull(query);
        Preconditions.CheckNotNull(classification);
        Preconditions.CheckNotNull(cells);
        Preconditions.CheckArgumentRange(nameof(flowsOutside), flowsOutside, 0, int.MaxValue);
        // The builder checks each value as the in-memory engine would make it (a category of the classification at
        // the dimension's level, an economy of the dimension's groups, a year period for a year axis…).
        var values = new FlowCubeBuilder(query, classification, currency);
        var seen = new HashSet<FlowKey>();
        var list = new List<FlowCell>();
        foreach (var cell in cells)
        {
            Preconditions.CheckNotNull(cell, nameof(cells));
            var fitted = default(FlowKey);
            for (var d = 0; d < query.Dimensions.Count; d++)
            {
                var kind = query.Dimensions[d].Kind;
                var value = CubeAxis.ValueOf(kind, cell.Key);
                Preconditions.CheckArgument(
                    value is not null,
                    nameof(cells),
                    $"The key {cell.Key} has no value for the dimension {query.Dimensions[d]}."
                );
                values.CodeOf(d, value);
                fitted = fitted.With(kind, value);
            }
            Preconditions.CheckArgument(
                fitted == cell.Key,
                nameof(cells),
                $"The key {cell.Key} holds a value for a dimension {query} does not group by."
            );
            Preconditions.CheckArgument(
                seen.Add(cell.Key),
                nameof(cells),
                $"Two cells have the key {cell.Key}; a cube has one cell per key (merge partial cubes with Merge)."
            );
            Preconditions.CheckArgument(
                cell.Total is not { } total || total.Currency == currency,
                nameof(cells),
                $"The total of {cell.Key} is in {cell.Total?.Currency.Code}, the cube in {currency.Code}."
            );
            list.Add(cell);
        }
        return FromCellList(query, classification, currency, list, flowsOutside);
    }

    /// <summary>
    /// A cube from cells computed elsewhere (another engine, merged parts), trusted: the axes take the values the keys
    /// hold, in the canonical order, and the cells are placed in the cell space.
    /// </summary>
    private static FlowCube FromCellList(
        FlowQuery query,
        Classification classification,
        Currency currency,
        IEnumerable<FlowCell> cells,
        int flowsOutside
    )
    {
        var list = cells.ToList();
        return FromRows(
            query,
            classification,
            currency,
            [.. list.Select(c => c.Key)],
            [.. list.Select(c => c.Total?.Amount ?? 0m)],
            [.. list.Select(c => c.Flows)],
            [.. list.Select(c => c.FlowsWithoutValue)],
            list.Any(c => c.Quantities.Count > 0)
                ? new CellQuantities(
                    [.. list.Select(c => c.Quantities)],
                    [.. list.Select(c => c.FlowsWithQuantity)],
                    [.. list.Select(c => c.Priced)]
                )
                : null,
            flowsOutside
        );
    }

    /// <summary>
    /// A cube from rows of cells given by column (keys, totals, counts, and quantities by row or none), as an engine
    /// reads them, without a <see cref="FlowCell"/> per row: the axes take the values the keys hold, in the canonical
    /// order, and the rows are placed in the cell space (the arrays given are left as they are).
    /// </summary>
    internal static FlowCube FromRows(
        FlowQuery query,
        Classification classification,
        Currency currency,
        FlowKey[] keys,
        decimal[] totals,
        int[] flows,
        int[] missing,
        CubeQuantities? quantities,
        int flowsOutside
    )
    {
        var axes = query
            .Dimensions.Select(d => new CubeAxis(
                d.Kind,
                CubeAxis.Canonical(d, keys.Select(k => CubeAxis.ValueOf(d.Kind, k)))
            ))
            .ToArray();
        var stride = 1L;
        for (var a = axes.Length - 1; a >= 0; a--)
        {
            axes[a].Stride = stride;
            stride = checked(stride * Math.Max(1, axes[a].Cardinality));
        }
        var indexes = new long[keys.Length];
        foreach (var axis in axes)
        {
            for (var c = 0; c < indexes.Length; c++)
            {
                indexes[c] += axis.IndexOf(axis.Read(keys[c])) * axis.Stride;
            }
        }
        var order = new int[keys.Length];
        for (var c = 0; c < order.Length; c++)
        {
            order[c] = c;
        }
        Array.Sort(indexes, order);
        T[] Ordered<T>(T[] values) => [.. order.Select(o => values[o])];
        return new FlowCube(
            query,
            classification,
            currency,
            axes,
            indexes,
            Ordered(totals),
            new CellFlowCounts(Ordered(flows), Ordered(missing)),
            quantities?.Reordered(order),
            flowsOutside
        );
    }

    private static FlowCell Add(FlowCell a, FlowCell b)
    {
        var total = a.Total is { } x ? (b.Total is { } y ? x + y : x) : b.Total;
        var quantities = a.Quantities.ToList();
        foreach (var q in b.Quantities)
        {
            var same = quantities.FindIndex(k => k.Unit.GetType() == q.Unit.GetType());
            if (same < 0)
            {
                quantities.Add(q);
            }
            else
            {
                var k = quantities[same];
                quantities[same] = Quantity.From((double)k.Value + q.As(k.Unit), k.Unit);
            }
        }
        var priced = a.Priced is { } p
            ? (
                b.Priced is { } r && r.Unit.GetType() == p.Unit.GetType() ? p.Plus(r)
                : b.Priced is null ? p
                : null
            )
            : b.Priced;
        return new FlowCell(
            a.Key,
            total,
            a.Flows + b.Flows,
            a.FlowsWithoutValue + b.FlowsWithoutValue,
            quantities,
            a.FlowsWithQuantity + b.FlowsWithQuantity,
            priced
        );
    }
}
