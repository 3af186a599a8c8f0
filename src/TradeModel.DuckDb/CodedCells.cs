using System.Data.Common;
using TradeModel.Analysis;
using TradeModel.Classifications;

namespace TradeModel.DuckDb;

/// <summary>
/// A query's result rows read as codes: each key column's distinct raw keys (a code or an integer) are looked up in
/// the model once and numbered, and a row keeps one number per dimension with its total and counts, in growing
/// arrays of primitives. The cube is then made as the in-memory engine makes it: each dimension's values in canonical
/// order, a cell index per row, rows sorted by it, and rows with the same cell (periods that become one year) summed.
/// No key object is made per row.
/// </summary>
internal sealed class CodedCells
{
    private readonly SqlPlan plan;
    private readonly bool[] numberKeys;
    private readonly Dictionary<string, int>[] textCodes;
    private readonly Dictionary<int, int>[] numberCodes;
    private readonly List<object>[] values;
    private readonly Dictionary<object, int>[] valueCodes;
    private readonly int[][] codes;
    private decimal[] totals = new decimal[1024];
    private int[] flows = new int[1024];
    private int[] missing = new int[1024];

    internal CodedCells(SqlPlan plan)
    {
        this.plan = plan;
        var dimensions = plan.Query.Dimensions.Count;
        numberKeys = [.. Enumerable.Range(0, dimensions).Select(plan.IsNumberKey)];
        textCodes = [.. Enumerable.Range(0, dimensions).Select(_ => new Dictionary<string, int>())];
        numberCodes = [.. Enumerable.Range(0, dimensions).Select(_ => new Dictionary<int, int>())];
        values = [.. Enumerable.Range(0, dimensions).Select(_ => new List<object>())];
        valueCodes =
        [
            .. Enumerable.Range(0, dimensions).Select(_ => new Dictionary<object, int>()),
        ];
        codes = [.. Enumerable.Range(0, dimensions).Select(_ => new int[1024])];
    }

    /// <summary>How many rows are held.</summary>
    internal int Count { get; private set; }

    /// <summary>
    /// Adds the reader's current row, unless its period spans two years under a year dimension (the outside statement
    /// counts those flows).
    /// </summary>
    internal void Add(DbDataReader row)
    {
        if (Count == totals.Length)
        {
            Grow();
        }
        for (var d = 0; d < codes.Length; d++)
        {
            var code = numberKeys[d]
                ? NumberCode(d, SqlPlan.Integer(row, d))
                : TextCode(d, row.GetString(d));
            if (code < 0)
            {
                return;
            }
            codes[d][Count] = code;
        }
        var at = plan.KeyColumns;
        totals[Count] = row.IsDBNull(at) ? 0m : row.GetDecimal(at);
        flows[Count] = checked((int)row.GetInt64(at + 1));
        missing[Count] = checked((int)row.GetInt64(at + 2));
        Count++;
    }

    /// <summary>
    /// The cube: axes in canonical order, rows in cell order, rows of one cell summed; quantities measured per cell by
    /// <paramref name="measure"/> when given.
    /// </summary>
    internal FlowCube ToCube(
        Classification classification,
        Currency currency,
        Func<FlowKey, (IReadOnlyList<UnitsNet.IQuantity>, int, PricedQuantity?)>? measure,
        int flowsOutside
    )
    {
        var dimensions = plan.Query.Dimensions;
        var axes = new CubeAxis[dimensions.Count];
        var positions = new int[dimensions.Count][];
        for (var d = 0; d < axes.Length; d++)
        {
            axes[d] = new CubeAxis(
                dimensions[d].Kind,
                CubeAxis.Canonical(dimensions[d], values[d])
            );
            var axis = axes[d];
            positions[d] = [.. values[d].Select(axis.IndexOf)];
        }
        var stride = 1L;
        for (var a = axes.Length - 1; a >= 0; a--)
        {
            axes[a].Stride = stride;
            stride = checked(stride * Math.Max(1, axes[a].Cardinality));
        }
        var indexes = new long[Count];
        for (var d = 0; d < axes.Length; d++)
        {
            var (column, position, step) = (codes[d], positions[d], axes[d].Stride);
            for (var r = 0; r < Count; r++)
            {
                indexes[r] += position[column[r]] * step;
            }
        }
        var (cellIndexes, sums, flowCounts, missingCounts) =
            stride <= (4L * Count) + 4096 ? Placed(indexes, stride) : Sorted(indexes);
        return new FlowCube(
            plan.Query,
            classification,
            currency,
            axes,
            cellIndexes,
            sums,
            flowCounts,
            missingCounts,
            measure is null ? null : Measured(axes, cellIndexes, measure),
            flowsOutside
        );
    }

