using System.Text.RegularExpressions;
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

    public static TheoryData<string> QueryNames => new(QueryShapes.ByName.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task DuckDB_over_Parquet_gives_the_cube_of_the_in_memory_engine(
        string name,
        int seed
    )
    {
        var flows = RandomFlows.Make(seed, count: 2_000);
        using var engine = await Engine(flows, Guid.NewGuid().ToString("N"));
        var query = QueryShapes.ByName[name];

        var expected = flows.Aggregate(query);
        var actual = engine.Aggregate(query, TestContext.Current.CancellationToken);

        Assert.Equal(Scratch.Cells(expected), Scratch.Cells(actual));
        Assert.Equal(expected.FlowsOutside, actual.FlowsOutside);
        AssertSameQuantities(expected, actual);
    }

    [Theory]
    [InlineData("year, reporter, chapter")]
    [InlineData("partner groups that overlap, heading")]
    [InlineData("every flow as stored")]
    public async Task Streamed_cells_are_the_cells_of_the_cube_without_building_it(string name)
    {
        var flows = RandomFlows.Make(seed: 8, count: 2_000);
        using var engine = await Engine(flows, "stream");
        var query = QueryShapes.ByName[name];

        var streamed = engine.StreamCells(query, TestContext.Current.CancellationToken).ToList();

        var expected = Scratch.Cells(flows.Aggregate(query));
        Assert.Equal(expected.Count, streamed.Count);
        Assert.Equal(
            expected.ToHashSet(),
            streamed.Select(c => (c.Key, c.Total, c.Flows, c.FlowsWithoutValue)).ToHashSet()
        );
    }

    [Fact]
    public async Task A_missing_query_is_refused_by_every_entry_of_the_engine()
    {
        using var engine = await Engine(RandomFlows.Make(seed: 10, count: 50), "null");

        Assert.Equal(
            "query",
            Assert
                .Throws<ArgumentNullException>(() =>
                    engine.StreamCells(null!, TestContext.Current.CancellationToken)
                )
                .ParamName
        );
        Assert.Equal(
            "query",
            Assert
                .Throws<ArgumentNullException>(() =>
                    engine.Aggregate(null!, TestContext.Current.CancellationToken)
                )
                .ParamName
        );
        Assert.Equal(
            "query",
            Assert.Throws<ArgumentNullException>(() => engine.ToSql(null!)).ParamName
        );
    }

    [Fact]
    public async Task A_stream_stops_when_its_token_is_cancelled()
    {
        var flows = RandomFlows.Make(seed: 9, count: 2_000);
        using var engine = await Engine(flows, "cancel");
        using var cancel = new CancellationTokenSource();
        var read = 0;

        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (
                var _ in engine.StreamCells(
                    QueryShapes.ByName["year, reporter, chapter"],
                    cancel.Token
                )
            )
            {
                if (++read == 3)
                {
                    cancel.Cancel();
                }
            }
        });
        Assert.Equal(3, read);
    }

    [Fact]
    public async Task A_query_whose_token_is_cancelled_stops_with_OperationCanceledException_and_the_engine_answers_the_next()
    {
        var flows = RandomFlows.Make(seed: 9, count: 2_000);
        using var engine = await Engine(flows, "cancel-cube");
        var query = QueryShapes.ByName["year, reporter, chapter"];
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => engine.Aggregate(query, cancel.Token));

        Assert.Equal(
            Scratch.Cells(flows.Aggregate(query)),
            Scratch.Cells(engine.Aggregate(query, TestContext.Current.CancellationToken))
        );
    }

    [Fact]
    public async Task A_long_query_reports_progress_up_to_the_whole_and_gives_the_same_cube()
    {
        var flows = RandomFlows.Make(seed: 7, count: 3_000);
        using var engine = await Engine(flows, "progress");
        var query = QueryShapes.ByName["year, reporter, chapter"];
        var reports = new List<QueryProgress>();
        var progress = new Collect<QueryProgress>(reports);

        var cube = engine.Aggregate(query, progress, TestContext.Current.CancellationToken);

        Assert.Equal(Scratch.Cells(flows.Aggregate(query)), Scratch.Cells(cube));
        lock (reports)
        {
            Assert.NotEmpty(reports);
            Assert.Equal(1.0, reports[^1].Fraction);
            Assert.All(reports, r => Assert.InRange(r.Fraction, 0.0, 1.0));
            Assert.All(reports, r => Assert.InRange(r.Statement, 1, r.Statements));
            // Statements run one after the other, so their numbers never go back.
            Assert.Equal(
                reports.Select(r => r.Statement).Order(),
                reports.Select(r => r.Statement)
            );
        }
    }

    [Fact]
    public async Task Values_and_quantities_are_summed_in_one_statement_that_reads_the_data_once()
    {
        var flows = RandomFlows.Make(seed: 9, count: 3_000);
        using var engine = await Engine(flows, "one-statement");
        var query = FlowQuery.By(FlowDimension.Year, FlowDimension.Reporter);
        var reports = new List<QueryProgress>();

        var cube = engine.Aggregate(
            query,
            new Collect<QueryProgress>(reports),
            TestContext.Current.CancellationToken
        );
        var sql = engine.ToSql(query);

        Assert.Contains(cube, c => c.FlowsWithQuantity > 0);
        AssertSameQuantities(flows.Aggregate(query), cube);
        Assert.Equal(1, Regex.Count(sql, "\\bFROM\\b"));
        Assert.Contains(
            "SUM(f.\"quantity\") FILTER (WHERE f.\"unit\" = ",
            sql,
            StringComparison.Ordinal
        );
        lock (reports)
        {
            Assert.All(reports, r => Assert.Equal(1, r.Statements));
        }
    }

    [Fact]
    public async Task A_dataset_of_one_unit_sums_its_quantities_as_a_hand_typed_statement_would()
    {
        // BACI's shape: every quantity in tonnes, so the statement tests no unit.
        var flows = RandomFlows.InTonnes(RandomFlows.Make(seed: 10, count: 3_000));
        using var engine = await Engine(flows, "one-unit");
        var query = QueryShapes.ByName["year, reporter, chapter"];

        var sql = engine.ToSql(query);
        var cube = engine.Aggregate(query, TestContext.Current.CancellationToken);

        Assert.Contains("SUM(f.\"quantity\") AS q_0", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("\"unit\"", sql, StringComparison.Ordinal);
        Assert.Equal(Scratch.Cells(flows.Aggregate(query)), Scratch.Cells(cube));
        AssertSameQuantities(flows.Aggregate(query), cube);
    }

    [Fact]
    public void Progress_counts_each_statement_as_an_equal_part_of_the_query()
    {
        Assert.Equal(0.75, new QueryProgress(2, 2, 0.5, 10).Fraction);
        Assert.Equal(0.25, new QueryProgress(1, 2, 0.5, 10).Fraction);
        Assert.Equal(1.0, new QueryProgress(3, 3, 1, 0).Fraction);
    }

    [Theory]
    [MemberData(nameof(QueryNames))]
    public async Task A_query_without_quantities_is_one_statement_without_quantity_sums_and_the_same_values(
        string name
    )
    {
        var flows = RandomFlows.Make(seed: 13, count: 3_000);
        using var engine = await Engine(flows, Guid.NewGuid().ToString("N"));
        var query = QueryShapes.ByName[name];

        var lean = engine.Aggregate(
            query.WithoutQuantities(),
            TestContext.Current.CancellationToken
        );
        var sql = engine.ToSql(query.WithoutQuantities());

        Assert.Equal(Scratch.Cells(flows.Aggregate(query)), Scratch.Cells(lean));
        Assert.All(lean, c => Assert.Empty(c.Quantities));
        Assert.DoesNotContain("quantity", sql, StringComparison.Ordinal);
        Assert.Contains("quantity", engine.ToSql(query), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quantities_add_up_per_kind_across_units_on_DuckDB_with_the_unit_value_of_the_flows_that_have_both()
    {
        var flows = new TradeFlowCollection(Hs, Currency.USD);
        var china = Economy.FromCode("CHN");
        var usa = Economy.FromCode("USA");
        void Add(decimal? value, UnitsNet.IQuantity quantity) =>
            flows.Add(
                new TradeFlow(
                    china,
                    usa,
                    TradeDirection.Exports,
                    Hs["010121"],
                    ReferencePeriod.ForYear(2024),
                    value is { } v ? new Money(v, Currency.USD) : null,
                    value is null ? ObservationStatus.Missing : ObservationStatus.Normal,
                    quantity
                )
            );
        Add(300m, UnitsNet.Mass.FromTonnes(2));
        Add(100m, UnitsNet.Mass.FromKilograms(500));
        Add(null, UnitsNet.Mass.FromTonnes(1));
        using var engine = await Engine(flows, "quantities");

        var cell = Assert.Single(
            engine.Aggregate(
                FlowQuery.By(FlowDimension.Reporter),
                TestContext.Current.CancellationToken
            )
        );

        // 2 t + 500 kg + 1 t; the unit value is 400 USD over the 2.5 t of the flows with a value.
        Assert.Equal(3.5, Assert.IsType<UnitsNet.Mass>(cell.Quantity).Tonnes, 12);
        Assert.Equal(3, cell.FlowsWithQuantity);
        Assert.Equal(
            160m,
            cell.UnitValue!.Value.ConvertTo(UnitsNet.Units.MassUnit.Tonne).Price.Amount
        );
    }

    [Fact]
    public async Task Files_of_a_dataset_written_at_different_scales_total_at_the_scale_of_the_dataset_read_in_memory()
    {
        // The 2023 file holds whole dollars (scale 0), the 2024 file cents: both engines give 2023 as 7.00.
        var flows = new TradeFlowCollection(Hs, Currency.USD);
        var china = Economy.FromCode("CHN");
        foreach (var (year, value) in new[] { (2023, 3m), (2023, 4m), (2024, 2.25m) })
        {
            flows.Add(
                new TradeFlow(
                    china,
                    Economy.FromCode("USA"),
                    TradeDirection.Exports,
                    Hs["850110"],
                    ReferencePeriod.ForYear(year),
                    new Money(value, Currency.USD)
                )
            );
        }
        using var engine = await Engine(flows, "mixed-scale");
        var read = await TradeParquet.ReadPartitionedAsync(
            Path.Combine(folder, "mixed-scale"),
            cancellationToken: TestContext.Current.CancellationToken
        );
        var query = FlowQuery.By(FlowDimension.Period);

        var inMemory = read.Flows.Aggregate(query).Select(c => c.Total?.ToString()).ToList();
        var onDuckDb = engine
            .Aggregate(query, TestContext.Current.CancellationToken)
            .Select(c => c.Total?.ToString())
            .ToList();

        Assert.Equal(["USD 7.00", "USD 2.25"], inMemory);
        Assert.Equal(inMemory, onDuckDb);
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

        Assert.Equal(Scratch.Cells(flows.Aggregate(query)), Scratch.Cells(FlowCube.Merge(parts)));
        Assert.True(files.Count > 1);
    }

    [Fact]
    public async Task The_SQL_of_a_query_is_visible_and_takes_a_prefix_or_joins_the_hierarchy_as_a_values_table()
    {
        var flows = RandomFlows.Make(seed: 6, count: 200);
        using var engine = await Engine(flows, "sql");

        // Chapters: every code of the data starts with its chapter's two digits, as a hand-typed query would use.
        var chapters = engine.ToSql(QueryShapes.ByName["year, reporter, chapter"]);
        // Subheadings: the data's headings have no subheading above them, so the hierarchy is joined.
        var subheadings = engine.ToSql(
            FlowQuery.By(FlowDimension.CategoryAtLevel(HarmonizedSystem2022.ChapterLevel + 2))
        );

        Assert.Contains("substr(f.\"category\", 1, 2) AS k2", chapters, StringComparison.Ordinal);
        Assert.DoesNotContain("JOIN", chapters, StringComparison.Ordinal);
        Assert.Contains("SUM(f.\"value\") AS total", chapters, StringComparison.Ordinal);
        Assert.Contains("GROUP BY 1, 2, 3", chapters, StringComparison.Ordinal);
        Assert.Contains(
            "WITH lv0(code, ancestor) AS (VALUES",
            subheadings,
            StringComparison.Ordinal
        );
        Assert.Contains("JOIN lv0 ON", subheadings, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sparse_result_with_quarters_summed_into_years_gives_the_cube_of_the_in_memory_engine()
    {
        // Few cells in a large cell space (200 × 200 economies × 5,600 subheadings), so that DuckDB's rows are put in
        // cell order by sorting rather than by placing; quarters and a fiscal year make several rows of one year's cell,
        // or none.
        var random = new Random(5);
        var economies = Economy.Countries.Take(200).ToArray();
        var subheadings = Hs
            .Categories.Where(c => c.Code.Length == 6 && char.IsAsciiDigit(c.Code[0]))
            .ToArray();
        var fiscal = ReferencePeriod.ForInterval(
            new NodaTime.DateInterval(
                new NodaTime.LocalDate(2023, 7, 1),
                new NodaTime.LocalDate(2024, 6, 30)
            )
        );
        var flows = new TradeFlowCollection(Hs, Currency.USD);
        var appender = flows.CreateAppender();
        var (reporter, partner, product) = (economies[0], economies[1], subheadings[0]);
        for (var i = 0; i < 600; i++)
        {
            if (i % 4 == 0)
            {
                (reporter, partner, product) = (
                    economies[random.Next(economies.Length)],
                    economies[random.Next(economies.Length)],
                    subheadings[random.Next(subheadings.Length)]
                );
            }
            var missing = random.Next(10) == 0;
            appender.Append(
                reporter,
                partner,
                TradeDirection.Exports,
                product,
                random.Next(12) == 0
                    ? fiscal
                    : ReferencePeriod.ForQuarter(2023 + random.Next(2), 1 + random.Next(4)),
                missing ? null : random.Next(1, 1_000_000) / 100m,
                missing ? ObservationStatus.Missing : ObservationStatus.Normal
            );
        }
        using var engine = await Engine(flows, "sparse");
        var query = FlowQuery.By(
            FlowDimension.Year,
            FlowDimension.Reporter,
            FlowDimension.Partner,
            FlowDimension.Category
        );

        var expected = flows.Aggregate(query);
        var actual = engine.Aggregate(query, TestContext.Current.CancellationToken);

        Assert.True(
            Scratch.Cells(expected).Count < Scratch.Cells(expected).Sum(c => c.Item3),
            "some cells have several flows"
        );
        Assert.True(expected.FlowsOutside > 0, "some flows are of the fiscal year");
        Assert.Equal(Scratch.Cells(expected), Scratch.Cells(actual));
        Assert.Equal(expected.FlowsOutside, actual.FlowsOutside);
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

        Assert.Equal(Scratch.Cells(expected), Scratch.Cells(actual));
        Assert.Equal(2, expected.FlowsOutside);
        Assert.Equal(expected.FlowsOutside, actual.FlowsOutside);
    }

    [Fact]
    public async Task Totals_keep_the_scale_of_the_values_as_the_in_memory_engine_does()
    {
        // 1.5 + 1.5 is 3.0, not 3: DuckDB's driver drops trailing zeros, the engine puts back the dataset's scale.
        var flows = new TradeFlowCollection(Hs, Currency.USD);
        var china = Economy.FromCode("CHN");
        foreach (var (partner, value) in new[] { ("USA", 1.5m), ("USA", 1.5m), ("JPN", 2.25m) })
        {
            flows.Add(
                new TradeFlow(
                    china,
                    Economy.FromCode(partner),
                    TradeDirection.Exports,
                    Hs["850110"],
                    ReferencePeriod.ForYear(2024),
                    new Money(value, Currency.USD)
                )
            );
        }
        using var engine = await Engine(flows, "scale");
        var query = FlowQuery.By(FlowDimension.Partner);

        var expected = flows.Aggregate(query).Select(c => c.Total?.ToString()).ToList();
        var actual = engine
            .Aggregate(query, TestContext.Current.CancellationToken)
            .Select(c => c.Total?.ToString())
            .ToList();

        Assert.Equal(["USD 3.00", "USD 2.25"], expected.Order().Reverse());
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Category_codes_longer_than_DuckDB_keeps_in_place_give_the_cube_of_the_in_memory_engine()
    {
        // DuckDB keeps a text of up to 12 bytes inside its cell and a longer one behind a pointer: codes of both kinds.
        var sectors = new ClassificationBuilder("Sectors", "1")
            .Add("ALL", "All sectors", null, CategoryRelation.Root)
            .Add("KNOWLEDGE-INTENSIVE", "Knowledge-intensive services", "ALL")
            .Add("KNOWLEDGE-INTENSIVE-FINANCIAL", "Financial services", "KNOWLEDGE-INTENSIVE")
            .Add(
                "KNOWLEDGE-INTENSIVE-ICT",
                "Computer and information services",
                "KNOWLEDGE-INTENSIVE"
            )
            .Add("TRAVEL", "Travel", "ALL")
            .Add("TRAVEL-P", "Personal travel", "TRAVEL")
            .Build();
        string[] leaves = ["KNOWLEDGE-INTENSIVE-FINANCIAL", "KNOWLEDGE-INTENSIVE-ICT", "TRAVEL-P"];
        var random = new Random(5);
        var flows = new TradeFlowCollection(sectors, Currency.USD);
        for (var i = 0; i < 300; i++)
        {
            flows.Add(
                new TradeFlow(
                    Economy.FromCode(i % 2 == 0 ? "CHN" : "USA"),
                    Economy.FromCode("DEU"),
                    TradeDirection.Exports,
                    sectors[leaves[i % 3]],
                    ReferencePeriod.ForYear(2023 + (i % 5 % 2)),
                    new Money(random.Next(1, 1_000_000) / 100m, Currency.USD)
                )
            );
        }
        var dataset = Path.Combine(folder, "sectors");
        await TradeParquet.WritePartitionedAsync(
            flows,
            dataset,
            TestContext.Current.CancellationToken
        );
        using var engine = DuckDbFlowEngine.OverParquet(dataset, sectors, Currency.USD);

        foreach (
            var query in new[]
            {
                FlowQuery.By(FlowDimension.Year, FlowDimension.Category),
                FlowQuery.By(FlowDimension.Reporter, FlowDimension.CategoryAtLevel(1)),
            }
        )
        {
            var expected = flows.Aggregate(query);
            var actual = engine.Aggregate(query, TestContext.Current.CancellationToken);

            Assert.Contains(actual, c => c.Key.Category!.Code.Length > 12);
            Assert.Contains(actual, c => c.Key.Category!.Code.Length <= 12);
            Assert.Equal(Scratch.Cells(expected), Scratch.Cells(actual));
        }
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
        var e = ReportersRefused(
            "unknown",
            "SELECT 'ZZZ' AS reporter, 'USA' AS partner, 'Exports' AS direction, '850110' AS category, '2024' AS period, 2024 AS year, CAST(1 AS DECIMAL(38, 2)) AS value"
        );

        Assert.Contains("'ZZZ'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flow_without_a_code_in_the_dataset_is_named_by_the_dimension_that_needs_it()
    {
        var e = ReportersRefused(
            "no-reporter",
            "SELECT * FROM (VALUES ('CHN', 'USA', 'Exports', '850110', '2024', 2024, CAST(1 AS DECIMAL(38, 2))), (NULL, 'USA', 'Exports', '850110', '2024', 2024, CAST(2 AS DECIMAL(38, 2)))) AS t(reporter, partner, direction, category, period, year, value)"
        );

        Assert.Contains("Reporter", e.Message, StringComparison.Ordinal);
        Assert.Contains("NULL", e.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Writes the rows of a SELECT as one Parquet file of this test's own, opens an engine on it and asks for totals by
    /// reporter, which the engine must refuse.
    /// </summary>
    private FormatException ReportersRefused(string name, string select)
    {
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, name + ".parquet");
        Scratch.Execute($"COPY ({select}) TO '{file}' (FORMAT parquet)");
        using var engine = DuckDbFlowEngine.OverParquet(file, Hs, Currency.USD);
        return Assert.Throws<FormatException>(() =>
            engine.Aggregate(
                FlowQuery.By(FlowDimension.Reporter),
                TestContext.Current.CancellationToken
            )
        );
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Writes flows as a Parquet dataset partitioned by year (in a folder of this test's own) and opens an engine on it.</summary>
    private async Task<DuckDbFlowEngine> Engine(TradeFlowCollection flows, string name)
    {
        var dataset = Path.Combine(folder, name);
        await TradeParquet.WritePartitionedAsync(
            flows,
            dataset,
            TestContext.Current.CancellationToken
        );
        return DuckDbFlowEngine.OverParquet(dataset, Hs, Currency.USD);
    }

    /// <summary>
    /// Quantities are doubles (UnitsNet's), summed by DuckDB in its own order and per unit before conversion, so they
    /// agree with the in-memory sums to the last few bits, not bit for bit: within one part in 10^12.
    /// </summary>
    private static void AssertSameQuantities(FlowCube expected, FlowCube actual)
    {
        foreach (var (e, a) in expected.Zip(actual))
        {
            Assert.Equal(e.FlowsWithQuantity, a.FlowsWithQuantity);
            Assert.Equal(
                e.Quantities.Select(q => q.Unit.GetType().Name).Order(),
                a.Quantities.Select(q => q.Unit.GetType().Name).Order()
            );
            foreach (var q in e.Quantities)
            {
                var other = a.Quantities.Single(k => k.Unit.GetType() == q.Unit.GetType());
                Assert.Equal((double)q.Value, other.As(q.Unit), Close((double)q.Value));
            }
            Assert.Equal(e.UnitValue is null, a.UnitValue is null);
            if (e.UnitValue is { } ev && a.UnitValue is { } av)
            {
                var price = (double)ev.Price.Amount;
                Assert.Equal(price, (double)av.ConvertTo(ev.Unit).Price.Amount, Close(price));
            }
        }
    }

    private static double Close(double value) => 1e-12 * Math.Max(1, Math.Abs(value));

    /// <summary>Collects reports as they come (from DuckDB's polling thread), unlike Progress, which posts them.</summary>
    private sealed class Collect<T>(List<T> reports) : IProgress<T>
    {
        public void Report(T value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
