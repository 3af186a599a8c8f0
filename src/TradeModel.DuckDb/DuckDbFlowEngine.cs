using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using DuckDB.NET.Data;
using TradeModel.Analysis;
using TradeModel.Classifications;
using TradeModel.Data.Mapped;
using TradeModel.Economies;

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
/// The engine reads the dataset's distinct economies, categories, periods and units once (its dictionary) and assumes
/// the files do not change while it is open. Quantities are summed per unit by DuckDB and per kind in .NET; being
/// doubles, they agree with the in-memory engine's to about one part in 10^12 rather than bit for bit.
/// </para>
/// </remarks>
public sealed partial class DuckDbFlowEngine : IDisposable
{
    private readonly DuckDBConnection connection;
    private string source;

    /// <summary>The files as DuckDB reads them, before any layout's projection.</summary>
    private readonly string files;

    /// <summary>The layout's checks of every row, run once before the first query.</summary>
    private IReadOnlyList<(string Sql, Func<string, Exception> Error)> checks = [];
    private EconomyParser economies;

    /// <summary>The layout the engine reads its files by; null for files in TradeModel's own schema.</summary>
    private FlowLayout? layout;
    private DatasetDictionary? dictionary;

    /// <summary>How the dataset's economy codes are read.</summary>
    internal delegate bool EconomyParser(string code, [NotNullWhen(true)] out Economy? economy);

    private DuckDbFlowEngine(
        DuckDBConnection connection,
        string source,
        Classification classification,
        Currency currency,
        EconomyParser? economies = null
    )
    {
        this.connection = connection;
        this.source = source;
        files = source;
        this.economies = economies ?? IsoEconomy;
        Classification = classification;
        Currency = currency;
    }

    /// <summary>The classification of the dataset's categories.</summary>
    public Classification Classification { get; }

    /// <summary>The currency of the dataset's values.</summary>
    public Currency Currency { get; private set; }

