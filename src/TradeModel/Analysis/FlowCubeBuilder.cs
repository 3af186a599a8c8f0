using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Flows;
using TradeModel.Internal;
using UnitsNet;

namespace TradeModel.Analysis;

/// <summary>
/// Builds the <see cref="FlowCube"/> of a query from rows of totals that another engine computed (a database, a
/// cluster, a file of partial results): the cube in-memory aggregation gives on the same flows, with its axes in
/// canonical order, its cells in order, rows of one cell summed, and quantities measured as the in-memory engine
/// measures them. The DuckDB engine returns its cubes through it.
/// </summary>
/// <remarks>
/// <para>
/// Rows are added by codes: <see cref="CodeOf"/> numbers each distinct value of a dimension once (an economy, a period,
/// a category…), so that millions of rows cost no key object each. Two rows with the same codes are one cell (their
/// totals and counts are added), as when quarters are summed into a year. <see cref="Add(FlowKey, decimal?, int, int)"/>
/// takes a key instead, for a few rows.
/// </para>
/// <para>
/// A builder builds one cube; it is not safe for use by several threads at once.
/// </para>
/// </remarks>
/// <example>
/// <code language="csharp">
/// var query = FlowQuery.By(FlowDimension.Year, FlowDimension.Reporter);
/// var builder = new FlowCubeBuilder(query, HarmonizedSystem2022.Classification, Currency.USD);
/// int year = builder.CodeOf(0, ReferencePeriod.ForYear(2023)), china = builder.CodeOf(1, Economy.FromCode("CHN"));
/// builder.Add([year, china], total: 3_380_000_000_000m, flows: 1_250_000, flowsWithoutValue: 0);
/// FlowCube cube = builder.ToCube();
/// </code>
/// </example>
public sealed class FlowCubeBuilder
{
    private readonly IReadOnlyList<FlowDimension> dimensions;
    private readonly List<object>[] values;
    private readonly Dictionary<object, int>[] valueCodes;
    private readonly Enum[]? units;
    private readonly int[] kindOfUnit = [];
    private readonly double[] factorOfUnit = [];
    private readonly Enum[] unitOfKind = [];
    private int[][] codes;
    private QuantityRows? quantityRows;
    private decimal[] totals = new decimal[256];
    private int[] flows = new int[256];
    private int[] missing = new int[256];
    private int outside;
    private bool built;

    /// <summary>Starts a cube.</summary>
    /// <param name="query">The query the cube answers: its dimensions are the cube's axes.</param>
    /// <param name="classification">The classification of the flows' categories.</param>
    /// <param name="currency">The currency of every total.</param>
    /// <param name="quantityUnits">
    /// The units quantities come in (UnitsNet units), in the dataset's order, or null for a cube without quantities. Each
    /// kind of quantity is summed in the first unit of its kind in this list, as the in-memory engine sums in the first
    /// unit of its kind in the collection; pass the units in the same order to get equal cells.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> or <paramref name="classification"/> is null.</exception>
    /// <exception cref="ArgumentException">A unit is null, repeated, or not a UnitsNet unit.</exception>
    public FlowCubeBuilder(
        FlowQuery query,
        Classification classification,
        Currency currency,
        IEnumerable<Enum>? quantityUnits = null
    )
    {
        Preconditions.CheckNotNull(query);
        Preconditions.CheckNotNull(classification);
        Query = query;
        Classification = classification;
        Currency = currency;
        dimensions = query.Dimensions;
        values = [.. dimensions.Select(_ => new List<object>())];
        valueCodes = [.. dimensions.Select(_ => new Dictionary<object, int>())];
        codes = [.. dimensions.Select(_ => new int[256])];
        if (quantityUnits is not null)
        {
            units = [.. quantityUnits];
            foreach (var unit in units)
            {
                Preconditions.CheckArgument(
                    unit is not null && Quantity.TryFrom(1, unit, out _),
                    nameof(quantityUnits),
                    $"{unit?.GetType().Name}.{unit} is not a UnitsNet unit."
                );
            }
            Preconditions.CheckArgument(
                units.Distinct().Count() == units.Length,
                nameof(quantityUnits),
                $"The units {string.Join(", ", units)} repeat a unit."
            );
            var kinds = units.Select(u => u.GetType()).Distinct().ToList();
            unitOfKind = [.. kinds.Select(k => units.First(u => u.GetType() == k))];
            kindOfUnit = [.. units.Select(u => kinds.IndexOf(u.GetType()))];
            factorOfUnit =
            [
                .. units.Select((u, i) => Quantity.From(1, u).As(unitOfKind[kindOfUnit[i]])),
            ];
        }
    }

