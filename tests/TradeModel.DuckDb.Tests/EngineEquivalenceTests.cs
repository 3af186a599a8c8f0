using TradeModel.Analysis;
using TradeModel.Classifications;
using TradeModel.Data.Parquet;
using TradeModel.Economies;
using TradeModel.Flows;
using TradeModel.Tests.Analysis;

namespace TradeModel.DuckDb.Tests;

/// <summary>
/// The DuckDB engine answers every query shape over a Parquet dataset with the cube the in-memory engine gives on the
/// same flows: equal keys in the same order, equal exact totals, equal counts of flows, flows without value and flows
/// outside every cell.
/// </summary>
public sealed class EngineEquivalenceTests : IDisposable
{
    private static readonly Classification Hs = HarmonizedSystem2022.Classification;

    private readonly string folder = Path.Combine(
        Path.GetTempPath(),
        "tm-duckdb-" + Guid.NewGuid().ToString("N")
    );

    public static TheoryData<string, int> Cases =>
        new(from name in QueryShapes.ByName.Keys from seed in Seeds select (name, seed));

    private static readonly int[] Seeds = [1, 2, 3, 4];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task DuckDB_over_Parquet_gives_the_cube_of_the_in_memory_engine(
        string name,
        int seed
    )
    {
        var flows = RandomFlows.Make(seed, count: 2_000);
        var dataset = Path.Combine(folder, Guid.NewGuid().ToString("N"));
        await TradeParquet.WritePartitionedAsync(
            flows,
            dataset,
            TestContext.Current.CancellationToken
        );
        using var engine = DuckDbFlowEngine.OverParquet(dataset, Hs, Currency.USD);
        var query = QueryShapes.ByName[name];

        var expected = flows.Aggregate(query);
        var actual = engine.Aggregate(query, TestContext.Current.CancellationToken);

        Assert.Equal(Cells(expected), Cells(actual));
        Assert.Equal(expected.FlowsOutside, actual.FlowsOutside);
    }

    [Fact]
    public async Task Cubes_of_each_years_file_merge_into_the_cube_of_the_whole_dataset()
    {
        var flows = RandomFlows.Make(seed: 5, count: 3_000);
        var dataset = Path.Combine(folder, "merge");
        var files = await TradeParquet.WritePartitionedAsync(
            flows,
            dataset,
            TestContext.Current.CancellationToken
        );
        var query = QueryShapes.ByName["year, reporter, chapter"];

        var parts = files
            .Select(file =>
            {
                using var engine = DuckDbFlowEngine.OverParquet(file, Hs, Currency.USD);
                return engine.Aggregate(query, TestContext.Current.CancellationToken);
            })
            .ToList();

        Assert.Equal(Cells(flows.Aggregate(query)), Cells(FlowCube.Merge(parts)));
        Assert.True(files.Count > 1);
    }

    [Fact]
    public async Task The_SQL_of_a_query_is_visible_and_joins_the_hierarchy_as_a_values_table()
    {
        var flows = RandomFlows.Make(seed: 6, count: 200);
        var dataset = Path.Combine(folder, "sql");
        await TradeParquet.WritePartitionedAsync(
            flows,
            dataset,
            TestContext.Current.CancellationToken
        );
        using var engine = DuckDbFlowEngine.OverParquet(dataset, Hs, Currency.USD);

        var sql = engine.ToSql(QueryShapes.ByName["year, reporter, chapter"]);

        Assert.Contains("WITH lv2(code, ancestor) AS (VALUES", sql, StringComparison.Ordinal);
        Assert.Contains("SUM(f.\"value\") AS total", sql, StringComparison.Ordinal);
        Assert.Contains("GROUP BY 1, 2, 3", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flows_of_periods_spanning_two_years_fall_outside_the_years_on_both_engines()
    {
        var flows = new TradeFlowCollection(Hs, Currency.USD);
        var china = Economy.FromCode("CHN");
        var usa = Economy.FromCode("USA");
        var fiscal = ReferencePeriod.ForInterval(
            new NodaTime.DateInterval(
                new NodaTime.LocalDate(2023, 7, 1),
                new NodaTime.LocalDate(2024, 6, 30)
            )
        );
        flows.Add(
            new TradeFlow(
                china,
                usa,
                TradeDirection.Exports,
                Hs["010121"],
                fiscal,
                new Money(5m, Currency.USD)
            )
        );
        flows.Add(
            new TradeFlow(
                china,
                Economy.FromCode("DEU"),
                TradeDirection.Exports,
                Hs["010121"],
                ReferencePeriod.ForMonth(2024, 3),
                new Money(7m, Currency.USD)
            )
        );
        flows.Add(
            new TradeFlow(
                china,
                Economy.FromCode("DEU"),
                TradeDirection.Exports,
                Hs["010121"],
                fiscal,
                null,
                ObservationStatus.Missing
            )
        );
        var dataset = Path.Combine(folder, "fiscal");
        Directory.CreateDirectory(dataset);
        await using (var file = File.Create(Path.Combine(dataset, "all.parquet")))
        {
            await TradeParquet.WriteAsync(flows, file, TestContext.Current.CancellationToken);
        }
        using var engine = DuckDbFlowEngine.OverParquet(dataset, Hs, Currency.USD);
        var query = FlowQuery.By(
            FlowDimension.Year,
            FlowDimension.PartnerGroups(QueryShapes.Europe, QueryShapes.Eurasia)
        );

        var expected = flows.Aggregate(query);
        var actual = engine.Aggregate(query, TestContext.Current.CancellationToken);

        Assert.Equal(Cells(expected), Cells(actual));
        Assert.Equal(2, expected.FlowsOutside);
        Assert.Equal(expected.FlowsOutside, actual.FlowsOutside);
    }

    [Fact]
    public void A_path_that_names_nothing_is_refused_with_the_path()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            DuckDbFlowEngine.OverParquet(Path.Combine(folder, "nothing"), Hs, Currency.USD)
        );

        Assert.Contains("nothing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dataset_code_the_model_does_not_know_is_named()
    {
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "unknown.parquet");
        using (var duck = new DuckDB.NET.Data.DuckDBConnection("Data Source=:memory:"))
        {
            duck.Open();
            using var command = duck.CreateCommand();
            command.CommandText =
                $"COPY (SELECT 'ZZZ' AS reporter, 'USA' AS partner, 'Exports' AS direction, '850110' AS category, '2024' AS period, 2024 AS year, CAST(1 AS DECIMAL(38, 2)) AS value) TO '{file}' (FORMAT parquet)";
            command.ExecuteNonQuery();
        }
        using var engine = DuckDbFlowEngine.OverParquet(file, Hs, Currency.USD);

        var e = Assert.Throws<FormatException>(() =>
            engine.Aggregate(
                FlowQuery.By(FlowDimension.Reporter),
                TestContext.Current.CancellationToken
            )
        );

        Assert.Contains("'ZZZ'", e.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<(FlowKey, Money?, int, int)> Cells(FlowCube cube) =>
        [.. cube.Select(c => (c.Key, c.Total, c.Flows, c.FlowsWithoutValue))];
}
