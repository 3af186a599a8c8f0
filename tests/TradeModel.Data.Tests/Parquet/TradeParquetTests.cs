using Parquet;
using Parquet.Schema;
using TradeModel.Classifications;
using TradeModel.Data.Baci;
using TradeModel.Data.Comtrade;
using TradeModel.Data.Parquet;
using TradeModel.Data.Sdmx;
using TradeModel.Economies;
using TradeModel.Flows;

namespace TradeModel.Data.Tests.Parquet;

public sealed class TradeParquetTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<string> Sources() => ["baci", "comtrade", "sdmx"];

    private static TradeFlowCollection Flows(string source) => Fixture.SourceFlows(source);

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Writing_then_reading_gives_exactly_the_flows_written(string source)
    {
        var flows = Flows(source);
        using var file = new MemoryStream();

        await TradeParquet.WriteAsync(flows, file, Token);
        file.Position = 0;
        var again = (
            await TradeParquet.ReadFromAsync(file, "flows.parquet", cancellationToken: Token)
        ).Flows;

        Assert.Equal(Fixture.Rows(flows), Fixture.Rows(again));
        Assert.Same(flows.Classification, again.Classification);
        Assert.Equal(flows.Currency, again.Currency);
    }

    [Fact]
    public async Task Files_written_at_the_same_time_do_not_damage_one_another()
    {
        // Parquet.Net marks a schema's field objects with their place in it: fields shared between writes running at
        // once gave files DuckDB called corrupted, and strings read back empty.
        var sources = new[]
        {
            BaciFile
                .Read(Fixture.Path("Baci/BACI_HS22_Y2024_V202501.csv"), cancellationToken: Token)
                .Flows,
            SdmxCsv.Read(Fixture.Path("Sdmx/bop-services-cn.csv"), cancellationToken: Token).Flows,
        };
        var streams = Enumerable.Range(0, 64).Select(_ => new MemoryStream()).ToArray();

        await Parallel.ForEachAsync(
            Enumerable.Range(0, streams.Length),
            Token,
            async (i, token) => await TradeParquet.WriteAsync(sources[i % 2], streams[i], token)
        );

        for (var i = 0; i < streams.Length; i++)
        {
            streams[i].Position = 0;
            var back = await TradeParquet.ReadFromAsync(
                streams[i],
                "same-time.parquet",
                null,
                Token
            );
            Assert.Equal(Fixture.Rows(sources[i % 2]), Fixture.Rows(back.Flows));
        }
    }

    [Fact]
    public async Task Values_keep_every_decimal_through_the_file()
    {
        var flows = new TradeFlowCollection(HarmonizedSystem2022.Classification, Currency.USD);
        var appender = flows.CreateAppender();
        var china = Economy.FromCode("CHN");
        appender.Append(
            china,
            Economy.World,
            TradeDirection.Exports,
            HarmonizedSystem2022.Classification["01"],
            ReferencePeriod.ForYear(2024),
            0.0000000001m
        );
        appender.Append(
            china,
            Economy.World,
            TradeDirection.Exports,
            HarmonizedSystem2022.Classification["02"],
            ReferencePeriod.ForYear(2024),
            12345678901234567890.5m
        );
        using var file = new MemoryStream();

        await TradeParquet.WriteAsync(flows, file, Token);
        file.Position = 0;
        var values = (
            (
                await TradeParquet.ReadFromAsync(file, "flows.parquet", cancellationToken: Token)
            ).Flows
        )
            .Select(f => f.Value!.Value.Amount)
            .ToArray();

        Assert.Equal([0.0000000001m, 12345678901234567890.5m], values);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1_000_000)]
    public async Task Flows_written_in_row_groups_of_any_size_read_back_exactly(int rowGroupSize)
    {
        var flows = Flows("baci");
        using var file = new MemoryStream();

        await TradeParquet.WriteAsync(flows, file, rowGroupSize, Token);
        file.Position = 0;
        var again = (
            await TradeParquet.ReadFromAsync(file, "flows.parquet", cancellationToken: Token)
        ).Flows;

        Assert.Equal(Fixture.Rows(flows), Fixture.Rows(again));
    }

    [Fact]
    public async Task A_flow_of_an_economy_group_with_no_code_is_refused_by_name_and_nothing_is_written()
    {
        var group = Economy.DefineGroup(
            "Neighbours",
            [Economy.FromCode("CHN"), Economy.FromCode("MNG")]
        );
        var flows = new TradeFlowCollection(HarmonizedSystem2022.Classification, Currency.USD);
        var appender = flows.CreateAppender();
        appender.Append(
            Economy.FromCode("USA"),
            Economy.FromCode("CHN"),
            TradeDirection.Exports,
            HarmonizedSystem2022.Classification["010121"],
            ReferencePeriod.ForYear(2024),
            1m
        );
        appender.Append(
            Economy.FromCode("USA"),
            group,
            TradeDirection.Exports,
            HarmonizedSystem2022.Classification["010121"],
            ReferencePeriod.ForYear(2024),
            2m
        );
        using var file = new MemoryStream();

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            TradeParquet.WriteAsync(flows, file, Token)
        );

        Assert.Contains("Neighbours", error.Message, StringComparison.Ordinal);
        Assert.Contains("no code", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, file.Length);
    }

    [Fact]
    public async Task A_dataset_partitioned_by_year_reads_back_as_one_collection()
    {
        var flows = Flows("sdmx");
        var directory = Directory.CreateTempSubdirectory("trademodel-parquet-").FullName;
        try
        {
            var files = await TradeParquet.WritePartitionedAsync(flows, directory, Token);
            var again = (
                await TradeParquet.ReadPartitionedAsync(directory, cancellationToken: Token)
            ).Flows;

            Assert.Equal(
                ["year=2023", "year=2024"],
                files.Select(f => Path.GetFileName(Path.GetDirectoryName(f)))
            );
            Assert.Equal(Fixture.Rows(flows).Order(), Fixture.Rows(again).Order());
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task A_dataset_folder_without_a_Parquet_file_is_refused_by_its_name()
    {
        var directory = Directory.CreateTempSubdirectory("trademodel-empty-").FullName;
        try
        {
            var error = await Assert.ThrowsAsync<DataFormatException>(() =>
                TradeParquet.ReadPartitionedAsync(directory, cancellationToken: Token)
            );

            Assert.Equal(directory, error.Error.Source);
            Assert.Contains("no Parquet file", error.Error.Reason, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task A_file_of_an_unknown_classification_needs_it_in_the_options()
    {
        var sectors = Data.Reference.ClassificationCsv.Parse(
            "code,parent,name\nT,,Total\nA,T,Agriculture\n",
            "Sectors",
            "1"
        );
        var flows = new TradeFlowCollection(sectors, Currency.EUR);
        flows
            .CreateAppender()
            .Append(
                Economy.FromCode("DEU"),
                Economy.World,
                TradeDirection.Exports,
                sectors["A"],
                ReferencePeriod.ForYear(2024),
                1m
            );
        using var file = new MemoryStream();
        await TradeParquet.WriteAsync(flows, file, Token);

        file.Position = 0;
        var error = await Assert.ThrowsAsync<DataFormatException>(() =>
            TradeParquet.ReadFromAsync(file, "sectors.parquet", cancellationToken: Token)
        );
        Assert.Equal("Sectors", error.Error.Text);
        Assert.Equal(TradeParquetSchema.ClassificationKey, error.Error.ColumnName);
        file.Position = 0;
        var again = (
            await TradeParquet.ReadFromAsync(
                file,
                "sectors.parquet",
                new ParquetReadOptions { Classifications = [sectors] },
                Token
            )
        ).Flows;
        Assert.Equal(Fixture.Rows(flows), Fixture.Rows(again));
    }

    [Fact]
    public async Task A_bad_code_is_named_by_its_row_in_the_whole_file_and_by_its_column()
    {
        using var file = await HandWritten(["CHN", "USA", "DEU"], ["FRA", "XXX"]);

        var error = await Assert.ThrowsAsync<DataFormatException>(() =>
            TradeParquet.ReadFromAsync(file, "hand.parquet", cancellationToken: Token)
        );

        Assert.Equal(
            new RowError("hand.parquet", 5, 1, "reporter", "XXX", "is not an economy code."),
            error.Error
        );
    }

    [Fact]
    public async Task In_collect_mode_a_bad_row_is_counted_with_its_error_and_the_others_are_read()
    {
        using var file = await HandWritten(["CHN", "USA", "DEU"], ["FRA", "XXX"]);

        var result = await TradeParquet.ReadFromAsync(
            file,
            "hand.parquet",
            new ParquetReadOptions { Errors = ErrorMode.Collect },
            Token
        );

        Assert.Equal((4L, 1L), (result.Report.Accepted, result.Report.Rejected));
        Assert.Equal(5, Assert.Single(result.Report.Errors).Line);
        Assert.Equal(
            ["CHN", "USA", "DEU", "FRA"],
            result.Flows.Select(f => f.Reporter.Code).ToArray()
        );
    }

    [Fact]
    public async Task A_file_without_the_trade_metadata_is_refused_by_the_key_it_lacks()
    {
        using var file = await HandWritten(metadata: false, ["CHN"]);

        var error = await Assert.ThrowsAsync<DataFormatException>(() =>
            TradeParquet.ReadFromAsync(file, "foreign.parquet", cancellationToken: Token)
        );

        Assert.Equal(TradeParquetSchema.ClassificationKey, error.Error.ColumnName);
        Assert.Equal("foreign.parquet", error.Error.Source);
    }

    private static Task<MemoryStream> HandWritten(params string[][] groups) =>
        HandWritten(metadata: true, groups);

    /// <summary>A file in TradeModel's schema written by Parquet.Net directly: one row group per array of reporters.</summary>
    private static async Task<MemoryStream> HandWritten(bool metadata, params string[][] groups)
    {
        DataField[] fields =
        [
            new DataField<string>(TradeParquetSchema.Reporter),
            new DataField<string>(TradeParquetSchema.Partner),
            new DataField<string>(TradeParquetSchema.Direction),
            new DataField<string>(TradeParquetSchema.Category),
            new DataField<string>(TradeParquetSchema.Period),
            new DataField<int>(TradeParquetSchema.Year),
            new DecimalDataField(TradeParquetSchema.Value, 18, 2, isNullable: true),
            new DataField<string>(TradeParquetSchema.Currency),
            new DataField<string>(TradeParquetSchema.Status),
            new DataField<double?>(TradeParquetSchema.Quantity),
            new DataField<string>(TradeParquetSchema.Unit, true),
        ];
        var file = new MemoryStream();
        await using (
            var writer = await ParquetWriter.CreateAsync(
                new ParquetSchema(fields),
                file,
                cancellationToken: Token
            )
        )
        {
            if (metadata)
            {
                writer.CustomMetadata = new Dictionary<string, string>
                {
                    [TradeParquetSchema.ClassificationKey] = "HS 2022",
                    [TradeParquetSchema.CurrencyKey] = "USD",
                };
            }
            foreach (var reporters in groups)
            {
                var n = reporters.Length;
                T[] Repeat<T>(T value) => [.. Enumerable.Repeat(value, n)];
                using var group = writer.CreateRowGroup();
                Task Text(int field, string[] values) =>
                    group.WriteAsync(
                        (DataField<string>)fields[field],
                        new ArraySegment<string>(values),
                        null
                    );
                await Text(0, reporters);
                await Text(1, Repeat("WLD"));
                await Text(2, Repeat("Exports"));
                await Text(3, Repeat("010121"));
                await Text(4, Repeat("2024"));
                await group.WriteAsync(
                    fields[5],
                    (ReadOnlyMemory<int>)Repeat(2024),
                    null,
                    null,
                    Token
                );
                await group.WriteAsync(
                    fields[6],
                    (ReadOnlyMemory<decimal?>)Repeat<decimal?>(1.25m),
                    null,
                    null,
                    Token
                );
                await Text(7, Repeat("USD"));
                await Text(8, Repeat("Normal"));
                await group.WriteAsync(
                    fields[9],
                    (ReadOnlyMemory<double?>)Repeat<double?>(2.5),
                    null,
                    null,
                    Token
                );
                await Text(10, Repeat("MassUnit.Tonne"));
            }
        }
        file.Position = 0;
        return file;
    }
}
