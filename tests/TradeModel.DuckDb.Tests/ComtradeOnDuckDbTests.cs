using TradeModel.Analysis;
using TradeModel.Data.Comtrade;
using TradeModel.Economies;
using TradeModel.Flows;
using TradeModel.Tests.Analysis;

namespace TradeModel.DuckDb.Tests;

/// <summary>
/// UN Comtrade's bulk and API columns in Parquet, as DuckDB (or pandas) writes what the API returns, on the DuckDB
/// engine: every query gives the cube of the detail flows <see cref="ComtradeFile.ReadParquet"/> reads from the same
/// file (aggregates never added to them, months, value bases, quantities in their unit or by net weight), and the rows
/// the model cannot hold are refused as that reader refuses them.
/// </summary>
public sealed class ComtradeOnDuckDbTests : IDisposable
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private readonly string folder = Directory.CreateTempSubdirectory("tm-comtrade-").FullName;

    /// <summary>
    /// Three thousand rows of a monthly extract: UN Comtrade's economy codes (Italy 381, Other Asia 490, the World 0),
    /// the four flow codes, subheadings with their headings and chapters as aggregate rows (and a TOTAL), values on all
    /// three bases (a CIF value missing on exports), quantities in items, thousands of items, kilograms, pairs (no
    /// UnitsNet unit: the net weight instead) or none.
    /// </summary>
    private const string Extract = """
        SELECT
          [156, 381, 490, 842, 251][1 + n % 5] AS reporterCode,
          [0, 842, 156, 381, 490, 699][1 + (n // 5) % 6] AS partnerCode,
          ['X', 'M', 'RX', 'RM'][1 + n % 4] AS flowCode,
          'H6' AS classificationCode,
          CASE WHEN n % 23 = 0 THEN 'TOTAL' WHEN n % 19 = 0 THEN '8703' WHEN n % 17 = 0 THEN '87'
               ELSE ['010121', '847130', '870323', '271019', '640399'][1 + (n // 3) % 5] END AS cmdCode,
          CAST(202400 + 1 + n % 12 AS BIGINT) AS period,
          CAST(((n * 7919) % 100000000) / 100.0 AS DOUBLE) AS primaryValue,
          CAST(((n * 7919) % 100000000) / 100.0 AS DOUBLE) AS fobvalue,
          CASE WHEN n % 4 = 0 THEN NULL ELSE CAST(((n * 8123) % 100000000) / 100.0 AS DOUBLE) END AS cifvalue,
          [5, 9, 8, 6, -1][1 + (n // 2) % 5] AS qtyUnitCode,
          CASE WHEN n % 29 = 0 THEN NULL ELSE CAST((n * 31) % 10000 AS DOUBLE) END AS qty,
          CASE WHEN n % 7 = 0 THEN NULL ELSE CAST((n * 13) % 50000 AS DOUBLE) / 4 END AS netWgt,
          0 AS partner2Code,
          'C00' AS customsCode,
          0 AS motCode,
          n % 31 = 0 AS isAggregate
        FROM range(3000) AS t(n)
        """;

    private static readonly FlowQuery[] Queries =
    [
        QueryShapes.ByName["grand total"],
        QueryShapes.ByName["every flow as stored"],
        FlowQuery.By(FlowDimension.Partner, FlowDimension.Direction),
        FlowQuery.By(FlowDimension.Period, FlowDimension.Category),
        FlowQuery.By(FlowDimension.Year).Where(new FlowFilter(Reporter: Economy.FromCode("ITA"))),
    ];

    public static TheoryData<ComtradeValueBasis> Bases =>
        new(ComtradeValueBasis.Primary, ComtradeValueBasis.Fob, ComtradeValueBasis.Cif);

    [Theory]
    [MemberData(nameof(Bases))]
    public void A_monthly_extract_gives_the_engine_the_cubes_of_the_detail_flows_the_in_memory_reader_reads(
        ComtradeValueBasis basis
    )
    {
        var file = Write(Extract);
        var options = new ComtradeReadOptions { ValueBasis = basis };
        var expected = ComtradeFile.ReadParquet(file, options, Token);

        using var engine = DuckDbFlowEngine.OverComtradeParquet(file, options, null);

        Assert.NotEmpty(expected.Aggregates!);
        Assert.Equal(Currency.USD, engine.Currency);
        foreach (var query in Queries)
        {
            var inMemory = expected.Flows.Aggregate(query);
            var onDuckDb = engine.Aggregate(query, Token);
            Assert.Equal(Scratch.Cells(inMemory), Scratch.Cells(onDuckDb));
            Assert.Equal(Quantities(inMemory), Quantities(onDuckDb));
        }
    }

    [Fact]
    public void The_engine_loads_the_detail_flows_the_in_memory_reader_reads_in_their_order()
    {
        var file = Write(Extract);
        var expected = ComtradeFile.ReadParquet(file, null, Token).Flows;
        using var engine = DuckDbFlowEngine.OverComtradeParquet(file);

        var loaded = engine.ReadFlows(null, Token);

        Assert.Equal(
            expected.Select(f => System.Text.Json.JsonSerializer.Serialize(f)),
            loaded.Select(f => System.Text.Json.JsonSerializer.Serialize(f))
        );
        Assert.Contains(loaded, f => f.Period == ReferencePeriod.ForMonth(2024, 12));
        Assert.Contains(loaded, f => f.Direction == TradeDirection.ReImports);
    }

    [Fact]
    public void Commodity_codes_stored_as_integers_read_as_the_codes_they_were_in_memory_and_on_DuckDB()
    {
        // pandas turns a column of digits into integers: 010121 becomes 10121, the heading 8703 stays 8703.
        var digits = Extract.Replace(
            "WHEN n % 23 = 0 THEN 'TOTAL'",
            "WHEN n % 23 = 0 THEN '0101'",
            StringComparison.Ordinal
        );
        var text = Write(digits, "text.parquet");
        var integers = Write(
            $"SELECT * REPLACE (CAST(cmdCode AS BIGINT) AS cmdCode) FROM ({digits})",
            "integers.parquet"
        );
        var expected = ComtradeFile.ReadParquet(text, null, Token);

        var read = ComtradeFile.ReadParquet(integers, null, Token);
        using var engine = DuckDbFlowEngine.OverComtradeParquet(integers);

        Assert.Equal(
            expected.Flows.Select(f => System.Text.Json.JsonSerializer.Serialize(f)),
            read.Flows.Select(f => System.Text.Json.JsonSerializer.Serialize(f))
        );
        Assert.Equal(expected.Aggregates!.Count, read.Aggregates!.Count);
        Assert.Contains(read.Flows, f => f.Category.Code == "010121");
        Assert.Contains(read.Aggregates, f => f.Category.Code == "0101");
        var query = QueryShapes.ByName["every flow as stored"];
        Assert.Equal(
            Scratch.Cells(expected.Flows.Aggregate(query)),
            Scratch.Cells(engine.Aggregate(query, Token))
        );
    }

    [Fact]
    public void The_API_s_own_file_copied_by_DuckDB_gives_the_engine_the_cube_of_its_detail()
    {
        var csv = Scratch.ComtradeFixture;
        var file = Path.Combine(folder, "api.parquet");
        Scratch.Execute(
            $"COPY (SELECT * FROM read_csv('{csv}', header = true)) TO '{file}' (FORMAT parquet)"
        );
        var expected = ComtradeFile.Read(csv, null, Token).Flows;

        using var engine = DuckDbFlowEngine.OverComtradeParquet(file);

        var query = QueryShapes.ByName["every flow as stored"];
        Assert.Equal(
            Scratch.Cells(expected.Aggregate(query)),
            Scratch.Cells(engine.Aggregate(query, Token))
        );
        Assert.Equal(expected.Count, engine.ReadFlows(null, Token).Count);
    }

    [Theory]
    [InlineData("partner2Code", "156", "0")]
    [InlineData("customsCode", "'C01'", "'C00'")]
    [InlineData("motCode", "1000", "0")]
    public void A_row_broken_down_further_is_refused_before_the_first_query(
        string column,
        string breakdown,
        string whole
    )
    {
        var file = Write(
            Extract.Replace(
                $"{whole} AS {column}",
                $"CASE WHEN n = 1500 THEN {breakdown} ELSE {whole} END AS {column}",
                StringComparison.Ordinal
            )
        );
        using var engine = DuckDbFlowEngine.OverComtradeParquet(file);

        var error = Assert.Throws<FormatException>(() => engine.Aggregate(FlowQuery.By(), Token));

        Assert.Contains($"column '{column}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("count trade twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_classification_code_of_another_edition_is_refused_when_the_engine_opens()
    {
        var file = Write(Extract.Replace("'H6' AS", "'H5' AS", StringComparison.Ordinal));

        var error = Assert.Throws<FormatException>(() =>
            DuckDbFlowEngine.OverComtradeParquet(file)
        );

        Assert.Contains("'H5'", error.Message, StringComparison.Ordinal);
        Assert.Contains("HS 2022", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_value_and_an_unknown_flow_code_are_refused()
    {
        var negative = Write(
            Extract.Replace(
                "CAST(((n * 7919) % 100000000) / 100.0 AS DOUBLE) AS primaryValue",
                "CASE WHEN n = 10 THEN -5.0 ELSE 1.0 END AS primaryValue",
                StringComparison.Ordinal
            ),
            "negative.parquet"
        );
        var flow = Write(
            Extract.Replace(
                "['X', 'M', 'RX', 'RM']",
                "['X', 'M', 'DX', 'RM']",
                StringComparison.Ordinal
            ),
            "flow.parquet"
        );
        using var engine = DuckDbFlowEngine.OverComtradeParquet(negative);

        var value = Assert.Throws<FormatException>(() => engine.Aggregate(FlowQuery.By(), Token));
        var code = Assert.Throws<FormatException>(() => DuckDbFlowEngine.OverComtradeParquet(flow));

        Assert.Contains("-5", value.Message, StringComparison.Ordinal);
        Assert.Contains("'primaryValue'", value.Message, StringComparison.Ordinal);
        Assert.Contains("'DX'", code.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_without_a_column_UN_Comtrade_always_writes_are_refused_by_name()
    {
        var file = Write(
            "SELECT 156 AS reporterCode, 0 AS partnerCode, 'X' AS flowCode, '010121' AS cmdCode, 2024 AS period"
        );

        var error = Assert.Throws<ArgumentException>(() =>
            DuckDbFlowEngine.OverComtradeParquet(file)
        );

        Assert.Contains("'primaryValue'", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string select, string name = "comtrade.parquet")
    {
        var file = Path.Combine(folder, name);
        Scratch.Execute($"COPY ({select}) TO '{file}' (FORMAT parquet)");
        return file;
    }

    /// <summary>Each cell's quantities by unit (in the order of the units' names), exactly: every quantity here is a whole number or a quarter, so sums in any order agree.</summary>
    private static List<string> Quantities(FlowCube cube) =>
        [
            .. cube.Select(c =>
                string.Join(
                    "; ",
                    c.Quantities.Select(q =>
                            $"{q.Unit}: {q.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}"
                        )
                        .Order(StringComparer.Ordinal)
                )
            ),
        ];
}
