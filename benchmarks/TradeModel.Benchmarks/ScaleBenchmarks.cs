using System.Globalization;
using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;
using TradeModel.Analysis;
using TradeModel.Classifications;
using TradeModel.Data.Parquet;
using TradeModel.DuckDb;
using TradeModel.Flows;

namespace TradeModel.Benchmarks;

/// <summary>
/// The beyond-memory path: a Parquet dataset partitioned by year (<c>TRADEMODEL_SCALE_ROWS</c> flows, 50,000,000 by
/// default, with BACI's quantities in tonnes on 98% of them, generated once into <c>TRADEMODEL_SCALE_DIR</c> or the
/// temp folder, deterministic) queried through
/// <see cref="DuckDbFlowEngine"/> with a memory limit (<c>TRADEMODEL_SCALE_MEMORY</c>, 1GB by default), against the same
/// question typed by hand as SQL in DuckDB with the same limit (the baseline); and, for the scaling of both engines,
/// the same flows in memory, queried on one thread and on every core (the cubes checked equal before anything is
/// timed).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
public class ScaleBenchmarks
{
    private DuckDbFlowEngine engine = null!;
    private DuckDBConnection duck = null!;
    private string pattern = "";
    private FlowQuery yearExporterChapter = null!;
    private SqlPlan plan = null!;
    private TradeFlowCollection inMemory = null!;
    private static readonly ParallelOptions OneThread = new() { MaxDegreeOfParallelism = 1 };
    private static TradeFlowCollection? sharedFlows;

    private static int Rows =>
        int.TryParse(Environment.GetEnvironmentVariable("TRADEMODEL_SCALE_ROWS"), out var rows)
            ? rows
            : 50_000_000;

    private static string Memory =>
        Environment.GetEnvironmentVariable("TRADEMODEL_SCALE_MEMORY") ?? "1GB";