    /// <summary>The query the cube answers.</summary>
    public FlowQuery Query { get; }

    /// <summary>The classification of the flows' categories.</summary>
    public Classification Classification { get; }

    /// <summary>The currency of every total.</summary>
    public Currency Currency { get; }

    /// <summary>How many rows have been added (rows of one cell count apart until the cube is built).</summary>
    public int Rows { get; private set; }

    /// <summary>
    /// The code of a value of one of the query's dimensions, numbered the first time it is given: a period (for
    /// <see cref="FlowDimensionKind.Period"/>; a year period for <see cref="FlowDimensionKind.Year"/>), an economy (a
    /// reporter or partner, or one of the dimension's groups), a <see cref="TradeDirection"/>, a category of the
    /// classification (at the dimension's level for <see cref="FlowDimensionKind.CategoryLevel"/>), or one of the
    /// dimension's groupings.
    /// </summary>
    /// <param name="dimension">The dimension's index in the query.</param>
    /// <param name="value">The value.</param>
    /// <returns>The code, from 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> is not an index of the query's dimensions.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException">The value is not one the dimension can hold; the message says why.</exception>
    public int CodeOf(int dimension, object value)
    {
        Preconditions.CheckArgumentRange(nameof(dimension), dimension, 0, dimensions.Count - 1);
        Preconditions.CheckNotNull(value);
        if (valueCodes[dimension].TryGetValue(value, out var code))
        {
            return code;
        }
        CheckValue(dimensions[dimension], value);
        code = values[dimension].Count;
        valueCodes[dimension][value] = code;
        values[dimension].Add(value);
        return code;
    }

    /// <summary>Adds a row: the total and counts of flows in one cell.</summary>
    /// <param name="codes">The cell's value code in each dimension (<see cref="CodeOf"/>), in the query's order.</param>
    /// <param name="total">The total of the flows that have a value, or null when none has.</param>
    /// <param name="flows">How many flows the row counts.</param>
    /// <param name="flowsWithoutValue">How many of them have no value (missing or withheld).</param>
    /// <exception cref="ArgumentException"><paramref name="codes"/> does not have one code per dimension.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A code was not given by <see cref="CodeOf"/>, a count is negative, or more flows lack a value than there are.</exception>
    /// <exception cref="InvalidOperationException">The cube was built already.</exception>
    public void Add(ReadOnlySpan<int> codes, decimal? total, int flows, int flowsWithoutValue)
    {
        CheckCodes(codes);
        Preconditions.CheckArgumentRange(nameof(flows), flows, 0, int.MaxValue);
        Preconditions.CheckArgumentRange(nameof(flowsWithoutValue), flowsWithoutValue, 0, flows);
        if (Rows == totals.Length)
        {
            Grow();
        }
        for (var d = 0; d < codes.Length; d++)
        {
            this.codes[d][Rows] = codes[d];
        }
        totals[Rows] = total ?? 0m;
        this.flows[Rows] = flows;
        missing[Rows] = flowsWithoutValue;
        Rows++;
    }

    /// <summary>Adds a row by its key: the key's value in each of the query's dimensions gives the cell.</summary>
    /// <param name="key">The cell's key.</param>
    /// <param name="total">The total of the flows that have a value, or null when none has.</param>
    /// <param name="flows">How many flows the row counts.</param>
    /// <param name="flowsWithoutValue">How many of them have no value.</param>
    /// <exception cref="ArgumentException">The key lacks a value of one of the query's dimensions, or holds one the dimension cannot.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or more flows lack a value than there are.</exception>
    /// <exception cref="InvalidOperationException">The cube was built already.</exception>
    public void Add(FlowKey key, decimal? total, int flows, int flowsWithoutValue) =>
        Add(CodesOf(key), total, flows, flowsWithoutValue);

