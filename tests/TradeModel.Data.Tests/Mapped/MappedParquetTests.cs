using TradeModel.Classifications;
using TradeModel.Data.Baci;
using TradeModel.Data.Mapped;
using TradeModel.Data.Parquet;
using TradeModel.Economies;
using TradeModel.Flows;
using UnitsNet;

namespace TradeModel.Data.Tests.Mapped;

/// <summary>Parquet files other tools wrote, read through a declared layout.</summary>
public sealed class MappedParquetTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static readonly MappedParquetOptions Baci = new() { Layout = FlowLayout.Baci() };

    /// <summary>The rows of the BACI fixture (BACI_HS22_Y2024_V202501.csv), as pandas writes them.</summary>
    private static Task<MemoryStream> FixtureAsPandasAsync() =>
        PandasParquet.IntegersAndDoublesAsync(
            (2024, 156, 842, 10121, 1234.567, 12.5),
            (2024, 156, 490, 10121, 0.001, null),
            (2024, 251, 156, 847130, 98765.432, null),
            (2024, 842, 156, 847130, 1.5, 0.25)
        );

    private static string[] BaciCsvRows() =>
        Fixture.Rows(
            BaciFile.Read(Fixture.Path("Baci/BACI_HS22_Y2024_V202501.csv"), null, Token).Flows
        );

    [Fact]
    public async Task BACI_as_pandas_writes_it_reads_as_the_same_rows_of_the_BACI_csv()
    {
        using var file = await FixtureAsPandasAsync();

        var result = await MappedParquet.ReadFromAsync(file, "baci.parquet", Baci, Token);

        Assert.Equal(BaciCsvRows(), Fixture.Rows(result.Flows));
        Assert.Equal(4, result.Report.Accepted);
    }

    [Fact]
    public async Task BACI_as_DuckDB_writes_it_with_text_codes_and_decimals_reads_as_the_BACI_csv()
    {
        using var file = await PandasParquet.TextAndDecimalsAsync(
            withYear: true,
            (2024, "156", "842", "010121", 1234.567m, 12.5m),
            (2024, "156", "490", "010121", 0.001m, null),
            (2024, "251", "156", "847130", 98765.432m, null),
            (2024, "842", "156", "847130", 1.5m, 0.25m)
        );

        var result = await MappedParquet.ReadFromAsync(file, "baci.parquet", Baci, Token);

        Assert.Equal(BaciCsvRows(), Fixture.Rows(result.Flows));
    }

    [Fact]
    public async Task A_product_code_stored_as_an_integer_gets_its_leading_zero_back()
    {
        using var file = await FixtureAsPandasAsync();

        var flow = (
            await MappedParquet.ReadFromAsync(file, "baci.parquet", Baci, Token)
        ).Flows.First();

        Assert.Equal("010121", flow.Category.Code);
        Assert.Equal(Mass.FromTonnes(12.5), flow.Quantity);
        Assert.Equal(new Money(1_234_567m, Currency.USD), flow.Value);
    }

    [Fact]
    public async Task A_product_code_that_no_leading_zeros_can_restore_is_named_with_its_row()
    {
        using var file = await PandasParquet.IntegersAndDoublesAsync(
            (2024, 156, 842, 10121, 1, 1),
            (2024, 156, 842, 99, 1, 1)
        );

        var error = await Assert.ThrowsAsync<DataFormatException>(() =>
            MappedParquet.ReadFromAsync(file, "baci.parquet", Baci, Token)
        );

        Assert.Equal(2, error.Error.Line);
        Assert.Equal("k", error.Error.ColumnName);
        Assert.Equal(4, error.Error.Column);
        Assert.Equal("99", error.Error.Text);
        Assert.Contains(
            "leading zeros restored to 6 digits",
            error.Error.Reason,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task A_double_value_with_more_decimals_than_BACI_writes_is_refused_never_rounded()
    {
        using var file = await PandasParquet.IntegersAndDoublesAsync(
            (2024, 156, 842, 10121, 1.5, 1),
            (2024, 156, 842, 10121, 0.1 + 0.2, 1)
        );

        var result = await MappedParquet.ReadFromAsync(
            file,
            "baci.parquet",
            Baci with
            {
                Errors = ErrorMode.Collect,
            },
            Token
        );

        var error = Assert.Single(result.Report.Errors);
        Assert.Equal(2, error.Line);
        Assert.Equal("v", error.ColumnName);
        Assert.Equal("0.30000000000000004", error.Text);
        Assert.Equal(1_500m, Assert.Single(result.Flows).Value!.Value.Amount);
        Assert.Equal(2, result.Report.RowsRead);
    }

    [Fact]
    public async Task A_missing_value_stays_missing_and_a_missing_quantity_is_no_quantity()
    {
        using var file = await PandasParquet.IntegersAndDoublesAsync(
            (2024, 156, 842, 10121, null, null)
        );

        var flow = (
            await MappedParquet.ReadFromAsync(file, "baci.parquet", Baci, Token)
        ).Flows.Single();

        Assert.Null(flow.Value);
        Assert.Equal(ObservationStatus.Missing, flow.Status);
        Assert.Null(flow.Quantity);
    }

    [Fact]
    public async Task A_mapped_column_the_file_lacks_is_named_with_the_columns_it_has()
    {
        using var file = await PandasParquet.TextAndDecimalsAsync(
            withYear: false,
            (2024, "156", "842", "010121", 1m, 1m)
        );

        var error = await Assert.ThrowsAsync<DataFormatException>(() =>
            MappedParquet.ReadFromAsync(file, "baci.parquet", Baci, Token)
        );

        Assert.Equal("t", error.Error.ColumnName);
        Assert.Contains("i, j, k, v, q", error.Error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hive_partitioned_dataset_takes_the_year_from_its_folders()
    {
        var folder = Directory.CreateTempSubdirectory("baci-hive-").FullName;
        try
        {
            await WriteAsync(
                Path.Combine(folder, "t=2023", "data_0.parquet"),
                await PandasParquet.TextAndDecimalsAsync(
                    withYear: false,
                    (0, "156", "842", "010121", 2m, 1m)
                )
            );
            await WriteAsync(
                Path.Combine(folder, "t=2024", "data_0.parquet"),
                await PandasParquet.TextAndDecimalsAsync(
                    withYear: false,
                    (0, "156", "842", "010121", 3m, 1m),
                    (0, "842", "156", "847130", 5m, null)
                )
            );

            var result = await MappedParquet.ReadDatasetAsync(folder, Baci, Token);

            Assert.Equal(
                [
                    ReferencePeriod.ForYear(2023),
                    ReferencePeriod.ForYear(2024),
                    ReferencePeriod.ForYear(2024),
                ],
                result.Flows.Select(f => f.Period)
            );
            Assert.Equal(
                new Money(10_000m, Currency.USD),
                result.Flows.Select(f => f.Value!.Value).Sum()
            );
            Assert.Equal(3, result.Report.Accepted);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task An_error_in_a_dataset_names_the_file_under_the_folder()
    {
        var folder = Directory.CreateTempSubdirectory("baci-hive-").FullName;
        try
        {
            await WriteAsync(
                Path.Combine(folder, "t=2024", "part-0.parquet"),
                await PandasParquet.TextAndDecimalsAsync(
                    withYear: false,
                    (0, "156", "999", "010121", 2m, 1m)
                )
            );

            var error = await Assert.ThrowsAsync<DataFormatException>(() =>
                MappedParquet.ReadDatasetAsync(folder, Baci, Token)
            );

            Assert.Equal("t=2024/part-0.parquet", error.Error.Source);
            Assert.Equal("j", error.Error.ColumnName);
            Assert.Equal(1, error.Error.Line);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_dataset_path_that_is_nothing_or_holds_no_Parquet_file_is_refused()
    {
        var folder = Directory.CreateTempSubdirectory("baci-empty-").FullName;
        try
        {
            await Assert.ThrowsAsync<FileNotFoundException>(() =>
                MappedParquet.ReadDatasetAsync(Path.Combine(folder, "none"), Baci, Token)
            );
            var empty = await Assert.ThrowsAsync<DataFormatException>(() =>
                MappedParquet.ReadDatasetAsync(folder, Baci, Token)
            );
            Assert.Contains("holds no Parquet file", empty.Error.Reason, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_file_that_is_not_Parquet_is_named()
    {
        var error = await Assert.ThrowsAsync<DataFormatException>(() =>
            MappedParquet.ReadFromAsync(Fixture.Text("t,i,j,k,v,q\n"), "baci.csv", Baci, Token)
        );

        Assert.Equal("baci.csv", error.Error.Source);
        Assert.Contains(
            "not a readable Parquet file",
            error.Error.Reason,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task A_layout_without_a_direction_column_or_direction_is_refused_before_a_row_is_read()
    {
        using var file = await FixtureAsPandasAsync();

        var error = await Assert.ThrowsAsync<DataFormatException>(() =>
            MappedParquet.ReadFromAsync(
                file,
                "baci.parquet",
                Baci with
                {
                    Layout = Baci.Layout with { Direction = null },
                },
                Token
            )
        );

        Assert.Contains(
            "direction column was expected",
            error.Error.Reason,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task The_path_entries_read_what_the_stream_entries_read()
    {
        var path = Path.Combine(Path.GetTempPath(), $"baci-{Guid.NewGuid():N}.parquet");
        try
        {
            using (var file = await FixtureAsPandasAsync())
            {
                await File.WriteAllBytesAsync(path, file.ToArray(), Token);
            }

            var sync = MappedParquet.Read(path, Baci, Token);
            var async = await MappedParquet.ReadAsync(path, Baci, Token);
            var dataset = await MappedParquet.ReadDatasetAsync(path, Baci, Token);

            Assert.Equal(BaciCsvRows(), Fixture.Rows(sync.Flows));
            Assert.Equal(BaciCsvRows(), Fixture.Rows(async.Flows));
            Assert.Equal(BaciCsvRows(), Fixture.Rows(dataset.Flows));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Hive_partition_keys_are_read_from_every_folder_with_escapes_decoded()
    {
        var keys = MappedParquet.PartitionKeys(
            "t=2024/reporter=C%C3%B4te/x=__HIVE_DEFAULT_PARTITION__/a.parquet"
        );

        Assert.Equal("2024", keys["t"]);
        Assert.Equal("Côte", keys["reporter"]);
        Assert.Equal("", keys["x"]);
        Assert.Equal(3, keys.Count);
    }

    [Fact]
    public async Task A_file_TradeModel_wrote_reads_through_its_own_columns_without_the_metadata()
    {
        var flows = BaciFile
            .Read(Fixture.Path("Baci/BACI_HS22_Y2024_V202501.csv"), null, Token)
            .Flows;
        using var file = new MemoryStream();
        await TradeParquet.WriteAsync(flows, file, Token);
        file.Position = 0;

        var result = await MappedParquet.ReadFromAsync(
            file,
            "own.parquet",
            new MappedParquetOptions
            {
                Layout = FlowLayout.TradeModelColumns(HarmonizedSystem2022.Classification),
            },
            Token
        );

        Assert.Equal(Fixture.Rows(flows), Fixture.Rows(result.Flows));
    }

    [Fact]
    public void TradeModel_s_own_columns_as_a_layout_are_the_names_of_its_Parquet_schema()
    {
        var columns = FlowLayout.TradeModelColumns(HarmonizedSystem2022.Classification).Columns;

        Assert.Equal(
            [
                TradeParquetSchema.Reporter,
                TradeParquetSchema.Partner,
                TradeParquetSchema.Direction,
                TradeParquetSchema.Category,
                TradeParquetSchema.Period,
                TradeParquetSchema.Value,
                TradeParquetSchema.Currency,
                TradeParquetSchema.Status,
                TradeParquetSchema.Quantity,
                TradeParquetSchema.Unit,
            ],
            [
                columns.Reporter,
                columns.Partner,
                columns.Direction,
                columns.Category,
                columns.Period,
                columns.Value,
                columns.Currency,
                columns.Status,
                columns.Quantity,
                columns.Unit,
            ]
        );
    }

    [Fact]
    public async Task BACI_codes_380_and_381_are_both_Italy()
    {
        using var file = await PandasParquet.IntegersAndDoublesAsync(
            (2024, 380, 842, 10121, 1, 1),
            (2024, 381, 842, 10121, 1, 1)
        );

        var flows = (await MappedParquet.ReadFromAsync(file, "baci.parquet", Baci, Token)).Flows;

        Assert.All(flows, f => Assert.Equal(Economy.FromCode("ITA"), f.Reporter));
    }

    private static async Task WriteAsync(string path, MemoryStream content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, content.ToArray(), Token);
    }
}
