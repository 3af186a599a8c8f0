namespace TradeModel.DuckDb;

/// <summary>How far a query on DuckDB has come, as DuckDB estimates it while it scans the dataset.</summary>
/// <param name="Statement">The statement running, from 1.</param>
/// <param name="Statements">
/// How many statements the query runs: the cells, then, when needed, the flows outside every cell and the quantities.
/// </param>
/// <param name="StatementFraction">How far DuckDB estimates the running statement has come, 0 to 1.</param>
/// <param name="RowsProcessed">Rows DuckDB has processed in the running statement (its own estimate of work done).</param>
public readonly record struct QueryProgress(
    int Statement,
    int Statements,
    double StatementFraction,
    long RowsProcessed
)
{
    /// <summary>How far the whole query has come, 0 to 1: each statement counts as an equal part.</summary>
    public double Fraction =>
        Statements <= 0 ? 0 : Math.Clamp((Statement - 1 + StatementFraction) / Statements, 0, 1);
}