    /// <summary>
    /// An engine over a Parquet dataset: one file, or a folder (every <c>*.parquet</c> beneath it, partitioned by year or
    /// not). The path is read as it is written: brackets, <c>*</c> and <c>?</c> in a name are characters of that name,
    /// never a pattern (<see cref="OverParquetGlob(string, Classification, Currency, DuckDbEngineOptions?)"/> takes a pattern).
    /// </summary>
    /// <param name="path">The file or folder.</param>
    /// <param name="classification">The classification of the dataset's categories.</param>
    /// <param name="currency">The currency of its values.</param>
    /// <param name="options">Memory, threads and spill folder; DuckDB's defaults when null.</param>
    /// <returns>The engine; dispose it to close DuckDB.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// The path names nothing, a folder without a Parquet file, or a file that is not Parquet; or it holds a backslash,
    /// which DuckDB reads as a separator on every system.
    /// </exception>
    public static DuckDbFlowEngine OverParquet(
        string path,
        Classification classification,
        Currency currency,
        DuckDbEngineOptions? options = null
    )
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(classification);
        return Open(ParquetPaths.Literal(path), classification, currency, options);
    }

    /// <summary>
    /// An engine over the Parquet files a DuckDB glob pattern matches: <c>*</c> any characters of one name, <c>**</c> any
    /// folders, <c>?</c> one character, <c>[abc]</c> one of the characters (<c>baci/year=202*/*.parquet</c>). The one
    /// entry that takes a pattern; <see cref="OverParquet(string, Classification, Currency, DuckDbEngineOptions?)"/> reads a path as it is.
    /// </summary>
    /// <param name="pattern">The pattern.</param>
    /// <param name="classification">The classification of the dataset's categories.</param>
    /// <param name="currency">The currency of its values.</param>
    /// <param name="options">Memory, threads and spill folder; DuckDB's defaults when null.</param>
    /// <returns>The engine; dispose it to close DuckDB.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The pattern matches no file.</exception>
    public static DuckDbFlowEngine OverParquetGlob(
        string pattern,
        Classification classification,
        Currency currency,
        DuckDbEngineOptions? options = null
    )
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(classification);
        var engine = Open(pattern, classification, currency, options);
        try
        {
            engine.CheckMatches(pattern);
        }
        catch
        {
            engine.Dispose();
            throw;
        }
        return engine;
    }

    /// <summary>Refuses a pattern that matches no file.</summary>
    private void CheckMatches(string pattern)
    {
        if (Strings($"SELECT file FROM glob({Sql.Text(pattern)}) LIMIT 1").Count == 0)
        {
            throw new ArgumentException(
                $"The pattern '{pattern}' matches no file.",
                nameof(pattern)
            );
        }
    }

    /// <summary>
    /// An engine over a Parquet dataset of any layout, as pandas, polars, DuckDB, Spark or a statistical office wrote it
    /// (<see cref="FlowLayout.Baci"/> for BACI's <c>t,i,j,k,v,q</c>): one file, or a folder of files, hive-partitioned
    /// (<c>t=2022/</c>) or not, a partition key standing for a column the files lack. Each column is read by the rules
    /// <see cref="FlowLayout"/> states, so that every query gives the cube the in-memory reader
    /// (<c>MappedParquet</c>) and <see cref="FlowAnalysis"/> give on the same files. The path is read as it is written,
    /// as by <see cref="OverParquet(string, Classification, Currency, DuckDbEngineOptions?)"/>.
    /// </summary>
    /// <param name="path">The file or folder.</param>
    /// <param name="layout">Which column holds what, and what every row shares.</param>
    /// <returns>The engine; dispose it to close DuckDB.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// The path names no Parquet file or folder of them; a mapped column is not in the dataset or is text where a number
    /// is needed; or a currency, direction or unit is neither mapped nor given by the layout.
    /// </exception>
    /// <exception cref="FormatException">
    /// The dataset holds a direction, unit, multiplier or currency code the layout does not read, a binary floating-point
    /// value with more than the layout's decimals, or a negative quantity; the message names it. Direction, status, unit,
    /// multiplier and currency codes are checked when the engine opens; values and quantities (a scan each) before its
    /// first query, and row by row by <see cref="ReadFlows"/>.
    /// </exception>
    public static DuckDbFlowEngine OverParquet(string path, FlowLayout layout) =>
        OverParquet(path, layout, null);

    /// <summary>An engine over a dataset of any layout, with DuckDB's memory, threads and spill folder set; see <see cref="OverParquet(string, FlowLayout)"/>.</summary>
    /// <param name="path">As for <see cref="OverParquet(string, FlowLayout)"/>.</param>
    /// <param name="layout">Which column holds what, and what every row shares.</param>
    /// <param name="options">Memory, threads and spill folder; DuckDB's defaults when null.</param>
    /// <returns>The engine; dispose it to close DuckDB.</returns>
    /// <exception cref="ArgumentNullException">The path or the layout is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="OverParquet(string, FlowLayout)"/>.</exception>
    /// <exception cref="FormatException">As for <see cref="OverParquet(string, FlowLayout)"/>.</exception>
    public static DuckDbFlowEngine OverParquet(
        string path,
        FlowLayout layout,
        DuckDbEngineOptions? options
    )
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(layout);
        return Open(ParquetPaths.Literal(path), layout, options, isGlob: false);
    }

    /// <summary>
    /// An engine over the Parquet files of any layout that a DuckDB glob pattern matches; see
    /// <see cref="OverParquet(string, FlowLayout)"/> and
    /// <see cref="OverParquetGlob(string, Classification, Currency, DuckDbEngineOptions?)"/>.
    /// </summary>
    /// <param name="pattern">The pattern.</param>
    /// <param name="layout">Which column holds what, and what every row shares.</param>
    /// <returns>The engine; dispose it to close DuckDB.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The pattern matches no file, or as for <see cref="OverParquet(string, FlowLayout)"/>.</exception>
    /// <exception cref="FormatException">As for <see cref="OverParquet(string, FlowLayout)"/>.</exception>
    public static DuckDbFlowEngine OverParquetGlob(string pattern, FlowLayout layout) =>
        OverParquetGlob(pattern, layout, null);

    /// <summary>An engine over a dataset of any layout, with DuckDB's memory, threads and spill folder set; see <see cref="OverParquetGlob(string, FlowLayout)"/>.</summary>
    /// <param name="pattern">As for <see cref="OverParquetGlob(string, FlowLayout)"/>.</param>
    /// <param name="layout">Which column holds what, and what every row shares.</param>
    /// <param name="options">Memory, threads and spill folder; DuckDB's defaults when null.</param>
    /// <returns>The engine; dispose it to close DuckDB.</returns>
    /// <exception cref="ArgumentNullException">The pattern or the layout is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="OverParquetGlob(string, FlowLayout)"/>.</exception>
    /// <exception cref="FormatException">As for <see cref="OverParquetGlob(string, FlowLayout)"/>.</exception>
    public static DuckDbFlowEngine OverParquetGlob(
        string pattern,
        FlowLayout layout,
        DuckDbEngineOptions? options
    )
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(layout);
        return Open(pattern, layout, options, isGlob: true);
    }

    private static DuckDbFlowEngine Open(
        string pattern,
        FlowLayout layout,
        DuckDbEngineOptions? options,
        bool isGlob,
        Data.Comtrade.ComtradeReadOptions? comtrade = null
    )
    {
        var missing =
            layout.Columns.Currency is null && layout.Currency is null ? "a currency"
            : layout.Columns.Direction is null && layout.Direction is null ? "a direction"
            : layout.Columns.Quantity is not null
            && layout.Columns.Unit is null
            && layout.QuantityUnit is null
                ? "a unit for the quantities"
            : null;
        if (missing is not null)
        {
            throw new ArgumentException(
                $"The layout maps no column for {missing} and gives none for every row.",
                nameof(layout)
            );
        }
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        var engine = new DuckDbFlowEngine(
            connection,
            Files(pattern),
            layout.Classification,
            Currency.None
        );
        try
        {
            engine.Configure(options ?? new DuckDbEngineOptions());
            if (isGlob)
            {
                engine.CheckMatches(pattern);
            }
            // UN Comtrade's files are first reshaped by its rules (detail rows only, months, quantities).
            var (relation, ruleChecks) = comtrade is null
                ? (Files(pattern), [])
                : ComtradeSql.Relation(engine.Strings, Files(pattern), comtrade);
            (engine.source, engine.Currency, var layoutChecks) = LayoutSql.Project(
                engine.Strings,
                relation,
                layout
            );
            engine.checks = [.. ruleChecks, .. layoutChecks];
            engine.economies =
                layout.EconomyCodes == EconomyCodes.Iso ? IsoEconomy : ComtradeEconomy;
            engine.layout = layout;
            return engine;
        }
        catch
        {
            engine.Dispose();
            throw;
        }
    }

    private static DuckDbFlowEngine Open(
        string pattern,
        Classification classification,
        Currency currency,
        DuckDbEngineOptions? options
    )
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        var engine = new DuckDbFlowEngine(connection, Files(pattern), classification, currency);
        try
        {
            engine.Configure(options ?? new DuckDbEngineOptions());
        }
        catch
        {
            engine.Dispose();
            throw;
        }
        return engine;
    }

    /// <summary>
    /// The files of a pattern as a DuckDB relation. By name: files of one dataset may differ in their value column's
    /// width and scale (each file takes the narrowest decimal its values fit), and DuckDB then reads them all at the
    /// widest.
    /// </summary>
    private static string Files(string pattern) =>
        $"read_parquet({Sql.Text(pattern)}, union_by_name = true)";

    /// <summary>An ISO, M49 or area code (CHN, 156, WLD, S19).</summary>
    internal static bool IsoEconomy(string code, [NotNullWhen(true)] out Economy? economy) =>
        Economy.TryFromCode(code, out economy);

    /// <summary>A UN Comtrade or BACI number (0 the World, 381 or 380 Italy, 490 Other Asia, nes).</summary>
    private static bool ComtradeEconomy(string code, [NotNullWhen(true)] out Economy? economy)
    {
        economy = null;
        return int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && Economy.TryFromComtradeCode(number, out economy);
    }

    /// <summary>
    /// The SQL a query becomes: one statement that sums values and, per unit of quantity, quantities in one GROUP BY (a
    /// second one counts the flows outside every cell, for queries where a flow can fall outside).
    /// </summary>
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
    public FlowCube Aggregate(FlowQuery query, CancellationToken cancellationToken) =>
        Aggregate(query, null, cancellationToken);

    /// <summary>
    /// Runs a query, reporting how far DuckDB has come while it scans the dataset: the same cube
    /// <see cref="FlowAnalysis.Aggregate(TradeModel.Flows.TradeFlowCollection, FlowQuery)"/> gives on the same flows.
    /// </summary>
    /// <param name="query">The query.</param>
    /// <param name="progress">
    /// Receives DuckDB's estimate of the work done, about ten times a second from a background thread, and a last report
    /// at 1 when the query ends; nothing is reported when null.
    /// </param>
    /// <param name="cancellationToken">Cancels the query (DuckDB is interrupted).</param>
    /// <returns>The cube.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    /// <exception cref="FormatException">The dataset holds a code or unit the model does not know; the message names it.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <example>
    /// <code language="csharp">
    /// using var engine = DuckDbFlowEngine.OverParquet("baci/", HarmonizedSystem2022.Classification, Currency.USD);
    /// var cube = engine.Aggregate(
    ///     FlowQuery.By(FlowDimension.Year, FlowDimension.Reporter),
    ///     new Progress&lt;QueryProgress&gt;(p =&gt; Console.Write($"\r{p.Fraction:P0}")));
    /// </code>
    /// </example>
    public FlowCube Aggregate(
        FlowQuery query,
        IProgress<QueryProgress>? progress = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(query);
        var plan = SqlPlan.For(query, Dictionary(), source);
        var statements = 1 + (plan.Outside is null ? 0 : 1);
        var step = new Step(progress, 0, statements);
        var units = plan.QuantityUnits == 0 ? null : Dictionary().Units;
        var builder = new FlowCubeBuilder(query, Classification, Currency, units?.Values);
        var rows = new CodedCells(plan, builder, withQuantities: units is not null);
        step = step.Next();
        using (var poll = step.Progress is null ? null : new ProgressPoll(this, step))
        // A grouping's result is short: its chunks are fetched on this thread, which DuckDB then works on.
        using (
            var stream = ChunkStream.Open(
                connection,
                plan.Select,
                files,
                readAhead: false,
                cancellationToken
            )
        )
        {
            rows.Load(stream);
        }
        step.Progress?.Report(new QueryProgress(step.Statement, step.Statements, 1, 0));
        if (plan.Outside is { } outsideSql)
        {
            Run(
                outsideSql,
                step = step.Next(),
                row =>
                    builder.AddFlowsOutside(
                        checked(
                            (int)(
                                plan.SpansYears(row.GetString(0))
                                    ? row.GetInt64(1)
                                    : row.GetInt64(2)
                            )
                        )
                    ),
                cancellationToken
            );
        }
        // The cube is built from codes: no key or cell object per row (445,539 rows in the scale benchmark).
        return builder.ToCube();
    }

    /// <summary>
    /// Streams a query's cells as DuckDB returns them, without building a cube: memory holds one row at a time, so a
    /// query with more cells than fit in memory (every reporter × partner × subheading over decades) can be written out
    /// or filtered as it comes. Each cell has the total, flows and flows without value of
    /// <see cref="Aggregate(FlowQuery, IProgress{QueryProgress}?, CancellationToken)"/>'s cell with the same key.
    /// </summary>
    /// <param name="query">The query.</param>
    /// <param name="cancellationToken">Cancels the query (DuckDB is interrupted) and stops the stream.</param>
    /// <returns>The cells, in DuckDB's order (not the canonical order of a cube); without quantities.</returns>
    /// <remarks>
    /// Two cases are not streamed row by row, because their cells come from several rows: a year dimension over a dataset
    /// with a period that spans two years (the year of each period is found in .NET), where the cells are summed first.
    /// Flows outside every cell are not counted here; <see cref="Aggregate(FlowQuery, CancellationToken)"/> counts them.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    /// <exception cref="FormatException">The dataset holds a code the model does not know; the message names it.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public IEnumerable<FlowCell> StreamCells(
        FlowQuery query,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(query);
        var plan = SqlPlan.For(query, Dictionary(), source);
        return plan.RowsAreCells
            ? Stream(plan, cancellationToken)
            : Aggregate(query, null, cancellationToken)
                .Select(c => Cell(c.Key, c.Total?.Amount, c.Flows, c.FlowsWithoutValue));
    }

    private IEnumerable<FlowCell> Stream(SqlPlan plan, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var command = connection.CreateCommand();
        command.CommandText = plan.ValueSelect;
        using var cancel = cancellationToken.Register(() => Cancel(command));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (key, total, flows, missing) = plan.RowOf(reader, out _);
            yield return Cell(key, total, flows, missing);
        }
    }

    private FlowCell Cell(FlowKey key, decimal? total, int flows, int missing) =>
        new(key, total is { } t ? new Money(t, Currency) : null, flows, missing);

    /// <summary>Closes DuckDB.</summary>
    public void Dispose() => connection.Dispose();

    /// <summary>Which statement of how many runs, and where its progress goes.</summary>
    private readonly record struct Step(
        IProgress<QueryProgress>? Progress,
        int Statement,
        int Statements
    )
    {
        internal Step Next() => this with { Statement = Statement + 1 };
    }

    /// <summary>
    /// Polls DuckDB's progress of the running statement on a timer and reports it; stops, waiting for a poll under way,
    /// when disposed (before the connection may be used for anything else).
    /// </summary>
    private sealed class ProgressPoll : IDisposable
    {
        private readonly Lock gate = new();
        private readonly Timer timer;
        private bool stopped;

        internal ProgressPoll(DuckDbFlowEngine engine, Step step)
        {
            engine.EnableProgress();
            timer = new Timer(
                _ =>
                {
                    lock (gate)
                    {
                        if (stopped)
                        {
                            return;
                        }
                        var p = engine.connection.GetQueryProgress();
                        if (p.Percentage >= 0)
                        {
                            step.Progress!.Report(
                                new QueryProgress(
                                    step.Statement,
                                    step.Statements,
                                    Math.Clamp(p.Percentage / 100, 0, 1),
                                    (long)Math.Min(p.RowsProcessed, long.MaxValue)
                                )
                            );
                        }
                    }
                },
                null,
                TimeSpan.FromMilliseconds(100),
                TimeSpan.FromMilliseconds(100)
            );
        }

        public void Dispose()
        {
            lock (gate)
            {
                stopped = true;
            }
            timer.Dispose();
        }
    }

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

    private DatasetDictionary Dictionary()
    {
        if (dictionary is null)
        {
            foreach (var (sql, error) in checks)
            {
                if (Strings(sql) is [var bad])
                {
                    throw error(bad);
                }
            }
            dictionary = DatasetDictionary.Read(this, source, Classification, economies);
        }
        return dictionary;
    }

    /// <summary>The first column of every row of a statement, as text (the dataset's distinct codes).</summary>
    internal List<string> Strings(string sql)
    {
        var list = new List<string>();
        Run(sql, default, row => list.Add(row.GetString(0)), CancellationToken.None);
        return list;
    }

    /// <summary>
    /// Runs a statement and hands each result row to <paramref name="onRow"/>, typed (no row is boxed into objects);
    /// while DuckDB works, its progress is polled from a timer and reported.
    /// </summary>
    private void Run(
        string sql,
        Step step,
        Action<DbDataReader> onRow,
        CancellationToken cancellationToken
    )
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var cancel = cancellationToken.Register(() => Cancel(command));
        using (var poll = step.Progress is null ? null : new ProgressPoll(this, step))
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                onRow(reader);
            }
        }
        step.Progress?.Report(new QueryProgress(step.Statement, step.Statements, 1, 0));
    }

    private bool progressEnabled;

    /// <summary>Turns on DuckDB's progress tracking (off until a caller asks for progress), without its printed bar.</summary>
    private void EnableProgress()
    {
        if (!progressEnabled)
        {
            Execute("SET enable_progress_bar = true");
            Execute("SET enable_progress_bar_print = false");
            Execute("SET progress_bar_time = 0");
            progressEnabled = true;
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