    /// <summary>
    /// The cells in index order when the cell space is small (at most a few times the rows, as for dense results): each
    /// row placed at its cell index, rows of one cell chained, then one sweep of the space. Linear, where a sort is not.
    /// </summary>
    private (long[], decimal[], int[], int[]) Placed(long[] indexes, long space)
    {
        var first = new int[space];
        Array.Fill(first, -1);
        var next = new int[Count];
        var cells = 0;
        for (var r = Count - 1; r >= 0; r--)
        {
            ref var head = ref first[indexes[r]];
            cells += head < 0 ? 1 : 0;
            next[r] = head;
            head = r;
        }
        var (cellIndexes, sums, flowCounts, missingCounts) = (
            new long[cells],
            new decimal[cells],
            new int[cells],
            new int[cells]
        );
        var c = 0;
        for (var i = 0L; i < space; i++)
        {
            for (var r = first[i]; r >= 0; r = next[r])
            {
                cellIndexes[c] = i;
                sums[c] += totals[r];
                flowCounts[c] += flows[r];
                missingCounts[c] += missing[r];
            }
            c += first[i] >= 0 ? 1 : 0;
        }
        return (cellIndexes, sums, flowCounts, missingCounts);
    }

    /// <summary>The cells in index order by sorting the rows, rows of one cell summed.</summary>
    private (long[], decimal[], int[], int[]) Sorted(long[] indexes)
    {
        var order = new int[Count];
        for (var r = 0; r < order.Length; r++)
        {
            order[r] = r;
        }
        Array.Sort(indexes, order);
        var cells = 0;
        var (sums, flowCounts, missingCounts) = (
            new decimal[Count],
            new int[Count],
            new int[Count]
        );
        for (var r = 0; r < Count; r++)
        {
            var row = order[r];
            if (cells == 0 || indexes[cells - 1] != indexes[r])
            {
                indexes[cells] = indexes[r];
                cells++;
            }
            sums[cells - 1] += totals[row];
            flowCounts[cells - 1] += flows[row];
            missingCounts[cells - 1] += missing[row];
        }
        return (indexes[..cells], sums[..cells], flowCounts[..cells], missingCounts[..cells]);
    }

    private static CubeQuantities Measured(
        CubeAxis[] axes,
        long[] indexes,
        Func<FlowKey, (IReadOnlyList<UnitsNet.IQuantity>, int, PricedQuantity?)> measure
    )
    {
        var measured = new CubeQuantities(
            new IReadOnlyList<UnitsNet.IQuantity>[indexes.Length],
            new int[indexes.Length],
            new PricedQuantity?[indexes.Length]
        );
        for (var c = 0; c < indexes.Length; c++)
        {
            var key = default(FlowKey);
            foreach (var axis in axes)
            {
                key = axis.Apply(key, axis.IndexIn(indexes[c]));
            }
            (measured.Quantities[c], measured.FlowsWithQuantity[c], measured.Priced[c]) = measure(
                key
            );
        }
        return measured;
    }

    private int TextCode(int d, string text)
    {
        if (!textCodes[d].TryGetValue(text, out var code))
        {
            var value = plan.TextValue(d, text, out var inCell);
            textCodes[d][text] = code = inCell ? ValueCode(d, value) : -1;
        }
        return code;
    }

    private int NumberCode(int d, int number)
    {
        if (!numberCodes[d].TryGetValue(number, out var code))
        {
            numberCodes[d][number] = code = ValueCode(d, plan.NumberValue(d, number));
        }
        return code;
    }

    /// <summary>The number of a value of dimension <paramref name="d"/>: two raw keys may name one value (two periods of a year).</summary>
    private int ValueCode(int d, object value)
    {
        if (!valueCodes[d].TryGetValue(value, out var code))
        {
            valueCodes[d][value] = code = values[d].Count;
            values[d].Add(value);
        }
        return code;
    }

    private void Grow()
    {
        var size = totals.Length * 2;
        Array.Resize(ref totals, size);
        Array.Resize(ref flows, size);
        Array.Resize(ref missing, size);
        for (var d = 0; d < codes.Length; d++)
        {
            Array.Resize(ref codes[d], size);
        }
    }
}
