using System.Globalization;
using System.Text;
using TradeModel.Analysis;
using TradeModel.Classifications;
using TradeModel.Data;
using TradeModel.Data.Baci;
using TradeModel.Data.Mapped;
using TradeModel.Economies;
using TradeModel.Flows;
using TradeModel.Tests.Analysis;

namespace TradeModel.DuckDb.Tests;

/// <summary>
/// BACI written to Parquet by DuckDB itself, in the shapes analysts' files have (text codes and DECIMAL values; integer
/// codes and DOUBLE values as pandas leaves them; hive-partitioned by year), read through <see cref="FlowLayout.Baci"/>
/// by both engines: the in-memory reader gives the flows of the BACI CSV the files came from, and the DuckDB engine the
/// cubes those flows give.
/// </summary>
public sealed class ForeignLayoutTests : IDisposable
{
    private static readonly Classification Hs = HarmonizedSystem2022.Classification;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private readonly string folder = Directory.CreateTempSubdirectory("tm-layout-").FullName;

    /// <summary>Each shape: the SELECT DuckDB copies from the CSV's table, and whether the copy is partitioned by year.</summary>
    public static TheoryData<string> Shapes => new(ShapeSql.Keys);

    private static readonly Dictionary<string, (string Select, bool ByYear)> ShapeSql = new()
    {
        ["text codes, DECIMAL values"] = (
            "SELECT t, i, j, k, CAST(v AS DECIMAL(18, 3)) AS v, CAST(q AS DECIMAL(18, 3)) AS q FROM baci",
            false
        ),
        ["integer codes, DOUBLE values (pandas)"] = (
            "SELECT CAST(t AS BIGINT) AS t, CAST(i AS BIGINT) AS i, CAST(j AS BIGINT) AS j, CAST(k AS BIGINT) AS k, CAST(v AS DOUBLE) AS v, CAST(q AS DOUBLE) AS q FROM baci",
            false
        ),
        ["hive-partitioned by year"] = (
            "SELECT t, i, j, k, CAST(v AS DECIMAL(18, 3)) AS v, CAST(q AS DECIMAL(18, 3)) AS q FROM baci",
            true
        ),
        ["hive-partitioned, integer codes, DOUBLE values"] = (
            "SELECT t, CAST(i AS BIGINT) AS i, CAST(j AS BIGINT) AS j, CAST(k AS BIGINT) AS k, CAST(v AS DOUBLE) AS v, CAST(q AS DOUBLE) AS q FROM baci",
            true
        ),
    };

