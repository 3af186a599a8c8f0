using TradeModel.Analysis;
using TradeModel.Tests.Analysis;

namespace TradeModel.Orleans.Tests;

/// <summary>
/// A partition may take far longer than Orleans' response timeout: no call lasts as long as the work, and the silo
/// answers each poll in time, so the partition is neither failed nor run again.
/// </summary>
[Collection(ClusterTests.Name)]
public sealed class LongPartitionTests
{
    [Fact]
    public async Task A_partition_longer_than_the_response_timeout_is_waited_for_not_run_again()
    {
        await using var cluster = new Cluster(2, TimeSpan.FromSeconds(1));
        await cluster.InitializeAsync();
        var (flows, dataset, _) = await Datasets.Write(seed: 41, count: 600, partitions: 2);
        var query = QueryShapes.ByName["year, reporter, chapter"];
        var log = new ProgressLog();
        GatedReader.Hold();

        // The default lost-silo timeout: each poll waits five seconds for the work, five response timeouts.
        var running = new ClusterFlowEngine(cluster.Silos.Client).AggregateAsync(
            dataset,
            query,
            log,
            TestContext.Current.CancellationToken
        );
        // Four response timeouts with every partition held.
        await Task.Delay(TimeSpan.FromSeconds(4), TestContext.Current.CancellationToken);
        Assert.False(running.IsCompleted, "The query ended while its partitions were held.");
        GatedReader.Release();
        var cube = await running;

        Cubes.AssertEqual(flows.Aggregate(query), cube);
        var reports = log.Reports;
        Assert.Equal(2, reports.Count);
        Assert.All(reports, r => Assert.Equal(0, r.Retried));
    }
}
