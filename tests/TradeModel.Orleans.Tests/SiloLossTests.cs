using Orleans.TestingHost;
using TradeModel.Analysis;
using TradeModel.Tests.Analysis;

namespace TradeModel.Orleans.Tests;

/// <summary>
/// A silo lost while partitions are in flight on it, stopped or killed without a goodbye: its partitions run again on
/// the silos left, and the cube is the same; no partition is lost or counted twice. Each test has a cluster of its own.
/// </summary>
[Collection(ClusterTests.Name)]
public sealed class SiloLossTests
{
    private static readonly ClusterQueryOptions Options = new()
    {
        AttemptTimeout = TimeSpan.FromSeconds(20),
        MaxAttempts = 4,
    };

    [Theory]
    [InlineData("stopped")]
    [InlineData("killed")]
    [InlineData("stopped, and another killed")]
    public async Task A_silo_lost_mid_query_changes_nothing_in_the_cube(string loss)
    {
        await using var cluster = new Cluster();
        await cluster.InitializeAsync();
        var (flows, dataset, _) = await Datasets.Write(seed: 40, count: 2_000, partitions: 9);
        var query = QueryShapes.ByName["year, reporter, chapter"];
        var log = new ProgressLog();
        GatedReader.Hold();

        var running = new ClusterFlowEngine(cluster.Silos.Client, Options).AggregateAsync(
            dataset,
            query,
            log,
            TestContext.Current.CancellationToken
        );
        var victim = await SiloReading(cluster.Silos);
        var killed = loss != "stopped";
        if (loss == "killed")
        {
            await cluster.Silos.KillSiloAsync(victim, TestContext.Current.CancellationToken);
            GatedReader.Release();
        }
        else
        {
            var stopping = cluster.Silos.StopSiloAsync(
                victim,
                TestContext.Current.CancellationToken
            );
            await Task.Delay(500, TestContext.Current.CancellationToken);
            if (killed)
            {
                // The other secondary goes without a goodbye: only the primary is left.
                await cluster.Silos.KillSiloAsync(
                    cluster.Silos.SecondarySilos.First(s => s != victim),
                    TestContext.Current.CancellationToken
                );
            }
            GatedReader.Release();
            await stopping;
        }
        var cube = await running;

        Cubes.AssertEqual(flows.Aggregate(query), cube);
        var reports = log.Reports;
        Assert.Equal(9, reports.Count);
        Assert.Equal(Enumerable.Range(1, 9), reports.Select(r => r.Done).Order());
        if (killed)
        {
            // The partitions in flight on the killed silo never answered: they ran again on the others.
            Assert.True(
                reports.Max(r => r.Retried) > 0,
                "No partition was run again after the kill."
            );
        }
    }

    /// <summary>A secondary silo (the primary holds the test cluster's membership) that has started reading a partition.</summary>
    private static async Task<SiloHandle> SiloReading(TestCluster silos)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            foreach (var (silo, _) in GatedReader.Started)
            {
                var handle = silos.SecondarySilos.FirstOrDefault(s =>
                    s.SiloAddress.ToString() == silo
                );
                if (handle is not null)
                {
                    return handle;
                }
            }
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
        throw new TimeoutException(
            "No secondary silo started reading a partition within 30 seconds."
        );
    }
}
