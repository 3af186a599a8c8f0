using System.Globalization;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.TestingHost;
using TradeModel.Analysis;
using TradeModel.Classifications;
using TradeModel.DuckDb;
using TradeModel.Orleans;
using TradeModel.Orleans.Datasets;

namespace TradeModel.Benchmarks;

/// <summary>
/// The cost of distribution (issue #28): the Parquet dataset of <see cref="ClusterData"/> (BACI-shaped flows with
/// quantities, in files of consecutive rows) asked (year, exporter, HS2) with quantities on an Orleans cluster of 1, 2
/// and 4 silos in this process, each silo aggregating its partitions in memory (read through DuckDB) or in DuckDB.
/// Beside them, in the same run: the same partitions read, aggregated and merged in one process, one after another
/// (the baseline), the same with each partition aggregated in DuckDB, and DuckDB over the whole folder. One machine, so
/// the figures are the overhead of distribution, not a speed-up. The first setup of each cluster size checks that every
/// method gives the baseline's cube before anything is timed, and prints the serialized size of a partial cube.
/// </summary>
[MemoryDiagnoser]
public class ClusterBenchmarks
{
    private static readonly FlowQuery Query = FlowQuery.By(
        FlowDimension.Year,
        FlowDimension.Reporter,
        FlowDimension.CategoryAtLevel(HarmonizedSystem2022.ChapterLevel)
    );

    private static readonly DuckDbPartitionReader Reader = new();

    /// <summary>The cluster sizes whose cubes were checked: once each, not again for every method.</summary>
    private static readonly HashSet<int> Checked = [];

    private TestCluster cluster = null!;
    private DuckDbFlowEngine duck = null!;
    private FlowDataset dataset = null!;

    /// <summary>Silos in the cluster.</summary>
    [Params(1, 2, 4)]
    public int Silos { get; set; }

    /// <summary>Writes the dataset (unless it is there), starts the cluster and checks the engines agree.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var folder = ClusterData.Folder();
        dataset = ClusterData.Dataset(folder);
        var builder = new TestClusterBuilder((short)Silos);
        builder.Options.ConfigureFileLogging = false;
        builder.AddSiloBuilderConfigurator<SiloSetup>();
        cluster = builder.Build();
        cluster.Deploy();
        duck = DuckDbFlowEngine.OverParquet(
            folder,
            HarmonizedSystem2022.Classification,
            Currency.USD
        );

        if (!Checked.Add(Silos))
        {
            return;
        }
        var expected = SingleProcess();
        Check(expected, SingleProcessDuckDb(), "each partition in DuckDB, merged");
        Check(expected, ClusterInMemory(), "the cluster, in memory");
        Check(expected, ClusterDuckDb(), "the cluster, in DuckDB");
        Check(expected, DuckDb(), "DuckDB over the folder");
        var serializer = cluster.Client.ServiceProvider.GetRequiredService<Serializer>();
        var partial = ReadPartition(dataset.Partitions[0]).Aggregate(Query);
        var bytes = serializer
            .SerializeToArray(TradeModel.Orleans.Wire.CubeMessage.From("part-000", partial))
            .Length;
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"// partial cube of one partition ({ClusterData.Rows / ClusterData.Partitions:N0} flows): {partial.Count:N0} cells, {bytes:N0} bytes ({(double)bytes / partial.Count:F1} a cell); whole cube {expected.Count:N0} cells; {Silos} silo(s), {Environment.ProcessorCount} cores"
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

    /// <summary>
    /// The baseline: each partition read (through DuckDB, the faster reader), aggregated in memory on every core, and
    /// merged, in this process.
    /// </summary>
    /// <returns>The cube.</returns>
    [Benchmark(Baseline = true)]
    public FlowCube SingleProcess() =>
        FlowCube.Merge(dataset.Partitions.Select(p => ReadPartition(p).Aggregate(Query)));

    /// <summary>Each partition aggregated in DuckDB and merged, in this process.</summary>
    /// <returns>The cube.</returns>
    [Benchmark]
    public FlowCube SingleProcessDuckDb() =>
        FlowCube.Merge(
            dataset.Partitions.Select(p =>
            {
                using var engine = DuckDbFlowEngine.OverParquet(
                    p.Location,
                    HarmonizedSystem2022.Classification,
                    Currency.USD
                );
                return engine.Aggregate(Query);
            })
        );

    /// <summary>The cluster: a grain per partition reads it through DuckDB and aggregates it in memory.</summary>
    /// <returns>The cube.</returns>
    [Benchmark]
    public FlowCube ClusterInMemory() => OnCluster(PartitionEngine.InMemory);

    /// <summary>The cluster: a grain per partition aggregates it in DuckDB.</summary>
    /// <returns>The cube.</returns>
    [Benchmark]
    public FlowCube ClusterDuckDb() => OnCluster(PartitionEngine.DuckDb);

    /// <summary>DuckDB over the whole folder, on every core.</summary>
    /// <returns>The cube.</returns>
    [Benchmark]
    public FlowCube DuckDb() => duck.Aggregate(Query);

    private FlowCube OnCluster(PartitionEngine engine) =>
        new ClusterFlowEngine(cluster.Client, new ClusterQueryOptions { Engine = engine })
            .AggregateAsync(dataset, Query)
            .GetAwaiter()
            .GetResult();

    private static Flows.TradeFlowCollection ReadPartition(DatasetPartition partition) =>
        Reader.Read(
            partition,
            HarmonizedSystem2022.Classification,
            Currency.USD,
            CancellationToken.None
        );

    /// <summary>Throws unless <paramref name="actual"/> is <paramref name="expected"/>: keys, totals and counts exactly.</summary>
    internal static void Check(FlowCube expected, FlowCube actual, string what)
    {
        if (
            !expected
                .Select(c => (c.Key, c.Total, c.Flows, c.FlowsWithoutValue, c.FlowsWithQuantity))
                .SequenceEqual(
                    actual.Select(c =>
                        (c.Key, c.Total, c.Flows, c.FlowsWithoutValue, c.FlowsWithQuantity)
                    )
                )
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
            siloBuilder.AddTradeModel(options =>
            {
                options.MaxPartitionsInFlight = 2;
                options.Reader = Reader;
            });
    }
}
