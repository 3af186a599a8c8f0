using TradeModel.Analysis;
using TradeModel.Classifications;
using TradeModel.DuckDb;
using TradeModel.Orleans.Datasets;
using TradeModel.Tests.Analysis;

namespace TradeModel.Orleans.Tests;

/// <summary>
/// The same FlowQuery on a three-silo cluster gives the cube of the in-memory engine and of DuckDB on the same dataset,
/// economy groups and category groupings included; a partition that cannot be read is an error that names it, never a
/// smaller total.
/// </summary>
[Collection(ClusterTests.Name)]
public sealed class ClusterQueryTests(Cluster cluster)
{
    public static TheoryData<string> Shapes => new(QueryShapes.ByName.Keys);

    public static TheoryData<string, PartitionEngine> ShapesOnEachEngine =>
        new(
            QueryShapes.ByName.Keys.SelectMany(shape =>
                new[] { (shape, PartitionEngine.InMemory), (shape, PartitionEngine.DuckDb) }
            )
        );

    private ClusterFlowEngine Engine(ClusterQueryOptions? options = null) =>
        new(cluster.Silos.Client, options);

    [Theory]
    [MemberData(nameof(ShapesOnEachEngine))]
    public async Task Every_query_shape_gives_the_cube_of_the_in_memory_engine_and_of_DuckDB(
        string shape,
        PartitionEngine onSilos
    )
    {
        var (flows, dataset, folder) = await Datasets.Write(seed: 28, count: 3_000, partitions: 8);
        var query = QueryShapes.ByName[shape];

        var onCluster = await Engine(new ClusterQueryOptions { Engine = onSilos })
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
        var log = new ProgressLog();

        await Engine()
            .AggregateAsync(
                dataset,
                QueryShapes.ByName["period, direction"],
                log,
                TestContext.Current.CancellationToken
            );

        var reports = log.Reports;
        Assert.Equal(6, reports.Count);
        Assert.Equal([1, 2, 3, 4, 5, 6], reports.Select(r => r.Done).Order());
        Assert.All(reports, r => Assert.Equal(6, r.Planned));
    }