    /// <summary>
    /// Adds quantities to a cell: the flows of one unit, their quantities summed, and the quantity and value of those
    /// that also have a value (for unit values). Several calls for one cell add up, per kind of quantity.
    /// </summary>
    /// <param name="codes">The cell's codes, as for <see cref="Add(ReadOnlySpan{int}, decimal?, int, int)"/>.</param>
    /// <param name="unit">The unit's index in the units given to the constructor.</param>
    /// <param name="quantity">The sum of the flows' quantities in that unit.</param>
    /// <param name="flows">How many flows have a quantity in that unit.</param>
    /// <param name="quantityWithValue">The sum of the quantities of those flows that have a value too.</param>
    /// <param name="valueWithQuantity">The sum of the values of those flows.</param>
    /// <exception cref="InvalidOperationException">The builder was made without units, or the cube was built already.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A code or the unit is not known, or a count is negative.</exception>
    /// <exception cref="ArgumentException">A quantity is negative or not finite.</exception>
    public void AddQuantity(
        ReadOnlySpan<int> codes,
        int unit,
        double quantity,
        int flows,
        double quantityWithValue,
        decimal valueWithQuantity
    )
    {
        if (units is null)
        {
            throw new InvalidOperationException(
                "This builder was made without quantity units; pass the dataset's units to the constructor to add quantities."
            );
        }
        CheckCodes(codes);
        Preconditions.CheckArgumentRange(nameof(unit), unit, 0, units.Length - 1);
        Preconditions.CheckArgumentRange(nameof(flows), flows, 0, int.MaxValue);
        Preconditions.CheckArgument(
            quantity >= 0 && double.IsFinite(quantity),
            nameof(quantity),
            $"The quantity {quantity} is negative or not finite."
        );
        Preconditions.CheckArgument(
            quantityWithValue >= 0 && double.IsFinite(quantityWithValue),
            nameof(quantityWithValue),
            $"The quantity {quantityWithValue} is negative or not finite."
        );
        // Kept as a row of columns, like the totals, and summed into its cell when the cube is built: no object per row.
        (quantityRows ??= new QuantityRows(dimensions.Count)).Add(
            codes,
            kindOfUnit[unit],
            quantity * factorOfUnit[unit],
            flows,
            quantityWithValue * factorOfUnit[unit],
            valueWithQuantity
        );
    }

    /// <summary>Adds quantities to the cell of a key (see <see cref="AddQuantity(ReadOnlySpan{int}, int, double, int, double, decimal)"/>).</summary>
    /// <param name="key">The cell's key.</param>
    /// <param name="unit">The unit's index in the units given to the constructor.</param>
    /// <param name="quantity">The sum of the flows' quantities in that unit.</param>
    /// <param name="flows">How many flows have a quantity in that unit.</param>
    /// <param name="quantityWithValue">The sum of the quantities of those flows that have a value too.</param>
    /// <param name="valueWithQuantity">The sum of the values of those flows.</param>
    /// <exception cref="InvalidOperationException">The builder was made without units, or the cube was built already.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The unit is not known, or a count is negative.</exception>
    /// <exception cref="ArgumentException">The key does not fit the query, or a quantity is negative or not finite.</exception>
    public void AddQuantity(
        FlowKey key,
        int unit,
        double quantity,
        int flows,
        double quantityWithValue,
        decimal valueWithQuantity
    ) => AddQuantity(CodesOf(key), unit, quantity, flows, quantityWithValue, valueWithQuantity);

    /// <summary>Counts flows that the query's filter matched but that fall in no cell (see <see cref="FlowCube.FlowsOutside"/>).</summary>
    /// <param name="flows">How many.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="flows"/> is negative.</exception>
    public void AddFlowsOutside(int flows)
    {
        Preconditions.CheckArgumentRange(nameof(flows), flows, 0, int.MaxValue);
        outside = checked(outside + flows);
    }