    private static readonly FlowQuery[] Queries =
    [
        QueryShapes.ByName["grand total"],
        QueryShapes.ByName["year, reporter, chapter"],
        QueryShapes.ByName["every flow as stored"],
        FlowQuery.By(FlowDimension.Partner, FlowDimension.Year),
        FlowQuery.By(FlowDimension.Year).Where(new FlowFilter(Reporter: Economy.FromCode("ITA"))),
    ];

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task BACI_Parquet_written_by_DuckDB_reads_in_memory_as_the_BACI_csv_it_came_from(
        string shape
    )
    {
        var (csv, expected) = BaciCsv();
        var dataset = WriteWithDuckDb(csv, shape);

        var result = await MappedParquet.ReadDatasetAsync(
            dataset,
            new MappedParquetOptions { Layout = FlowLayout.Baci() },
            Token
        );

        Assert.Equal(Rows(expected), Rows(result.Flows));
        Assert.Equal(expected.Count, result.Report.Accepted);
        Assert.Equal(0, result.Report.Rejected);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void BACI_Parquet_written_by_DuckDB_gives_the_DuckDB_engine_the_cubes_of_the_BACI_csv(
        string shape
    )
    {
        var (csv, expected) = BaciCsv();
        var dataset = WriteWithDuckDb(csv, shape);

        using var engine = DuckDbFlowEngine.OverParquet(dataset, FlowLayout.Baci());

        Assert.Equal(Currency.USD, engine.Currency);
        foreach (var query in Queries)
        {
            var inMemory = expected.Aggregate(query);
            var onDuckDb = engine.Aggregate(query, Token);
            Assert.Equal(Scratch.Cells(inMemory), Scratch.Cells(onDuckDb));
            Assert.Equal(
                inMemory.Select(c => c.FlowsWithQuantity),
                onDuckDb.Select(c => c.FlowsWithQuantity)
            );
            foreach (var (a, b) in inMemory.Zip(onDuckDb))
            {
                var tonnes = a.Quantities.Sum(q => q.As(UnitsNet.Units.MassUnit.Tonne));
                var other = b.Quantities.Sum(q => q.As(UnitsNet.Units.MassUnit.Tonne));
                Assert.Equal(tonnes, other, 1e-9 * Math.Max(1, tonnes));
            }
        }
    }

    public static TheoryData<string> QueryNames => new(QueryShapes.ByName.Keys);

    [Theory]
    [MemberData(nameof(QueryNames))]
    public async Task TradeModel_s_own_columns_read_as_a_layout_give_the_cubes_of_the_flows_written(
        string name
    )
    {
        var flows = RandomFlows.Make(seed: 5, count: 2_000);
        var dataset = Path.Combine(folder, "own");
        await Data.Parquet.TradeParquet.WritePartitionedAsync(flows, dataset, Token);
        var query = QueryShapes.ByName[name];

        using var engine = DuckDbFlowEngine.OverParquet(dataset, FlowLayout.TradeModelColumns(Hs));
        var inMemory = (
            await MappedParquet.ReadDatasetAsync(
                dataset,
                new MappedParquetOptions { Layout = FlowLayout.TradeModelColumns(Hs) },
                Token
            )
        ).Flows;

        Assert.Equal(
            Scratch.Cells(flows.Aggregate(query)),
            Scratch.Cells(engine.Aggregate(query, Token))
        );
        Assert.Equal(
            Scratch.Cells(flows.Aggregate(query)),
            Scratch.Cells(inMemory.Aggregate(query))
        );
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void BACI_Parquet_written_by_DuckDB_loads_through_DuckDB_as_the_flows_of_the_BACI_csv(
        string shape
    )
    {
        var (csv, expected) = BaciCsv();
        var dataset = WriteWithDuckDb(csv, shape);
        using var engine = DuckDbFlowEngine.OverParquet(dataset, FlowLayout.Baci());

        var flows = engine.ReadFlows(null, Token);

        Assert.Equal(Rows(expected), Rows(flows));
    }

    [Theory]
    [InlineData("text codes, DECIMAL values")]
    [InlineData("integer codes, DOUBLE values (pandas)")]
    public void The_engine_keeps_each_economy_s_code_as_the_files_wrote_it(string shape)
    {
        // The CSV names Italy both as 380 and as 381: the first row's code is kept, as the CSV reader keeps it.
        var (csv, _) = BaciCsv();
        var expected = BaciFile.Read(csv, null, Token).CodesAsWritten;
        using var engine = DuckDbFlowEngine.OverParquet(
            WriteWithDuckDb(csv, shape),
            FlowLayout.Baci()
        );

        var written = engine.CodesAsWritten;

        Assert.Equal(
            expected.OrderBy(p => p.Key.Code, StringComparer.Ordinal),
            written.OrderBy(p => p.Key.Code, StringComparer.Ordinal)
        );
        Assert.Equal(expected[Economy.FromCode("ITA")], written[Economy.FromCode("ITA")]);
        Assert.Equal("490", written[Economy.FromComtradeCode(490)]);
    }

    [Fact]
    public async Task TradeModel_s_own_files_keep_their_economy_codes_as_written_on_the_engine()
    {
        var flows = RandomFlows.Make(seed: 8, count: 1_000);
        var file = Path.Combine(folder, "codes.parquet");
        await Data.Parquet.TradeParquet.WriteFileAsync(flows, file, Token);
        var expected = (
            await Data.Parquet.TradeParquet.ReadAsync(file, null, Token)
        ).CodesAsWritten;
        using var engine = DuckDbFlowEngine.OverParquet(file, Hs, Currency.USD);

        Assert.NotEmpty(expected);
        Assert.Equal(
            expected.OrderBy(p => p.Key.Code, StringComparer.Ordinal),
            engine.CodesAsWritten.OrderBy(p => p.Key.Code, StringComparer.Ordinal)
        );
    }

    [Fact]
    public async Task Flows_loaded_through_DuckDB_are_the_flows_written_in_their_order()
    {
        var flows = RandomFlows.Make(seed: 6, count: 3_000);
        var file = Path.Combine(folder, "one.parquet");
        await Data.Parquet.TradeParquet.WriteFileAsync(flows, file, Token);
        using var engine = DuckDbFlowEngine.OverParquet(file, Hs, Currency.USD);

        var loaded = engine.ReadFlows(null, Token);

        Assert.Equal(flows.Select(Parts), loaded.Select(Parts));
    }

    [Fact]
    public async Task A_filter_loads_only_the_flows_it_keeps()
    {
        var flows = RandomFlows.Make(seed: 7, count: 3_000);
        var dataset = Path.Combine(folder, "filtered");
        await Data.Parquet.TradeParquet.WritePartitionedAsync(flows, dataset, Token);
        using var engine = DuckDbFlowEngine.OverParquet(dataset, Hs, Currency.USD);
        var filter = new FlowFilter(
            Reporter: QueryShapes.Eurasia,
            Direction: TradeDirection.Exports,
            Category: Hs["01"]
        );

        var loaded = engine.ReadFlows(filter, Token);

        Assert.NotEmpty(loaded);
        // A dataset partitioned by year is read a year at a time: the same flows, in another order.
        Assert.Equal(Sorted(flows.Where(filter)), Sorted(loaded));
    }

    [Fact]
    public void The_DuckDB_engine_refuses_a_DOUBLE_value_with_more_decimals_than_BACI_writes()
    {
        var file = Path.Combine(folder, "bad.parquet");
        Scratch.Execute(
            $"COPY (SELECT 2024 AS t, 156 AS i, 842 AS j, 10121 AS k, 0.1::DOUBLE + 0.2::DOUBLE AS v, 1.0::DOUBLE AS q) TO '{file}' (FORMAT parquet)"
        );
        using var engine = DuckDbFlowEngine.OverParquet(file, FlowLayout.Baci());

        var query = Assert.Throws<FormatException>(() => engine.Aggregate(FlowQuery.By(), Token));
        var load = Assert.Throws<FormatException>(() => engine.ReadFlows(null, Token));

        Assert.Contains("0.30000000000000004", query.Message, StringComparison.Ordinal);
        Assert.Contains("'v'", query.Message, StringComparison.Ordinal);
        Assert.Contains("0.30000000000000004", load.Message, StringComparison.Ordinal);
        Assert.Contains("row 1", load.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_DuckDB_engine_refuses_a_negative_quantity_in_a_query_and_in_a_load()
    {
        var file = Path.Combine(folder, "negative.parquet");
        Scratch.Execute(
            $"COPY (SELECT 2024 AS t, 156 AS i, 842 AS j, '010121' AS k, 1.5 AS v, -2.0::DOUBLE AS q) TO '{file}' (FORMAT parquet)"
        );
        using var engine = DuckDbFlowEngine.OverParquet(file, FlowLayout.Baci());

        var query = Assert.Throws<FormatException>(() => engine.Aggregate(FlowQuery.By(), Token));
        var load = Assert.Throws<FormatException>(() => engine.ReadFlows(null, Token));

        Assert.Contains("'-2", query.Message, StringComparison.Ordinal);
        Assert.Contains("'q'", load.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_glob_of_files_of_any_layout_is_one_dataset_and_a_glob_of_nothing_is_refused()
    {
        var (csv, expected) = BaciCsv();
        var dataset = WriteWithDuckDb(csv, "hive-partitioned by year");

        using var engine = DuckDbFlowEngine.OverParquetGlob(
            Path.Combine(dataset, "t=*", "*.parquet"),
            FlowLayout.Baci()
        );
        var none = Assert.Throws<ArgumentException>(() =>
            DuckDbFlowEngine.OverParquetGlob(
                Path.Combine(dataset, "t=1999", "*.parquet"),
                FlowLayout.Baci()
            )
        );

        Assert.Equal(Rows(expected), Rows(engine.ReadFlows(null, Token)));
        Assert.Contains("matches no file", none.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_layout_that_gives_no_direction_is_refused_by_the_engine()
    {
        var (csv, _) = BaciCsv();
        var file = WriteWithDuckDb(csv, "text codes, DECIMAL values");

        var error = Assert.Throws<ArgumentException>(() =>
            DuckDbFlowEngine.OverParquet(file, FlowLayout.Baci() with { Direction = null })
        );

        Assert.Equal("layout", error.ParamName);
        Assert.Contains("direction", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_direction_code_the_layout_does_not_read_is_named_when_the_engine_opens()
    {
        var file = Path.Combine(folder, "flows.parquet");
        Scratch.Execute(
            $"COPY (SELECT * FROM (VALUES ('CHN', 'USA', 'X', '010121', '2024', 1.5), ('CHN', 'USA', '', '010121', '2023', 1.5)) AS t(r, p, d, k, y, v)) TO '{file}' (FORMAT parquet)"
        );
        var layout = new FlowLayout
        {
            Columns = new ColumnMapping
            {
                Reporter = "r",
                Partner = "p",
                Direction = "d",
                Category = "k",
                Period = "y",
                Value = "v",
            },
            Currency = Currency.USD,
        };

        var error = Assert.Throws<FormatException>(() =>
            DuckDbFlowEngine.OverParquet(file, layout)
        );

        Assert.Contains("direction ''", error.Message, StringComparison.Ordinal);
        Assert.Contains("'d'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_DuckDB_engine_names_a_layout_column_the_dataset_lacks()
    {
        var file = Path.Combine(folder, "no-year.parquet");
        Scratch.Execute(
            $"COPY (SELECT 156 AS i, 842 AS j, '010121' AS k, 1.5 AS v, 1.0 AS q) TO '{file}' (FORMAT parquet)"
        );

        var error = Assert.Throws<ArgumentException>(() =>
            DuckDbFlowEngine.OverParquet(file, FlowLayout.Baci())
        );

        Assert.Contains("'t'", error.Message, StringComparison.Ordinal);
        Assert.Contains("i, j, k, v, q", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_DuckDB_engine_names_a_product_code_no_leading_zeros_can_restore()
    {
        var file = Path.Combine(folder, "short-code.parquet");
        Scratch.Execute(
            $"COPY (SELECT 2024 AS t, 156 AS i, 842 AS j, 99 AS k, 1.5 AS v, 1.0 AS q) TO '{file}' (FORMAT parquet)"
        );
        using var engine = DuckDbFlowEngine.OverParquet(file, FlowLayout.Baci());

        var error = Assert.Throws<FormatException>(() =>
            engine.Aggregate(FlowQuery.By(FlowDimension.Category), Token)
        );

        Assert.Contains("'000099'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UN_Comtrade_columns_in_Parquet_as_DuckDB_types_them_read_as_the_CSV_they_came_from()
    {
        var csv = Scratch.ComtradeFixture;
        var file = Path.Combine(folder, "comtrade.parquet");
        // DuckDB guesses the types as pandas would: codes as integers where they can be, values as doubles.
        Scratch.Execute(
            $"COPY (SELECT * FROM read_csv('{Path.GetFullPath(csv)}', header = true)) TO '{file}' (FORMAT parquet)"
        );
        var expected = Data.Comtrade.ComtradeFile.Read(csv, null, Token);

        var actual = await Data.Comtrade.ComtradeFile.ReadParquetAsync(file, null, Token);

        Assert.Equal(expected.Flows.Select(Parts), actual.Flows.Select(Parts));
        Assert.Equal(expected.Aggregates!.Select(Parts), actual.Aggregates!.Select(Parts));
        Assert.Equal(expected.Report.Accepted, actual.Report.Accepted);
        Assert.NotEmpty(actual.Flows);
        Assert.NotEmpty(actual.Aggregates!);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>
    /// A BACI CSV of two years with the codes that trip readers (Italy as 380 and 381, France 251, the USA 842, Other
    /// Asia 490; products with a leading zero), values of three decimals and quantities missing on about one row in fifty;
    /// and its flows as <see cref="BaciFile"/> reads them.
    /// </summary>
    private (string Path, TradeFlowCollection Flows) BaciCsv()
    {
        var random = new Random(23);
        int[] economies = [156, 251, 380, 381, 490, 842, 276, 392, 410, 699];
        var products = Hs.Categories.Where(c => c.Code.Length == 6).Take(400).ToArray();
        var text = new StringBuilder("t,i,j,k,v,q\n");
        for (var row = 0; row < 3_000; row++)
        {
            var i = economies[random.Next(economies.Length)];
            var j = economies[random.Next(economies.Length)];
            var value = random.NextInt64(1, 50_000_000) / 1000m;
            var quantity =
                random.Next(50) == 0
                    ? "NA"
                    : (random.NextInt64(0, 9_000_000) / 1000m).ToString(
                        CultureInfo.InvariantCulture
                    );
            text.Append(
                CultureInfo.InvariantCulture,
                $"{2022 + random.Next(2)},{i},{j},{products[random.Next(products.Length)].Code},{value},{quantity}\n"
            );
        }
        var path = Path.Combine(folder, "BACI_HS22_Y2023_V202501.csv");
        File.WriteAllText(path, text.ToString());
        return (path, BaciFile.Read(path, null, Token).Flows);
    }

    /// <summary>The CSV copied to Parquet by DuckDB in a shape; the file, or the partitioned dataset's folder.</summary>
    private string WriteWithDuckDb(string csv, string shape)
    {
        var (select, byYear) = ShapeSql[shape];
        var target = Path.Combine(folder, byYear ? "hive" : "flat.parquet");
        Scratch.Execute(
            $"CREATE TABLE baci AS SELECT * FROM read_csv('{csv}', header = true, nullstr = 'NA', types = {{'t': 'INTEGER', 'i': 'INTEGER', 'j': 'INTEGER', 'k': 'VARCHAR', 'v': 'DECIMAL(18, 3)', 'q': 'DECIMAL(18, 3)'}});\n"
                + $"COPY ({select}) TO '{target}' (FORMAT parquet{(byYear ? ", PARTITION_BY (t)" : "")})"
        );
        return target;
    }

    /// <summary>Each flow as its JSON record, in order of the record (hive folders reorder rows by year).</summary>
    private static string[] Rows(IEnumerable<TradeFlow> flows) =>
        [
            .. flows
                .Select(f => System.Text.Json.JsonSerializer.Serialize(f))
                .Order(StringComparer.Ordinal),
        ];

    private static IEnumerable<object> Sorted(IEnumerable<TradeFlow> flows) =>
        flows
            .OrderBy(f => f.Period)
            .ThenBy(f => f.Reporter.Code, StringComparer.Ordinal)
            .ThenBy(f => f.Partner.Code, StringComparer.Ordinal)
            .ThenBy(f => f.Direction)
            .ThenBy(f => f.Category.Code, StringComparer.Ordinal)
            .ThenBy(f => f.Value?.Amount)
            .ThenBy(f => f.Status)
            .Select(f => (object)Parts(f));

    /// <summary>A flow's parts, its value compared as a number (a dataset read through DuckDB holds values at the dataset's scale).</summary>
    private static (
        Economy,
        Economy,
        TradeDirection,
        Category,
        ReferencePeriod,
        Money?,
        ObservationStatus,
        double?,
        Enum?
    ) Parts(TradeFlow f) =>
        (
            f.Reporter,
            f.Partner,
            f.Direction,
            f.Category,
            f.Period,
            f.Value,
            f.Status,
            f.Quantity is null ? null : (double)f.Quantity.Value,
            f.Quantity?.Unit
        );
}
