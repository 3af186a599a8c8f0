using TradeModel.Analysis;
using TradeModel.Orleans.Datasets;
using TradeModel.Tests.Analysis;

namespace TradeModel.Orleans.Tests;

/// <summary>Partitions run where their data is when storage says so, and spread over the silos otherwise.</summary>
[Collection(ClusterTests.Name)]
public sealed class PlacementTests(Cluster cluster)
{
    private static readonly FlowQuery Query = QueryShapes.ByName["year, reporter, chapter"];

    [Fact]
    public async Task Partitions_that_name_the_silo_holding_their_data_run_there()
    {
        var (flows, dataset, _) = await Datasets.Write(seed: 60, count: 1_000, partitions: 6);
        var local = cluster.Silos.SecondarySilos[0].SiloAddress;
        var hinted = new FlowDataset(
            dataset.Classification,
            dataset.Currency,
            dataset.Partitions.Select(p => p with { PreferredSilo = local.Endpoint.ToString() })
        );
        GatedReader.Forget();

        var cube = await new ClusterFlowEngine(cluster.Silos.Client).AggregateAsync(
            hinted,
            Query,
            cancellationToken: TestContext.Current.CancellationToken
        );

        Cubes.AssertEqual(flows.Aggregate(Query), cube);
        Assert.Equal(6, GatedReader.Started.Count);
        Assert.All(GatedReader.Started, read => Assert.Equal(local.ToString(), read.Silo));
    }

    [Fact]
    public async Task Partitions_without_a_preference_spread_over_every_silo()
    {
        var (flows, dataset, _) = await Datasets.Write(seed: 61, count: 1_000, partitions: 9);
        GatedReader.Forget();

        var cube = await new ClusterFlowEngine(cluster.Silos.Client).AggregateAsync(
            dataset,
            Query,
            cancellationToken: TestContext.Current.CancellationToken
        );

        Cubes.AssertEqual(flows.Aggregate(Query), cube);
        // The nine ids hash to every one of three silos (part-00 … part-08: 0, 0, 1, 2, 0, 2, 1, 0, 2).
        Assert.Equal(3, GatedReader.Started.Select(read => read.Silo).Distinct().Count());
    }

    [Fact]
    public async Task A_partition_that_prefers_a_silo_not_in_the_cluster_runs_on_another()
    {
        var (flows, dataset, _) = await Datasets.Write(seed: 62, count: 500, partitions: 3);
        var elsewhere = new FlowDataset(
            dataset.Classification,
            dataset.Currency,
            dataset.Partitions.Select(p => p with { PreferredSilo = "192.0.2.1:11111" })
        );

        var cube = await new ClusterFlowEngine(cluster.Silos.Client).AggregateAsync(
            elsewhere,
            Query,
            cancellationToken: TestContext.Current.CancellationToken
        );

        Cubes.AssertEqual(flows.Aggregate(Query), cube);
    }
}
