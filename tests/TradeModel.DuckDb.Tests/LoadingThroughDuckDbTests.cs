using TradeModel.Analysis;
using TradeModel.Data.Mapped;
using TradeModel.Flows;
using UnitsNet.Units;

namespace TradeModel.DuckDb.Tests;

/// <summary>
/// <see cref="DuckDbFlowEngine.ReadFlows"/> takes DuckDB's result a chunk of 2,048 rows at a time and reads each column
/// in DuckDB's own memory, by its type. Each column type a writer may choose loads as the in-memory reader
/// (<see cref="MappedParquet"/>, Parquet.Net) reads the same file, row for row; an error names the row across chunks;
/// a read that stops early leaves the engine usable.
/// </summary>
public sealed class LoadingThroughDuckDbTests : IDisposable
{
    private const int Rows = 5_000;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private readonly string folder = Directory.CreateTempSubdirectory("tm-load-").FullName;

    /// <summary>
    /// Five thousand rows (three chunks) of codes and values that every shape casts to its types: economies as ISO 3166
    /// numbers and letters, HS subheadings with leading zeros, years, exact values, quantities missing on one row in
    /// thirteen, and the four direction words.
    /// </summary>
    private static readonly string Base = $"""
        SELECT n,
          [156, 840, 276, 392, 410][1 + n % 5] AS rn,
          ['CHN', 'USA', 'DEU', 'JPN', 'KOR'][1 + n % 5] AS ra,
          [840, 156, 250, 380, 356][1 + (n // 5) % 5] AS pn,
          ['USA', 'CHN', 'FRA', 'ITA', 'IND'][1 + (n // 5) % 5] AS pa,
          ['010121', '020110', '271019', '300490', '870323'][1 + (n // 7) % 5] AS k,
          2020 + n % 4 AS y,
          CAST((n * 7919) % 1000000 AS DECIMAL(18, 2)) / 100 AS v,
          CASE WHEN n % 13 = 0 THEN NULL ELSE ((n * 31) % 10000) / 4.0 END AS q,
          ['X', 'M', 'Exports', 'Imports'][1 + n % 4] AS d
        FROM range({Rows}) AS t(n)
        """;

    /// <summary>Each shape: the SELECT from <see cref="Base"/> the file is written from, and the columns its layout maps beyond r, p, d, k, y, v, q.</summary>
    private static readonly Dictionary<string, (string Select, bool Extras)> ShapeSql = new()
    {
        [
            "SMALLINT and USMALLINT economies, BIGINT products that lost their zeros, DECIMAL(18, 2), DOUBLE"
        ] = (
            "SELECT CAST(rn AS SMALLINT) AS r, CAST(pn AS USMALLINT) AS p, d, CAST(k AS BIGINT) AS k, CAST(y AS INTEGER) AS y, CAST(v AS DECIMAL(18, 2)) AS v, CAST(q AS DOUBLE) AS q FROM base",
            false
        ),
        ["text codes longer than DuckDB keeps inline, DECIMAL(38, 4) in 128 bits, FLOAT"] = (
            "SELECT rpad(ra, 14, ' ') AS r, lpad(pa, 16, ' ') AS p, rpad(d, 13, ' ') AS d, k, CAST(y AS VARCHAR) AS y, CAST(v AS DECIMAL(38, 4)) AS v, CAST(q AS FLOAT) AS q FROM base",
            false
        ),
        ["DECIMAL(9, 2) values and DECIMAL(4, 1) quantities, UTINYINT-free integers"] = (
            "SELECT CAST(rn AS UINTEGER) AS r, CAST(pn AS BIGINT) AS p, d, k, CAST(y AS UBIGINT) AS y, CAST(v AS DECIMAL(9, 2)) AS v, CAST(q / 10 AS DECIMAL(4, 1)) AS q FROM base",
            false
        ),
        ["BIGINT values and INTEGER quantities"] = (
            "SELECT ra AS r, pa AS p, d, k, y, CAST(n * 1000 AS BIGINT) AS v, CAST(q AS INTEGER) AS q FROM base",
            false
        ),
        ["missing values, a unit multiplier, a status and a unit by row"] = (
            """
            SELECT ra AS r, pa AS p, d, k, CAST(y AS VARCHAR) AS y,
              CASE WHEN n % 11 = 0 THEN NULL ELSE v END AS v,
              CASE WHEN n % 17 = 0 THEN NULL ELSE 3 END AS m,
              CASE WHEN n % 11 = 0 THEN 'M' WHEN n % 3 = 0 THEN 'E' WHEN n % 3 = 1 THEN '' ELSE NULL END AS s,
              q,
              CASE WHEN q IS NULL THEN NULL WHEN n % 2 = 0 THEN 't' ELSE 'kg' END AS u
            FROM base
            """,
            true
        ),
    };

