using TradeModel.Analysis;
using TradeModel.DuckDb;
using TradeModel.Orleans.Datasets;
using TradeModel.Tests.Analysis;

namespace TradeModel.Orleans.Tests;

/// <summary>
/// The same FlowQuery on a three-silo cluster gives the cube of the in-memory engine and of DuckDB on the same dataset;
/// a partition that cannot be read is an error that names it, never a smaller total.
/// </summary>
[Collection(ClusterTests.Name)]
public sealed class ClusterQueryTests(Cluster cluster)
{
    public static TheoryData<string> Shapes =>
        new(
            "grand total",
            "year, reporter, chapter",
            "period, direction",
            "every flow as stored",
            "exports of chapter 85 by partner in 2024"
        );

    private ClusterFlowEngine Engine(ClusterQueryOptions? options = null) =>
        new(cluster.Silos.Client, options);

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Every_query_shape_gives_the_cube_of_the_in_memory_engine_and_of_DuckDB(
        string shape
    )
    {
        var (flows, dataset, folder) = await Datasets.Write(seed: 28, count: 3_000, partitions: 8);
        var query = QueryShapes.ByName[shape];

        var onCluster = await Engine()
            .AggregateAsync(
                dataset,
                query,
                cancellationToken: TestContext.Current.CancellationToken
            );

        Cubes.AssertEqual(flows.Aggregate(query), onCluster);
        using var duckDb = DuckDbFlowEngine.OverParquet(
            folder,
            dataset.Classification,
            dataset.Currency
        );
        Cubes.AssertEqual(
            duckDb.Aggregate(query, TestContext.Current.CancellationToken),
            onCluster
        );
    }

    [Fact]
    public async Task A_query_without_quantities_gives_the_same_values_and_no_quantities()
    {
        var (flows, dataset, _) = await Datasets.Write(seed: 29, count: 2_000, partitions: 5);
        var query = QueryShapes.ByName["year, reporter, chapter"].WithoutQuantities();

        var onCluster = await Engine()
            .AggregateAsync(
                dataset,
                query,
                cancellationToken: TestContext.Current.CancellationToken
            );

        Cubes.AssertEqual(flows.Aggregate(query), onCluster);
        Assert.All(onCluster, cell => Assert.Empty(cell.Quantities));
    }

    [Fact]
    public async Task Progress_counts_the_partitions_done_out_of_those_planned()
    {
        var (_, dataset, _) = await Datasets.Write(seed: 30, count: 500, partitions: 6);
        var reports = new List<ClusterProgress>();

        await Engine()
            .AggregateAsync(
                dataset,
                QueryShapes.ByName["period, direction"],
                new Collect(reports),
                TestContext.Current.CancellationToken
            );

        Assert.Equal(6, reports.Count);
        Assert.Equal([1, 2, 3, 4, 5, 6], reports.Select(r => r.Done).Order());
        Assert.All(reports, r => Assert.Equal(6, r.Planned));
    }

    [Fact]
    public async Task A_missing_partition_fails_the_query_naming_it_never_a_smaller_total()
    {
        var (_, dataset, folder) = await Datasets.Write(seed: 31, count: 500, partitions: 4);
        var missing = Path.Combine(folder, "part-99.parquet");
        var withMissing = new FlowDataset(
            dataset.Classification,
            dataset.Currency,
            [.. dataset.Partitions, new DatasetPartition("part-99.parquet", missing)]
        );

        var error = await Assert.ThrowsAsync<ClusterQueryException>(() =>
            Engine()
                .AggregateAsync(
                    withMissing,
                    QueryShapes.ByName["grand total"],
                    cancellationToken: TestContext.Current.CancellationToken
                )
        );

        Assert.Equal("part-99.parquet", error.PartitionId);
        Assert.StartsWith(
            $"The partition 'part-99.parquet' at {missing} could not be read:",
            error.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task A_corrupt_partition_fails_the_query_naming_it()
    {
        var (_, dataset, folder) = await Datasets.Write(seed: 32, count: 500, partitions: 4);
        var corrupt = dataset.Partitions[2];
        await File.WriteAllBytesAsync(
            corrupt.Location,
            [.. "PAR1 not really a parquet file"u8],
            TestContext.Current.CancellationToken
        );

        var error = await Assert.ThrowsAsync<ClusterQueryException>(() =>
            Engine()
                .AggregateAsync(
                    dataset,
                    QueryShapes.ByName["grand total"],
                    cancellationToken: TestContext.Current.CancellationToken
                )
        );

        Assert.Equal(corrupt.Id, error.PartitionId);
        Assert.Contains(corrupt.Id, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("partner groups that overlap, heading")]
    [InlineData("reporter groups, groupings that overlap")]
    public async Task A_query_over_groups_is_refused_before_any_work_with_the_reason(string shape)
    {
        var (_, dataset, _) = await Datasets.Write(seed: 33, count: 100, partitions: 2);

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            Engine()
                .AggregateAsync(
                    dataset,
                    QueryShapes.ByName[shape],
                    cancellationToken: TestContext.Current.CancellationToken
                )
        );

        Assert.Contains("does not take the dimension", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_past_its_deadline_fails_saying_how_far_it_got()
    {
        var (_, dataset, _) = await Datasets.Write(seed: 34, count: 200, partitions: 3);
        GatedReader.Hold();
        try
        {
            var error = await Assert.ThrowsAsync<TimeoutException>(() =>
                Engine(new ClusterQueryOptions { Deadline = TimeSpan.FromMilliseconds(500) })
                    .AggregateAsync(
                        dataset,
                        QueryShapes.ByName["grand total"],
                        cancellationToken: TestContext.Current.CancellationToken
                    )
            );

            Assert.Contains("0 of 3 partitions done", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            GatedReader.Release();
        }
    }

    [Fact]
    public async Task An_empty_dataset_gives_an_empty_cube()
    {
        var hs = Classifications.HarmonizedSystem2022.Classification;

        var cube = await Engine()
            .AggregateAsync(
                new FlowDataset(hs, Currency.USD, []),
                QueryShapes.ByName["grand total"],
                cancellationToken: TestContext.Current.CancellationToken
            );

        Assert.Empty(cube);
    }

    private sealed class Collect(List<ClusterProgress> reports) : IProgress<ClusterProgress>
    {
        public void Report(ClusterProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
