using System.Globalization;
using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;
using TradeModel.Data.Baci;
using TradeModel.Data.Mapped;
using TradeModel.Data.Parquet;
using TradeModel.DuckDb;
using TradeModel.Flows;

namespace TradeModel.Benchmarks;

/// <summary>
/// Writing and reading the flows of a BACI file as Parquet, against DuckDB (in-process, DuckDB.NET) doing the same
/// with <c>COPY … TO … (FORMAT parquet)</c> and <c>read_parquet</c> on the same rows, already loaded. The file sizes are
/// printed at setup. Rows: <c>TRADEMODEL_BACI_ROWS</c> (1,000,000 by default).
/// </summary>
[MemoryDiagnoser]
public class ParquetBenchmarks
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "trademodel-parquet-bench");
    private TradeFlowCollection flows = null!;
    private DuckDBConnection duck = null!;

    private string TradeModelFile => Path.Combine(folder, "trademodel.parquet");

    private string DuckFile => Path.Combine(folder, "duckdb.parquet");

    /// <summary>Generates the BACI file, reads it, loads it into DuckDB, and writes both Parquet files once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(folder);
        var csv = Path.Combine(
            Path.GetTempPath(),
            string.Create(
                CultureInfo.InvariantCulture,
                $"BACI_HS22_Y2024_bench_{BaciReadBenchmarks.Rows}.csv"
            )
        );
        if (!File.Exists(csv))
        {
            BaciGenerator.Write(csv, BaciReadBenchmarks.Rows, seed: 42);
        }
        flows = BaciFile.Read(csv).Flows;
        duck = new DuckDBConnection("Data Source=:memory:");
        duck.Open();
        Execute(
            string.Create(
                CultureInfo.InvariantCulture,
                $"CREATE TABLE baci AS SELECT * FROM read_csv('{csv}', header = true, types = {{'t': 'INTEGER', 'i': 'INTEGER', 'j': 'INTEGER', 'k': 'VARCHAR', 'v': 'DECIMAL(18,3)', 'q': 'DOUBLE'}}, nullstr = 'NA')"
            )
        );
        WriteTradeModel().GetAwaiter().GetResult();
        WriteDuckDb();
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"// Parquet sizes for {flows.Count:N0} flows: TradeModel {new FileInfo(TradeModelFile).Length:N0} B, DuckDB {new FileInfo(DuckFile).Length:N0} B"
            )
        );
    }

    /// <summary>Closes DuckDB and removes the files.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        duck.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>DuckDB writes its table (t, i, j, k, v as DECIMAL(18,3), q) as Parquet.</summary>
    [Benchmark(Baseline = true)]
    public void WriteDuckDb() => Execute($"COPY baci TO '{DuckFile}' (FORMAT parquet)");

    /// <summary>TradeModel writes its flows in its documented schema.</summary>
    /// <returns>A task.</returns>
    [Benchmark]
    public async Task WriteTradeModel()
    {
        var stream = File.Create(TradeModelFile);
        await using (stream.ConfigureAwait(false))
        {
            await TradeParquet.WriteAsync(flows, stream).ConfigureAwait(false);
        }
    }

    /// <summary>DuckDB reads the file into a table.</summary>
    [Benchmark]
    public void ReadDuckDb() =>
        Execute($"CREATE OR REPLACE TABLE back AS SELECT * FROM read_parquet('{DuckFile}')");

    /// <summary>TradeModel reads its file back into flows.</summary>
    /// <returns>The flows read.</returns>
    [Benchmark]
    public async Task<int> ReadTradeModel()
    {
        return (await TradeParquet.ReadAsync(TradeModelFile).ConfigureAwait(false)).Flows.Count;
    }

    /// <summary>
    /// TradeModel reads DuckDB's file (BACI's own columns, as an analyst's Parquet has them) into flows through
    /// <see cref="FlowLayout.Baci"/>: the same file <see cref="ReadDuckDb"/> reads.
    /// </summary>
    /// <returns>The flows read.</returns>
    [Benchmark]
    public async Task<int> ReadBaciLayout()
    {
        return (
            await MappedParquet
                .ReadAsync(DuckFile, new MappedParquetOptions { Layout = FlowLayout.Baci() })
                .ConfigureAwait(false)
        )
            .Flows
            .Count;
    }

    /// <summary>
    /// TradeModel loads DuckDB's file into flows with DuckDB as the reader (<see cref="DuckDbFlowEngine.ReadFlows"/>),
    /// opening the engine (its dictionary and the layout's checks) included: the same file <see cref="ReadDuckDb"/> reads.
    /// </summary>
    /// <returns>The flows read.</returns>
    [Benchmark]
    public int ReadBaciLayoutThroughDuckDb()
    {
        using var engine = DuckDbFlowEngine.OverParquet(DuckFile, FlowLayout.Baci());
        return engine.ReadFlows().Count;
    }

    private void Execute(string sql)
    {
        using var command = duck.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
