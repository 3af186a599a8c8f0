using System.Globalization;
using DuckDB.NET.Data;
using TradeModel.Analysis;
using TradeModel.Classifications;

namespace TradeModel.DuckDb;

/// <summary>
/// Answers <see cref="FlowQuery"/> questions with DuckDB (in-process, out of core) over a Parquet dataset in the schema
/// of <c>TradeModel.Data</c>'s <c>TradeParquet</c>, returning the same exact <see cref="FlowCube"/> as
/// <see cref="FlowAnalysis.Aggregate(TradeModel.Flows.TradeFlowCollection, FlowQuery)"/> does in memory: totals,
/// flows and flows without value per cell, in the same canonical order, with flows outside every cell counted.
/// </summary>
/// <remarks>
/// <para>
/// The query becomes one standard SQL statement (<see cref="ToSql"/>): the category levels, groupings and economy
/// groups become <c>VALUES</c> tables joined to the files, the filter a <c>WHERE</c>, the sums
/// <c>SUM(value)</c> over DECIMAL(38, s). Only <c>read_parquet</c> is DuckDB's own; the rest runs on Spark SQL or Trino
/// over the same files with the table name changed.
/// </para>
/// <para>
/// The engine reads the dataset's distinct economies, categories and periods once (its dictionary) and assumes the
/// files do not change while it is open. Quantities are not summed by this engine yet: its cells have none.
/// </para>
/// </remarks>
public sealed class DuckDbFlowEngine : IDisposable
{
    private readonly DuckDBConnection connection;
    private readonly string source;
    private DatasetDictionary? dictionary;

    private DuckDbFlowEngine(
        DuckDBConnection connection,
        string source,
        Classification classification,
        Currency currency
    )
    {
        this.connection = connection;
        this.source = source;
        Classification = classification;
        Currency = currency;
    }

    /// <summary>The classification of the dataset's categories.</summary>
    public Classification Classification { get; }

    /// <summary>The currency of the dataset's values.</summary>
    public Currency Currency { get; }

    /// <summary>
    /// An engine over a Parquet dataset: one file, a folder (every <c>*.parquet</c> beneath it, partitioned by year or
    /// not), or a glob.
    /// </summary>
    /// <param name="path">The file, folder or glob.</param>
    /// <param name="classification">The classification of the dataset's categories.</param>
    /// <param name="currency">The currency of its values.</param>
    /// <param name="options">Memory, threads and spill folder; DuckDB's defaults when null.</param>
    /// <returns>The engine; dispose it to close DuckDB.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The path names nothing.</exception>
    public static DuckDbFlowEngine OverParquet(
        string path,
        Classification classification,
        Currency currency,
        DuckDbEngineOptions? options = null
    )
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(classification);
        var pattern = Directory.Exists(path)
            ? Path.Combine(Path.GetFullPath(path), "**", "*.parquet")
            : path;
        if (
            !Directory.Exists(path)
            && !File.Exists(path)
            && !path.Contains('*', StringComparison.Ordinal)
        )
        {
            throw new ArgumentException(
                $"No Parquet file, folder or glob at '{path}'.",
                nameof(path)
            );
        }
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        var engine = new DuckDbFlowEngine(
            connection,
            $"read_parquet({Sql.Text(pattern)})",
            classification,
            currency
        );
        engine.Configure(options ?? new DuckDbEngineOptions());
        return engine;
    }

    /// <summary>The SQL a query becomes (the main statement; a second one counts the flows outside every cell).</summary>
    /// <param name="query">The query.</param>
    /// <returns>The SQL.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    public string ToSql(FlowQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return SqlPlan.For(query, Dictionary(), source).Select;
    }

    /// <summary>Runs a query: the same cube <see cref="FlowAnalysis.Aggregate(TradeModel.Flows.TradeFlowCollection, FlowQuery)"/> gives on the same flows.</summary>
    /// <param name="query">The query.</param>
    /// <param name="cancellationToken">Cancels the query (DuckDB is interrupted).</param>
    /// <returns>The cube.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    /// <exception cref="FormatException">The dataset holds a code the model does not know; the message names it.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public FlowCube Aggregate(FlowQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var plan = SqlPlan.For(query, Dictionary(), source);
        var cells = new Dictionary<FlowKey, (decimal? Total, int Flows, int Missing)>();
        var direct = new List<FlowCell>();
        var outside = 0;
        foreach (var row in Read(plan.Select, query.Dimensions.Count + 3, cancellationToken))
        {
            var key = plan.KeyOf(row, out var inCell);
            var (flows, missing) = (
                Convert.ToInt32(row[^2], CultureInfo.InvariantCulture),
                Convert.ToInt32(row[^1], CultureInfo.InvariantCulture)
            );
            if (!inCell)
            {
                // A period spanning two years under a year dimension: counted by the outside statement, once per flow.
                continue;
            }
            var total = row[^3] is DBNull or null
                ? (decimal?)null
                : Convert.ToDecimal(row[^3], CultureInfo.InvariantCulture);
            if (plan.RowsAreCells)
            {
                direct.Add(Cell(key, total, flows, missing));
                continue;
            }
            var sum = cells.GetValueOrDefault(key);
            cells[key] = (
                sum.Total is { } s && total is { } t ? s + t : sum.Total ?? total,
                sum.Flows + flows,
                sum.Missing + missing
            );
        }
        if (plan.Outside is { } outsideSql)
        {
            foreach (var row in Read(outsideSql, 3, cancellationToken))
            {
                outside += plan.SpansYears((string)row[0]!)
                    ? Convert.ToInt32(row[1], CultureInfo.InvariantCulture)
                    : Convert.ToInt32(row[2], CultureInfo.InvariantCulture);
            }
        }
        return FlowCube.FromCells(
            query,
            Classification,
            Currency,
            plan.RowsAreCells
                ? direct
                : cells.Select(c => Cell(c.Key, c.Value.Total, c.Value.Flows, c.Value.Missing)),
            outside
        );
    }

    private FlowCell Cell(FlowKey key, decimal? total, int flows, int missing) =>
        new(key, total is { } t ? new Money(t, Currency) : null, flows, missing, [], 0, null);

    /// <summary>Closes DuckDB.</summary>
    public void Dispose() => connection.Dispose();

    private void Configure(DuckDbEngineOptions options)
    {
        if (options.MemoryLimit is { } memory)
        {
            Execute($"SET memory_limit = {Sql.Text(memory)}");
        }
        if (options.Threads is { } threads)
        {
            Execute(string.Create(CultureInfo.InvariantCulture, $"SET threads = {threads}"));
        }
        if (options.TempDirectory is { } temp)
        {
            Execute($"SET temp_directory = {Sql.Text(temp)}");
        }
    }

    private DatasetDictionary Dictionary() =>
        dictionary ??= DatasetDictionary.Read(this, source, Classification);

    internal IEnumerable<object?[]> Read(
        string sql,
        int columns,
        CancellationToken cancellationToken
    )
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var cancel = cancellationToken.Register(() => Cancel(command));
        using var reader = command.ExecuteReader();
        // One array for every row: each is used before the next is read.
        var row = new object?[columns];
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var c = 0; c < columns; c++)
            {
                row[c] = reader.IsDBNull(c) ? null : reader.GetValue(c);
            }
            yield return row;
        }
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void Cancel(DuckDBCommand command)
    {
        try
        {
            command.Cancel();
        }
        catch (NotSupportedException)
        {
            // The rows are checked for cancellation as they are read.
        }
    }
}