    [Theory]
    [InlineData(PartitionEngine.InMemory)]
    [InlineData(PartitionEngine.DuckDb)]
    public async Task A_missing_partition_fails_the_query_naming_it_never_a_smaller_total(
        PartitionEngine onSilos
    )
    {
        var (_, dataset, folder) = await Datasets.Write(seed: 31, count: 500, partitions: 4);
        var missing = Path.Combine(folder, "part-99.parquet");
        var withMissing = new FlowDataset(
            dataset.Classification,
            dataset.Currency,
            [.. dataset.Partitions, new DatasetPartition("part-99.parquet", missing)]
        );

        var error = await Assert.ThrowsAsync<ClusterQueryException>(() =>
            Engine(new ClusterQueryOptions { Engine = onSilos })
                .AggregateAsync(
                    withMissing,
                    QueryShapes.ByName["grand total"],
                    cancellationToken: TestContext.Current.CancellationToken
                )
        );

        Assert.Equal("part-99.parquet", error.PartitionId);
        Assert.StartsWith(
            $"The partition 'part-99.parquet' at {missing} could not be read",
            error.Message,
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData(PartitionEngine.InMemory)]
    [InlineData(PartitionEngine.DuckDb)]
    public async Task A_corrupt_partition_fails_the_query_naming_it(PartitionEngine onSilos)
    {
        var (_, dataset, folder) = await Datasets.Write(seed: 32, count: 500, partitions: 4);
        var corrupt = dataset.Partitions[2];
        await File.WriteAllBytesAsync(
            corrupt.Location,
            [.. "PAR1 not really a parquet file"u8],
            TestContext.Current.CancellationToken
        );

        var error = await Assert.ThrowsAsync<ClusterQueryException>(() =>
            Engine(new ClusterQueryOptions { Engine = onSilos })
                .AggregateAsync(
                    dataset,
                    QueryShapes.ByName["grand total"],
                    cancellationToken: TestContext.Current.CancellationToken
                )
        );

        Assert.Equal(corrupt.Id, error.PartitionId);
        Assert.Contains(corrupt.Id, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Groups_come_back_as_the_callers_own_group_objects()
    {
        var (_, dataset, _) = await Datasets.Write(seed: 33, count: 1_000, partitions: 3);
        var query = QueryShapes.ByName["reporter groups, groupings that overlap"];

        var cube = await Engine()
            .AggregateAsync(
                dataset,
                query,
                cancellationToken: TestContext.Current.CancellationToken
            );

        Assert.NotEmpty(cube);
        Assert.All(
            cube,
            cell =>
            {
                Assert.Contains(cell.Key.Reporter!, query.Dimensions[0].EconomyGroups);
                Assert.Contains(cell.Key.Grouping!, query.Dimensions[1].CategoryGroupings);
            }
        );
    }

    [Fact]
    public async Task A_grouping_of_another_classification_is_refused_before_any_work_naming_it()
    {
        var (_, dataset, _) = await Datasets.Write(seed: 33, count: 100, partitions: 2);
        var older = HarmonizedSystem.Edition(2017);
        var query = FlowQuery.By(
            FlowDimension.ByGroupings(new CategoryGrouping("live animals", [older["01"]]))
        );

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            Engine()
                .AggregateAsync(
                    dataset,
                    query,
                    cancellationToken: TestContext.Current.CancellationToken
                )
        );

        Assert.Contains(
            "The grouping 'live animals' is of HS 2017",
            error.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task A_silo_reads_no_more_partitions_at_once_than_its_bound()
    {
        var (flows, dataset, _) = await Datasets.Write(seed: 36, count: 900, partitions: 9);
        var query = QueryShapes.ByName["grand total"];
        GatedReader.Hold();
        Task<FlowCube> running;
        try
        {
            running = Engine()
                .AggregateAsync(
                    dataset,
                    query,
                    cancellationToken: TestContext.Current.CancellationToken
                );
            // Nine partitions over three silos of two slots each (hashed 4, 2 and 3 to a silo): six reads start.
            var until = DateTime.UtcNow.AddSeconds(30);
            while (GatedReader.Started.Count < 6 && DateTime.UtcNow < until)
            {
                await Task.Delay(50, TestContext.Current.CancellationToken);
            }
            await Task.Delay(1_000, TestContext.Current.CancellationToken);

            Assert.Equal(6, GatedReader.Started.Count);
            Assert.All(
                GatedReader.Started.GroupBy(read => read.Silo),
                silo => Assert.Equal(2, silo.Count())
            );
        }
        finally
        {
            GatedReader.Release();
        }
        Cubes.AssertEqual(flows.Aggregate(query), await running);
    }

    [Fact]
    public async Task A_silo_answers_an_engine_it_does_not_know_with_an_error_not_a_guess()
    {
        var (_, dataset, _) = await Datasets.Write(seed: 37, count: 100, partitions: 1);
        var partition = dataset.Partitions[0];
        var grain = cluster.Silos.Client.GetGrain<Grains.IPartitionGrain>(
            $"{Guid.NewGuid():N}/{partition.Id}/1"
        );

        await grain.Start(
            new Wire.PartitionWork
            {
                PartitionId = partition.Id,
                Location = partition.Location,
                Classification = dataset.Classification.Name,
                Currency = dataset.Currency.Code,
                Query = Wire.QueryMessage.From(
                    QueryShapes.ByName["grand total"],
                    dataset.Classification
                ),
                Engine = (PartitionEngine)7,
            }
        );
        Wire.PartitionStatus status;
        do
        {
            status = await grain.Poll(TimeSpan.FromSeconds(5));
        } while (status.State is Wire.PartitionState.Queued or Wire.PartitionState.Running);

        Assert.Equal(Wire.PartitionState.Done, status.State);
        Assert.Null(status.Outcome!.Cube);
        Assert.Contains(
            "asks for the partition engine 7, which this silo does not know",
            status.Outcome.Error,
            StringComparison.Ordinal
        );
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
}