    /// <summary>
    /// The cube: each dimension's values in canonical order (periods by date, economies in registry order, categories in
    /// classification order…), cells in order, rows of one cell summed.
    /// </summary>
    /// <returns>The cube.</returns>
    /// <exception cref="InvalidOperationException">
    /// The cube was built already, or quantities were added to a cell that has no row (then nothing is built, and rows
    /// may still be added).
    /// </exception>
    /// <exception cref="OverflowException">A cell's total is outside the range of decimal.</exception>
    public FlowCube ToCube()
    {
        CheckNotBuilt();
        var axes = new CubeAxis[dimensions.Count];
        var positions = new int[dimensions.Count][];
        for (var d = 0; d < axes.Length; d++)
        {
            axes[d] = new CubeAxis(
                dimensions[d].Kind,
                CubeAxis.Canonical(dimensions[d], values[d])
            );
            positions[d] = [.. values[d].Select(axes[d].IndexOf)];
        }
        var stride = 1L;
        for (var a = axes.Length - 1; a >= 0; a--)
        {
            axes[a].Stride = stride;
            stride = checked(stride * Math.Max(1, axes[a].Cardinality));
        }
        var indexes = new long[Rows];
        for (var d = 0; d < axes.Length; d++)
        {
            var (column, position, step) = (codes[d], positions[d], axes[d].Stride);
            for (var r = 0; r < Rows; r++)
            {
                indexes[r] += position[column[r]] * step;
            }
        }
        var (cellIndexes, sums, flowCounts, missingCounts) =
            stride <= (4L * Rows) + 4096 ? Placed(indexes, stride) : Sorted(indexes);
        var measured = units is null ? null : Measured(axes, positions, cellIndexes, stride);
        built = true;
        return new FlowCube(
            Query,
            Classification,
            Currency,
            axes,
            cellIndexes,
            sums,
            new CellFlowCounts(flowCounts, missingCounts),
            measured,
            outside
        );
    }

    /// <summary>
    /// The quantity rows summed into their cells, row by row in the order they were added (so a cell's sums are the same
    /// doubles however many rows it had); measured when a cell is read, as the in-memory engine keeps them.
    /// </summary>
    private ColumnQuantities Measured(
        CubeAxis[] axes,
        int[][] positions,
        long[] cellIndexes,
        long space
    )
    {
        var measured = new ColumnQuantities(unitOfKind, cellIndexes.Length);
        if (quantityRows is not { } rows)
        {
            return measured;
        }
        int[]? dense = null;
        if (space <= (4L * Rows) + 4096)
        {
            dense = new int[space];
            Array.Fill(dense, -1);
            for (var c = 0; c < cellIndexes.Length; c++)
            {
                dense[cellIndexes[c]] = c;
            }
        }
        HashSet<long>? orphans = null;
        for (var r = 0; r < rows.Count; r++)
        {
            var index = 0L;
            for (var d = 0; d < axes.Length; d++)
            {
                index += positions[d][rows.Codes[d][r]] * axes[d].Stride;
            }
            var cell = dense is not null ? dense[index] : Array.BinarySearch(cellIndexes, index);
            if (cell < 0)
            {
                (orphans ??= []).Add(index);
                continue;
            }
            measured.Add(
                cell,
                rows.Kinds[r],
                rows.All[r],
                rows.Flows[r],
                rows.WithValue[r],
                rows.Values[r]
            );
        }
        if (orphans is not null)
        {
            throw new InvalidOperationException(
                Errors.Format(
                    $"Quantities were added to {orphans.Count} cells that have no row of totals; every flow with a quantity is a flow of some row."
                )
            );
        }
        return measured;
    }

