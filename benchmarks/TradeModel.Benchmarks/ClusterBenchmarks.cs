using System.Globalization;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.TestingHost;
using TradeModel.Analysis;
using TradeModel.Classifications;
using TradeModel.Data.Parquet;
using TradeModel.DuckDb;
using TradeModel.Flows;
using TradeModel.Orleans;
using TradeModel.Orleans.Datasets;

namespace TradeModel.Benchmarks;

/// <summary>
/// The cost of distribution (issue #28): a Parquet dataset of BACI-shaped flows (<c>TRADEMODEL_CLUSTER_ROWS</c>, 1 M by
/// default, quantities in tonnes on 98% of rows) in <c>TRADEMODEL_CLUSTER_PARTITIONS</c> files (20 by default), asked
/// (year, exporter, HS2) on an Orleans cluster of 1, 2 and 4 silos in this process, against the same partitions read,
/// aggregated and merged in one process (the baseline) and DuckDB over the same files. One machine, so the figures
/// are the overhead of distribution, not a speed-up. The setup checks the three cubes equal before anything is timed,
/// and prints the serialized size of a partial cube.
/// </summary>
[MemoryDiagnoser]
public class ClusterBenchmarks
{
    private TestCluster cluster = null!;
    private ClusterFlowEngine engine = null!;
    private DuckDbFlowEngine duck = null!;
    private FlowDataset dataset = null!;
    private FlowQuery query = null!;

    /// <summary>Silos in the cluster.</summary>
    [Params(1, 2, 4)]
    public int Silos { get; set; }

    /// <summary>How the silos read a partition: TradeModel's Parquet reader (Parquet.Net), or DuckDB.</summary>
    [Params("Parquet.Net", "DuckDB")]
    public string Reader { get; set; } = "Parquet.Net";

    private static int Rows =>
        int.TryParse(Environment.GetEnvironmentVariable("TRADEMODEL_CLUSTER_ROWS"), out var rows)
            ? rows
            : 1_000_000;

    private static int Partitions =>
        int.TryParse(
            Environment.GetEnvironmentVariable("TRADEMODEL_CLUSTER_PARTITIONS"),
            out var parts
        )
            ? parts
            : 20;

    /// <summary>Writes the dataset (unless it is there), starts the cluster and checks the engines agree.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(
            Environment.GetEnvironmentVariable("TRADEMODEL_CLUSTER_DIR") ?? Path.GetTempPath(),
            string.Create(CultureInfo.InvariantCulture, $"trademodel-cluster-{Rows}-{Partitions}")
        );
        if (!Directory.Exists(folder))
        {
            var flows = AnalysisData
                .Generate(Rows, firstYear: 2023, seed: 28)
                .ToCollection(tonnes: true);
            var parts = Enumerable
                .Range(0, Partitions)
                .Select(_ => new TradeFlowCollection(flows.Classification, flows.Currency))
                .ToArray();
            var i = 0;
            foreach (var flow in flows)
            {
                parts[i++ % Partitions].Add(flow);
            }
            for (var p = 0; p < Partitions; p++)
            {
                TradeParquet
                    .WriteFileAsync(
                        parts[p],
                        Path.Combine(
                            folder,
                            string.Create(CultureInfo.InvariantCulture, $"part-{p:D3}.parquet")
                        )
                    )
                    .GetAwaiter()
                    .GetResult();
            }
        }
        dataset = FlowDataset.FromParquetFolder(
            folder,
            HarmonizedSystem2022.Classification,
            Currency.USD
        );
        query = FlowQuery.By(
            FlowDimension.Year,
            FlowDimension.Reporter,
            FlowDimension.CategoryAtLevel(HarmonizedSystem2022.ChapterLevel)
        );
        var builder = new TestClusterBuilder((short)Silos);
        builder.Options.ConfigureFileLogging = false;
        if (Reader == "DuckDB")
        {
            builder.AddSiloBuilderConfigurator<DuckDbSiloSetup>();
        }
        else
        {
            builder.AddSiloBuilderConfigurator<SiloSetup>();
        }
        cluster = builder.Build();
        cluster.Deploy();
        engine = new ClusterFlowEngine(cluster.Client);
        duck = DuckDbFlowEngine.OverParquet(
            folder,
            HarmonizedSystem2022.Classification,
            Currency.USD
        );

        var expected = SingleProcess();
        Check(expected, Cluster(), "the cluster");
        Check(expected, DuckDb(), "DuckDB");
        var serializer = cluster.Client.ServiceProvider.GetRequiredService<Serializer>();
        var partial = TradeParquet.Read(dataset.Partitions[0].Location).Flows.Aggregate(query);
        var bytes = serializer
            .SerializeToArray(TradeModel.Orleans.Wire.CubeMessage.From("part-000", partial))
            .Length;
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"// partial cube of one partition ({Rows / Partitions:N0} flows): {partial.Count:N0} cells, {bytes:N0} bytes ({(double)bytes / partial.Count:F1} a cell); {Silos} silo(s), {Environment.ProcessorCount} cores"
            )
        );
    }

    /// <summary>Stops the cluster.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        duck.Dispose();
        cluster.StopAllSilos();
        cluster.Dispose();
    }

    /// <summary>The baseline: each partition read, aggregated (on every core) and merged, in this process.</summary>
    /// <returns>The cube.</returns>
    [Benchmark(Baseline = true)]
    public FlowCube SingleProcess() =>
        FlowCube.Merge(
            dataset.Partitions.Select(p => TradeParquet.Read(p.Location).Flows.Aggregate(query))
        );

    /// <summary>The same on the cluster: a grain per partition, the partial cubes serialized and merged.</summary>
    /// <returns>The cube.</returns>
    [Benchmark]
    public FlowCube Cluster() => engine.AggregateAsync(dataset, query).GetAwaiter().GetResult();

    /// <summary>DuckDB over the same files, on every core.</summary>
    /// <returns>The cube.</returns>
    [Benchmark]
    public FlowCube DuckDb() => duck.Aggregate(query);

    private static void Check(FlowCube expected, FlowCube actual, string what)
    {
        if (
            !expected
                .Select(c => (c.Key, c.Total, c.Flows, c.FlowsWithoutValue))
                .SequenceEqual(actual.Select(c => (c.Key, c.Total, c.Flows, c.FlowsWithoutValue)))
        )
        {
            throw new InvalidOperationException(
                $"{what} does not give the cube of the single process."
            );
        }
    }

    private sealed class SiloSetup : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) =>
            siloBuilder.AddTradeModel(options => options.MaxPartitionsInFlight = 2);
    }

    private sealed class DuckDbSiloSetup : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) =>
            siloBuilder.AddTradeModel(options =>
            {
                options.MaxPartitionsInFlight = 2;
                options.Reader = new DuckDbPartitionReader();
            });
    }

    /// <summary>A partition read through DuckDB, as docs/cluster.md shows a user writing it.</summary>
    private sealed class DuckDbPartitionReader : IPartitionReader
    {
        public TradeFlowCollection Read(
            DatasetPartition partition,
            Classification classification,
            Currency currency,
            CancellationToken cancellationToken
        )
        {
            using var engine = DuckDbFlowEngine.OverParquet(
                partition.Location,
                classification,
                currency
            );
            return engine.ReadFlows(cancellationToken: cancellationToken);
        }
    }
}