    /// <summary>Writes the dataset (unless it is there) and opens both connections.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(
            Environment.GetEnvironmentVariable("TRADEMODEL_SCALE_DIR") ?? Path.GetTempPath(),
            string.Create(CultureInfo.InvariantCulture, $"trademodel-scale-tonnes-{Rows}")
        );
        // The same flows in memory, slice by slice (made once per process: with --inProcess every benchmark's setup
        // runs in it); and, unless it is there, on disk, each slice a year pair of its own, so that memory holds one
        // slice's arrays at a time.
        var write = !Directory.Exists(folder);
        if (write || sharedFlows?.Count != Rows)
        {
            sharedFlows = null;
            var flows = new TradeFlowCollection(
                HarmonizedSystem2022.Classification,
                Currency.USD,
                Rows
            );
            var appender = flows.CreateAppender();
            for (var slice = 0; slice * 5_000_000 < Rows; slice++)
            {
                var data = AnalysisData.Generate(
                    Math.Min(5_000_000, Rows - (slice * 5_000_000)),
                    firstYear: 2000 + (2 * slice),
                    seed: 42 + slice
                );
                data.AppendTo(appender, tonnes: true);
                if (write)
                {
                    TradeParquet
                        .WritePartitionedAsync(data.ToCollection(tonnes: true), folder)
                        .GetAwaiter()
                        .GetResult();
                }
            }
            sharedFlows = flows;
        }
        inMemory = sharedFlows;
        pattern = Path.Combine(folder, "**", "*.parquet");
        engine = DuckDbFlowEngine.OverParquet(
            folder,
            HarmonizedSystem2022.Classification,
            Currency.USD,
            new DuckDbEngineOptions { MemoryLimit = Memory }
        );
        duck = new DuckDBConnection("Data Source=:memory:");
        duck.Open();
        using var command = duck.CreateCommand();
        command.CommandText = $"SET memory_limit = '{Memory}'";
        command.ExecuteNonQuery();
        yearExporterChapter = FlowQuery.By(
            FlowDimension.Year,
            FlowDimension.Reporter,
            FlowDimension.CategoryAtLevel(HarmonizedSystem2022.ChapterLevel)
        );
        // Reads the dataset's dictionary once, and checks the engines against each other before anything is timed.
        CheckSameCubes(
            engine.Aggregate(yearExporterChapter),
            inMemory.Aggregate(yearExporterChapter)
        );
        // The query's result, computed once into a table, so that reading it isolates the typed layer's own work.
        plan = SqlPlan.For(
            yearExporterChapter,
            DatasetDictionary.Read(
                engine,
                $"read_parquet('{pattern}')",
                HarmonizedSystem2022.Classification
            ),
            $"read_parquet('{pattern}')"
        );
        using var result = duck.CreateCommand();
        result.CommandText = $"CREATE TABLE result AS {plan.ValueSelect}";
        result.ExecuteNonQuery();
    }

    /// <summary>Closes both and reports the peak working set.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        engine.Dispose();
        duck.Dispose();
        Console.WriteLine(
            $"// peak working set: {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64:N0} B"
        );
    }

    /// <summary>
    /// Baseline: (year, exporter, HS2) totals and quantities as SQL typed by hand, in one statement (what the cube holds:
    /// the sums, the counts, the quantities and the value and quantity of the flows that have both, for unit values),
    /// every column of the result read typed.
    /// </summary>
    /// <returns>The number of groups.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("query")]
    public int HandSql_YearExporterChapter()
    {
        using var command = duck.CreateCommand();
        command.CommandText =
            $"SELECT \"year\", \"reporter\", substr(\"category\", 1, 2), SUM(\"value\"), COUNT(*), COUNT(*) - COUNT(\"value\"), SUM(\"quantity\"), COUNT(\"quantity\"), SUM(\"quantity\") FILTER (WHERE \"value\" IS NOT NULL), SUM(\"value\") FILTER (WHERE \"quantity\" IS NOT NULL) FROM read_parquet('{pattern}') GROUP BY 1, 2, 3";
        return ReadTyped(command);
    }

    /// <summary>The same hand-typed SQL without the quantities, for their cost.</summary>
    /// <returns>The number of groups.</returns>
    [Benchmark]
    [BenchmarkCategory("query")]
    public int HandSqlValuesOnly_YearExporterChapter()
    {
        using var command = duck.CreateCommand();
        command.CommandText =
            $"SELECT \"year\", \"reporter\", substr(\"category\", 1, 2), SUM(\"value\"), COUNT(*), COUNT(*) - COUNT(\"value\") FROM read_parquet('{pattern}') GROUP BY 1, 2, 3";
        return ReadTyped(command);
    }

    /// <summary>The same question as a <see cref="FlowQuery"/> through <see cref="DuckDbFlowEngine"/>.</summary>
    /// <returns>The cube.</returns>
    [Benchmark]
    [BenchmarkCategory("query")]
    public FlowCube TradeModelDuckDb_YearExporterChapter() => engine.Aggregate(yearExporterChapter);

    /// <summary>The same question without quantities (<see cref="FlowQuery.WithoutQuantities"/>) through the engine.</summary>
    /// <returns>The cube.</returns>
    [Benchmark]
    [BenchmarkCategory("query")]
    public FlowCube TradeModelDuckDbValuesOnly_YearExporterChapter() =>
        engine.Aggregate(yearExporterChapter.WithoutQuantities());

    /// <summary>The same question on the same flows in memory, on one thread.</summary>
    /// <returns>The cube.</returns>
    [Benchmark]
    [BenchmarkCategory("query")]
    public FlowCube TradeModelInMemory1Thread_YearExporterChapter() =>
        inMemory.Aggregate(yearExporterChapter, OneThread);

    /// <summary>The same question on the same flows in memory, on every core.</summary>
    /// <returns>The cube.</returns>
    [Benchmark]
    [BenchmarkCategory("query")]
    public FlowCube TradeModelInMemory_YearExporterChapter() =>
        inMemory.Aggregate(yearExporterChapter);

    /// <summary>Year-on-year growth by (exporter, HS2) of the last two years, through the engine and the cube.</summary>
    /// <returns>The growth lines.</returns>
    [Benchmark]
    [BenchmarkCategory("query")]
    public IReadOnlyList<FlowGrowth> TradeModelDuckDb_YearOnYear()
    {
        var cube = engine.Aggregate(yearExporterChapter);
        return cube.YearOnYear(cube.Periods[^1]);
    }

    /// <summary>
    /// The typed layer alone, by hand: the 445,539 result rows (the query computed once at setup into a table) read as
    /// the hand-typed query's loop reads them.
    /// </summary>
    /// <returns>The rows read.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("result")]
    public int HandRead_Result()
    {
        using var command = duck.CreateCommand();
        command.CommandText = "SELECT * FROM result";
        return ReadTyped(command);
    }

    /// <summary>
    /// The DuckDB engine's cube and the in-memory one hold the same cells with the same totals and counts exactly, and
    /// the same quantities within a part in 10^9 (doubles summed in another order).
    /// </summary>
    private static void CheckSameCubes(FlowCube onDuckDb, FlowCube inMemory)
    {
        if (onDuckDb.Count != inMemory.Count)
        {
            throw new InvalidOperationException(
                $"DuckDB's cube has {onDuckDb.Count} cells, the in-memory one {inMemory.Count}."
            );
        }
        foreach (var cell in inMemory)
        {
            var other = onDuckDb[cell.Key];
            var (tonnes, otherTonnes) = (
                ((UnitsNet.Mass?)cell.Quantity)?.Tonnes ?? 0,
                ((UnitsNet.Mass?)other.Quantity)?.Tonnes ?? 0
            );
            if (
                other.Total != cell.Total
                || other.Flows != cell.Flows
                || Math.Abs(tonnes - otherTonnes) > 1e-9 * Math.Max(1, tonnes)
            )
            {
                throw new InvalidOperationException(
                    $"The cell {cell.Key} is {other.Total}, {other.Flows} flows, {otherTonnes} t on DuckDB and {cell.Total}, {cell.Flows} flows, {tonnes} t in memory."
                );
            }
        }
        Console.WriteLine(
            $"// DuckDB's cube and the in-memory one agree on all {inMemory.Count:N0} cells"
        );
    }

    /// <summary>
    /// Every column read typed, as a caller who wants the groups must: the keys, the total and the counts, and the
    /// quantity columns when the statement has them.
    /// </summary>
    private static int ReadTyped(DuckDBCommand command)
    {
        using var reader = command.ExecuteReader();
        var rows = 0;
        var check = 0L;
        while (reader.Read())
        {
            check +=
                reader.GetInt32(0)
                + reader.GetString(1).Length
                + reader.GetString(2).Length
                + (reader.IsDBNull(3) ? 0 : decimal.Sign(reader.GetDecimal(3)))
                + reader.GetInt64(4)
                + reader.GetInt64(5);
            for (var c = 6; c < reader.FieldCount; c += 4)
            {
                check +=
                    (reader.IsDBNull(c) ? 0 : Math.Sign(reader.GetDouble(c)))
                    + reader.GetInt64(c + 1)
                    + (reader.IsDBNull(c + 2) ? 0 : Math.Sign(reader.GetDouble(c + 2)))
                    + (reader.IsDBNull(c + 3) ? 0 : decimal.Sign(reader.GetDecimal(c + 3)));
            }
            rows++;
        }
        return check == 0 ? 0 : rows;
    }

    /// <summary>The typed layer alone, TradeModel: the same rows read as codes and made into the cube, as the engine does.</summary>
    /// <returns>The cube.</returns>
    [Benchmark]
    [BenchmarkCategory("result")]
    public FlowCube TradeModel_CubeFromResult()
    {
        var builder = new FlowCubeBuilder(
            plan.Query,
            HarmonizedSystem2022.Classification,
            Currency.USD
        );
        var cells = new CodedCells(plan, builder, withQuantities: false);
        using (
            var stream = ChunkStream.Open(
                duck,
                "SELECT * FROM result",
                "result",
                readAhead: false,
                CancellationToken.None
            )
        )
        {
            cells.Load(stream);
        }
        return builder.ToCube();
    }
}
