namespace TradeModel.Analysis;

/// <summary>
/// How many flows each cell of a <see cref="FlowCube"/> holds and how many of them have no value: known when the cube
/// is made, or, for a cube of values alone whose cells were found without counting (see <see cref="FlowAggregator"/>),
/// counted once, by a second pass over the query's rows, when a cell's flows are first read. Whether a cell has a value
/// is known either way, so totals, series and indicators never wait for the count.
/// </summary>
/// <remarks>
/// Until the count is made the cube keeps what makes it (the aggregator, and through it the collection); once made,
/// that is let go.
/// </remarks>
internal sealed class CellFlowCounts
{
    private readonly bool[]? valued;
    private readonly Lock gate = new();
    private int[]? flows;
    private Func<int[]>? countLater;

    /// <summary>Counts known when the cube is made.</summary>
    internal CellFlowCounts(int[] flows, int[] missing)
    {
        this.flows = flows;
        Missing = missing;
    }

    /// <summary>Counts made on first read.</summary>
    /// <param name="countLater">Counts every cell's flows, in cube order.</param>
    /// <param name="valued">Whether some flow of each cell has a value.</param>
    /// <param name="missing">How many flows of each cell have no value.</param>
    internal CellFlowCounts(Func<int[]> countLater, bool[] valued, int[] missing)
    {
        this.countLater = countLater;
        this.valued = valued;
        Missing = missing;
    }

    /// <summary>How many flows of each cell have no value.</summary>
    internal int[] Missing { get; }

    /// <summary>Whether some flow of the cell at a position has a value.</summary>
    internal bool HasValue(int position) =>
        valued?[position] ?? flows![position] != Missing[position];

    /// <summary>How many flows the cell at a position holds (counting them all now if not yet counted).</summary>
    internal int FlowsAt(int position) => (Volatile.Read(ref flows) ?? CountNow())[position];

    private int[] CountNow()
    {
        lock (gate)
        {
            if (flows is null)
            {
                Volatile.Write(ref flows, countLater!());
                countLater = null;
            }
            return flows;
        }
    }
}
