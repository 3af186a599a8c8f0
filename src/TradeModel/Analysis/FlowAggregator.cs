using TradeModel.Flows;
using TradeModel.Internal;

namespace TradeModel.Analysis;

/// <summary>
/// Runs a <see cref="FlowQuery"/> over a <see cref="TradeFlowCollection"/> in one pass over its columns: each column
/// (reporter, partner, category, packed period-direction-status key) gets a map from its dense codes to the part of
/// the cell index it contributes, or to "excluded" when the filter rejects the code; a row's cell is the sum of its
/// columns' parts. Values are summed as 64-bit fixed point (128-bit when a 64-bit sum could overflow), exactly, and
/// quantities (doubles) in the same pass.
/// </summary>
/// <remarks>
/// Overlapping groups (a country in two regions) give a code several parts; the scan then runs once per combination
/// of the k-th parts of each column, so that every flow reaches every cell it belongs to.
/// </remarks>
internal sealed partial class FlowAggregator
{
    /// <summary>What excludes a code in a column's map: four parts cannot bring it back to 0 or above.</summary>
    private const long Excluded = long.MinValue / 8;

    /// <summary>Above this many cells the cells are kept in a dictionary rather than in arrays indexed by cell.</summary>
    private const long DenseCellLimit = 1L << 22;

    private const int ParallelRowThreshold = 1 << 19;

    /// <summary>The most parts the rows of a parallel scan are cut into.</summary>
    private const int MaxParts = 8;

    /// <summary>The most cells the parts of a scan hold together (each part has its own).</summary>
    private const long MaxPartCells = 1L << 22;

    /// <summary>Rows per block of a scan: cancellation is checked and threads take work block by block.</summary>
    private const int BlockRows = 1 << 18;

    private readonly TradeFlowCollection flows;

    /// <summary>The rows the query covers: those the collection held when it began (rows appended later are not in it).</summary>
    private readonly int rows;
    private readonly FlowQuery query;
    private readonly DimensionPlan[] dimensions;
    private readonly ColumnPlan reporter;
    private readonly ColumnPlan partner;
    private readonly ColumnPlan category;
    private readonly ColumnPlan key;
    private readonly QuantityKinds? quantityKinds;
    private readonly long cellCount;

    private ParallelOptions options;

    internal FlowAggregator(TradeFlowCollection flows, FlowQuery query, ParallelOptions options)
    {
        this.options = options;
        this.flows = flows;
        rows = flows.Count;
        this.query = query;
        dimensions = [.. query.Dimensions.Select(d => DimensionPlan.For(d, flows))];
        cellCount = 1;
        for (var d = dimensions.Length - 1; d >= 0; d--)
        {
            dimensions[d].Stride = cellCount;
            cellCount = checked(cellCount * Math.Max(1, dimensions[d].Cardinality));
        }
        reporter = ColumnPlan.Reporters(flows, query.Filter, dimensions);
        partner = ColumnPlan.Partners(flows, query.Filter, dimensions);
        category = ColumnPlan.Categories(flows, query.Filter, dimensions);
        key = ColumnPlan.Keys(flows, query.Filter, dimensions);
        quantityKinds = query.SumsQuantities ? QuantityKinds.Of(flows) : null;
    }

    /// <summary>The kinds of quantity each cell sums (0 when the flows have no quantities).</summary>
    private int Kinds => quantityKinds?.Count ?? 0;

    private bool Dense => cellCount <= DenseCellLimit && cellCount <= 4L * rows + 1024;

    /// <summary>
    /// Whether the cells count their flows as the values are summed. A dense grouping of values alone, in 64-bit sums,
    /// over values all above zero does not: a cell has flows when its sum is above zero, and the cube counts them when
    /// they are first read (<see cref="CountFlows"/>, the same scan again, counting). A single cell counts in a
    /// register, at no cost.
    /// </summary>
    private bool CountsAsItSums =>
        Kinds > 0
        || cellCount == 1
        || !Dense
        || !flows.Values.SumFitsInt64
        || !flows.Values.AllUnitsPositive;

    /// <summary>Runs the query.</summary>
    internal FlowCube Run()
    {
        var cells = NewAccumulator(Dense ? (int)cellCount : 0, CountsAsItSums);
        try
        {
            Scan(cells);
            return BuildCube(cells, CountOutside());
        }
        finally
        {
            cells.Return();
        }
    }

    /// <summary>Every round's scan into an accumulator.</summary>
    private void Scan(CellAccumulator cells)
    {
        foreach (var maps in Rounds())
        {
            Scan(maps, cells);
        }
    }

    /// <summary>
    /// The flows of each cell of an uncounted cube (<paramref name="cellIndexes"/>, in order): the query's scan again over
    /// the rows it covered, counting, on the query's threads but no longer cancellable (the cube exists). The rows a
    /// query covered do not change when rows are appended, so the counts are those of the query's moment.
    /// </summary>
    internal int[] CountFlows(long[] cellIndexes)
    {
        options = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism };
        var cells = new CellAccumulator((int)cellCount, wide: false, kinds: 0, oneUnit: true);
        try
        {
            Scan(cells);
            var counts = new int[cellIndexes.Length];
            for (var p = 0; p < counts.Length; p++)
            {
                counts[p] = (int)cells.Count((int)cellIndexes[p]);
            }
            return counts;
        }
        finally
        {
            cells.Return();
        }
    }

    private CellAccumulator NewAccumulator(int denseCells, bool counted) =>
        new(
            denseCells,
            wide: !flows.Values.SumFitsInt64,
            Kinds,
            oneUnit: flows.QuantityUnitColumn is null,
            counted
        );

    /// <summary>Every combination of the k-th parts of each column (just one when no group overlaps another).</summary>
    private IEnumerable<long[]?[]> Rounds()
    {
        var columns = new[] { reporter, partner, category, key };
        var rounds = columns.Aggregate(1, (n, c) => checked(n * c.Multiplicity));
        for (var r = 0; r < rounds; r++)
        {
            var maps = new long[]?[columns.Length];
            var rest = r;
            for (var c = 0; c < columns.Length; c++)
            {
                maps[c] = columns[c].MapForRound(rest % columns[c].Multiplicity);
                rest /= columns[c].Multiplicity;
            }
            yield return maps;
        }
    }

    /// <summary>The flows the filter matches that fall in no cell (no group covers them, or no ancestor at the level).</summary>
    private int CountOutside()
    {
        if (
            !reporter.CanLeaveOut
            && !partner.CanLeaveOut
            && !category.CanLeaveOut
            && !key.CanLeaveOut
        )
        {
            return 0;
        }
        var maps = new[]
        {
            reporter.FilterMap(),
            partner.FilterMap(),
            category.FilterMap(),
            key.FilterMap(),
        };
        var matched = 0;
        var inNoCell = 0;
        for (var i = 0; i < rows; i++)
        {
            if (RowPart(maps, i) < 0)
            {
                continue;
            }
            matched++;
            if (
                !reporter.Places(flows.ReporterColumn[i])
                || !partner.Places(flows.PartnerColumn[i])
                || !category.Places(flows.CategoryColumn[i])
                || !key.Places(flows.KeyColumn[i])
            )
            {
                inNoCell++;
            }
        }
        return inNoCell;
    }

    private long RowPart(long[]?[] maps, int i) =>
        (maps[0]?[flows.ReporterColumn[i]] ?? 0)
        + (maps[1]?[flows.PartnerColumn[i]] ?? 0)
        + (maps[2]?[flows.CategoryColumn[i]] ?? 0)
        + (maps[3]?[flows.KeyColumn[i]] ?? 0);
}