    /// <summary>
    /// The cells in index order when the cell space is small (at most a few times the rows, as for dense results): each
    /// row placed at its cell index, rows of one cell chained, then one sweep of the space. Linear, where a sort is not.
    /// </summary>
    private (long[], decimal[], int[], int[]) Placed(long[] indexes, long space)
    {
        var first = new int[space];
        Array.Fill(first, -1);
        var next = new int[Rows];
        var cells = 0;
        for (var r = Rows - 1; r >= 0; r--)
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
                flowCounts[c] = checked(flowCounts[c] + flows[r]);
                missingCounts[c] += missing[r];
            }
            c += first[i] >= 0 ? 1 : 0;
        }
        return (cellIndexes, sums, flowCounts, missingCounts);
    }

    /// <summary>The cells in index order by sorting the rows, rows of one cell summed.</summary>
    private (long[], decimal[], int[], int[]) Sorted(long[] indexes)
    {
        var order = new int[Rows];
        for (var r = 0; r < order.Length; r++)
        {
            order[r] = r;
        }
        Array.Sort(indexes, order);
        var cells = 0;
        var (sums, flowCounts, missingCounts) = (new decimal[Rows], new int[Rows], new int[Rows]);
        for (var r = 0; r < Rows; r++)
        {
            var row = order[r];
            if (cells == 0 || indexes[cells - 1] != indexes[r])
            {
                indexes[cells] = indexes[r];
                cells++;
            }
            sums[cells - 1] += totals[row];
            flowCounts[cells - 1] = checked(flowCounts[cells - 1] + flows[row]);
            missingCounts[cells - 1] += missing[row];
        }
        return (indexes[..cells], sums[..cells], flowCounts[..cells], missingCounts[..cells]);
    }

    private int[] CodesOf(FlowKey key)
    {
        var result = new int[dimensions.Count];
        for (var d = 0; d < result.Length; d++)
        {
            var value = CubeAxis.ValueOf(dimensions[d].Kind, key);
            Preconditions.CheckArgument(
                value is not null,
                nameof(key),
                $"The key {key} has no value for the dimension {dimensions[d]}."
            );
            result[d] = CodeOf(d, value);
        }
        return result;
    }

    private void CheckCodes(ReadOnlySpan<int> codes)
    {
        CheckNotBuilt();
        Preconditions.CheckArgument(
            codes.Length == dimensions.Count,
            nameof(codes),
            $"A row has one code per dimension of the query ({dimensions.Count}); got {codes.Length}."
        );
        for (var d = 0; d < codes.Length; d++)
        {
            if ((uint)codes[d] >= (uint)values[d].Count)
            {
                Preconditions.CheckArgumentRange(nameof(codes), codes[d], 0, values[d].Count - 1);
            }
        }
    }

    private void CheckNotBuilt()
    {
        if (built)
        {
            throw new InvalidOperationException(
                "The cube was built already; a builder builds one cube."
            );
        }
    }

    private void CheckValue(FlowDimension dimension, object value)
    {
        var fits = dimension.Kind switch
        {
            FlowDimensionKind.Period => value is ReferencePeriod,
            FlowDimensionKind.Year => value is ReferencePeriod p
                && p == ReferencePeriod.ForYear(p.Year),
            FlowDimensionKind.Reporter or FlowDimensionKind.Partner => value is Economy,
            FlowDimensionKind.ReporterGroup or FlowDimensionKind.PartnerGroup => value is Economy e
                && dimension.EconomyGroups.Contains(e),
            FlowDimensionKind.Direction => value is TradeDirection d && Enum.IsDefined(d),
            FlowDimensionKind.CategoryGrouping => value is CategoryGrouping g
                && dimension.CategoryGroupings.Contains(g),
            FlowDimensionKind.CategoryLevel => value is Category c
                && ReferenceEquals(c.Classification, Classification)
                && c.Level == dimension.Level,
            _ => value is Category c && ReferenceEquals(c.Classification, Classification),
        };
        Preconditions.CheckArgument(
            fits,
            nameof(value),
            $"{value} ({value.GetType().Name}) is not a value of the dimension {dimension} over {Classification.Name}."
        );
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

    /// <summary>A cell's codes, compared by value.</summary>
    /// <summary>The quantity rows added, as columns: each row's codes, kind of quantity and sums (in the kind's unit).</summary>
    private sealed class QuantityRows(int dimensions)
    {
        internal int Count { get; private set; }

        internal int[][] Codes { get; private set; } =
        [.. Enumerable.Range(0, dimensions).Select(_ => new int[256])];

        internal int[] Kinds { get; private set; } = new int[256];

        internal double[] All { get; private set; } = new double[256];

        internal int[] Flows { get; private set; } = new int[256];

        internal double[] WithValue { get; private set; } = new double[256];

        internal decimal[] Values { get; private set; } = new decimal[256];

        internal void Add(
            ReadOnlySpan<int> codes,
            int kind,
            double all,
            int flows,
            double withValue,
            decimal value
        )
        {
            if (Count == Kinds.Length)
            {
                var size = checked(Count * 2);
                Codes = [.. Codes.Select(c => Resized(c, size))];
                (Kinds, All, Flows) = (
                    Resized(Kinds, size),
                    Resized(All, size),
                    Resized(Flows, size)
                );
                (WithValue, Values) = (Resized(WithValue, size), Resized(Values, size));
            }
            for (var d = 0; d < codes.Length; d++)
            {
                Codes[d][Count] = codes[d];
            }
            (Kinds[Count], All[Count], Flows[Count]) = (kind, all, flows);
            (WithValue[Count], Values[Count]) = (withValue, value);
            Count++;
        }

        private static T[] Resized<T>(T[] array, int size)
        {
            Array.Resize(ref array, size);
            return array;
        }
    }
}
