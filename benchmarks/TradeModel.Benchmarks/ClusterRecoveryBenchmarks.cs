using BenchmarkDotNet.Attributes;
using Orleans.TestingHost;
using TradeModel.Analysis;
using TradeModel.Classifications;
using TradeModel.Orleans;
using TradeModel.Orleans.Datasets;

namespace TradeModel.Benchmarks;

/// <summary>
/// The time to recover from a lost silo (issue #28): the dataset of <see cref="ClusterData"/> asked (year, exporter,
/// HS2) on a cluster of three silos in this process, each aggregating its partitions in DuckDB; once a fifth of the
/// partitions are done, a secondary silo is killed without a goodbye, or stopped. The query runs on, its lost
/// partitions run again on the silos left, and the cube is checked equal to the one without a loss after every
/// iteration. Orleans' own settings are its defaults, and so are the query's (<see cref="ClusterQueryOptions"/>). Each
/// iteration starts with three silos: the one lost is replaced before it, untimed.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1)]
public class ClusterRecoveryBenchmarks
{
    private static readonly FlowQuery Query = FlowQuery.By(
        FlowDimension.Year,
        FlowDimension.Reporter,
        FlowDimension.CategoryAtLevel(HarmonizedSystem2022.ChapterLevel)
    );

    private TestCluster cluster = null!;
    private FlowDataset dataset = null!;
    private FlowCube expected = null!;
    private FlowCube? last;

    /// <summary>Writes the dataset (unless it is there), starts the cluster and computes the cube without a loss.</summary>
    [GlobalSetup]
    public void Setup()
    {
        dataset = ClusterData.Dataset(ClusterData.Folder());
        var builder = new TestClusterBuilder(3);
        builder.Options.ConfigureFileLogging = false;
        builder.AddSiloBuilderConfigurator<SiloSetup>();
        cluster = builder.Build();
        cluster.Deploy();
        expected = Run(null);
    }

    /// <summary>Brings the cluster back to three silos.</summary>
    [IterationSetup]
    public void ThreeSilos()
    {
        while (cluster.Silos.Count < 3)
        {
            cluster.StartAdditionalSilo();
        }
        last = null;
    }

    /// <summary>Checks the cube of the iteration.</summary>
    [IterationCleanup]
    public void CheckCube()
    {
        if (last is not null)
        {
            ClusterBenchmarks.Check(expected, last, "the query with a silo lost");
        }
    }

    /// <summary>Stops the cluster.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        cluster.StopAllSilos();
        cluster.Dispose();
    }

    /// <summary>The query with no silo lost.</summary>
    /// <returns>The cube.</returns>
    [Benchmark(Baseline = true)]
    public FlowCube NoLoss() => last = Run(null);

    /// <summary>A silo killed without a goodbye once a fifth of the partitions are done.</summary>
    /// <returns>The cube.</returns>
    [Benchmark]
    public FlowCube SiloKilled() => last = Run(silo => cluster.KillSiloAsync(silo));

    /// <summary>A silo stopped (it says goodbye) once a fifth of the partitions are done.</summary>
    /// <returns>The cube.</returns>
    [Benchmark]
    public FlowCube SiloStopped() => last = Run(silo => cluster.StopSiloAsync(silo));

    private FlowCube Run(Func<SiloHandle, Task>? lose)
    {
        var fifth = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var threshold = Math.Max(1, dataset.Partitions.Count / 5);
        var progress = new Progress(p =>
        {
            if (p.Done >= threshold)
            {
                fifth.TrySetResult();
            }
        });
        var running = new ClusterFlowEngine(
            cluster.Client,
            new ClusterQueryOptions { Engine = PartitionEngine.DuckDb }
        ).AggregateAsync(dataset, Query, progress);
        if (lose is not null)
        {
            Task.WhenAny(fifth.Task, running).GetAwaiter().GetResult();
            lose(cluster.SecondarySilos[^1]).GetAwaiter().GetResult();
        }
        return running.GetAwaiter().GetResult();
    }

    private sealed class Progress(Action<ClusterProgress> report) : IProgress<ClusterProgress>
    {
        public void Report(ClusterProgress value) => report(value);
    }

    private sealed class SiloSetup : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) =>
            siloBuilder.AddTradeModel(options => options.MaxPartitionsInFlight = 2);
    }
}