    public static TheoryData<string> Shapes => new(ShapeSql.Keys);

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Each_column_type_a_writer_chooses_loads_through_DuckDB_as_the_in_memory_reader_reads_it(
        string shape
    )
    {
        var (select, extras) = ShapeSql[shape];
        var file = Write(select);
        var layout = Layout(extras);
        var expected = (
            await MappedParquet.ReadAsync(file, new MappedParquetOptions { Layout = layout }, Token)
        ).Flows;
        using var engine = DuckDbFlowEngine.OverParquet(file, layout);

        var loaded = engine.ReadFlows(null, Token);

        Assert.Equal(Rows, expected.Count);
        Assert.Equal(Records(expected), Records(loaded));
    }

    [Fact]
    public void A_code_the_layout_cannot_read_is_named_by_its_row_in_a_later_chunk()
    {
        var file = Write(
            "SELECT CASE WHEN n = 3000 THEN 'XXX' ELSE ra END AS r, pa AS p, d, k, y, v, q FROM base"
        );
        using var engine = DuckDbFlowEngine.OverParquet(file, Layout(false));

        var error = Assert.Throws<FormatException>(() => engine.ReadFlows(null, Token));

        // n counts from 0: the row of n = 3000 is the 3,001st, in the second chunk.
        Assert.Contains("row 3001 ", error.Message, StringComparison.Ordinal);
        Assert.Contains("'XXX' in column 'r'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_category_is_named_by_its_row()
    {
        var file = Write(
            "SELECT ra AS r, pa AS p, d, CASE WHEN n = 2500 THEN NULL ELSE k END AS k, y, v, q FROM base"
        );
        using var engine = DuckDbFlowEngine.OverParquet(file, Layout(false));

        var error = Assert.Throws<FormatException>(() => engine.ReadFlows(null, Token));

        Assert.Contains("row 2501 ", error.Message, StringComparison.Ordinal);
        Assert.Contains("column 'k', which is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_that_stops_at_a_bad_row_leaves_the_engine_answering()
    {
        // n = 2100 is a row of 2020, in the second chunk, marked missing with a value: the chunks after it are being
        // read ahead when it fails.
        var file = Write(
            "SELECT ra AS r, pa AS p, d, k, y, v, 0 AS m, CASE WHEN n = 2100 THEN 'M' ELSE 'A' END AS s, q, 't' AS u FROM base"
        );
        using var engine = DuckDbFlowEngine.OverParquet(file, Layout(true));

        var error = Assert.Throws<FormatException>(() => engine.ReadFlows(null, Token));
        var later = engine.ReadFlows(new FlowFilter(Period: ReferencePeriod.ForYear(2021)), Token);

        Assert.Contains("row 2101 ", error.Message, StringComparison.Ordinal);
        Assert.Equal(Rows / 4, later.Count);
        Assert.All(later, f => Assert.Equal(ReferencePeriod.ForYear(2021), f.Period));
    }

    [Fact]
    public void A_cancelled_read_throws_and_the_engine_still_answers()
    {
        var file = Write("SELECT ra AS r, pa AS p, d, k, y, v, q FROM base");
        using var engine = DuckDbFlowEngine.OverParquet(file, Layout(false));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => engine.ReadFlows(null, cancelled.Token));

        Assert.Equal(Rows, engine.ReadFlows(null, Token).Count);
    }

    [Fact]
    public void A_file_damaged_after_the_engine_opened_fails_the_read_with_DuckDB_s_reason()
    {
        var file = Write("SELECT ra AS r, pa AS p, d, k, y, v, q FROM base");
        using var engine = DuckDbFlowEngine.OverParquet(file, Layout(false));
        // The pages are overwritten, the footer kept: the schema and the row count still read.
        var bytes = File.ReadAllBytes(file);
        Array.Fill(bytes, (byte)0xAB, 4, bytes.Length / 2);
        File.WriteAllBytes(file, bytes);

        var error = Assert.Throws<InvalidOperationException>(() => engine.ReadFlows(null, Token));

        Assert.StartsWith(
            "DuckDB could not read read_parquet(",
            error.Message,
            StringComparison.Ordinal
        );
        Assert.Contains("flows.parquet", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static FlowLayout Layout(bool extras) =>
        new()
        {
            Columns = new ColumnMapping
            {
                Reporter = "r",
                Partner = "p",
                Direction = "d",
                Category = "k",
                Period = "y",
                Value = "v",
                Quantity = "q",
                UnitMultiplier = extras ? "m" : null,
                Status = extras ? "s" : null,
                Unit = extras ? "u" : null,
            },
            Currency = Currency.USD,
            CategoryDigits = 6,
            QuantityUnit = extras ? null : MassUnit.Tonne,
        };

    /// <summary>The rows of a SELECT from <see cref="Base"/>, written to Parquet by DuckDB.</summary>
    private string Write(string select, string name = "flows.parquet")
    {
        var file = Path.Combine(folder, name);
        Scratch.Execute(
            $"CREATE TABLE base AS {Base}; COPY ({select}) TO '{file}' (FORMAT parquet)"
        );
        return file;
    }

    /// <summary>Each flow as its JSON record, in the order read.</summary>
    private static string[] Records(IEnumerable<TradeFlow> flows) =>
        [.. flows.Select(f => System.Text.Json.JsonSerializer.Serialize(f))];
}
