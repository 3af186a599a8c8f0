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

    private static TradeFlowCollection Flows(string source) =>
        source switch
        {
            "baci" => BaciFile
                .Read(Fixture.Path("Baci/BACI_HS22_Y2024_V202501.csv"), cancellationToken: Token)
                .Flows,
            "comtrade" => ComtradeFile
                .Read(Fixture.Path("Comtrade/comtrade-2024.csv"), cancellationToken: Token)
                .Flows,
            _ => SdmxCsv
                .Read(Fixture.Path("Sdmx/bop-services-cn.csv"), cancellationToken: Token)
                .Flows,
        };

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Writing_then_reading_gives_exactly_the_flows_written(string source)
    {
        var flows = Flows(source);
        using var file = new MemoryStream();

        await TradeParquet.WriteAsync(flows, file, Token);
        file.Position = 0;
        var again = await TradeParquet.ReadAsync(file, cancellationToken: Token);

        Assert.Equal(Fixture.Rows(flows), Fixture.Rows(again));
        Assert.Same(flows.Classification, again.Classification);
        Assert.Equal(flows.Currency, again.Currency);
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
        var values = (await TradeParquet.ReadAsync(file, cancellationToken: Token))
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
        var again = await TradeParquet.ReadAsync(file, cancellationToken: Token);

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
            var again = await TradeParquet.ReadPartitionedAsync(
                directory,
                cancellationToken: Token
            );

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
        await Assert.ThrowsAsync<FormatException>(() =>
            TradeParquet.ReadAsync(file, cancellationToken: Token)
        );
        file.Position = 0;
        var again = await TradeParquet.ReadAsync(
            file,
            new ParquetReadOptions { Classifications = [sectors] },
            Token
        );
        Assert.Equal(Fixture.Rows(flows), Fixture.Rows(again));
    }
}
