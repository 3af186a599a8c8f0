using TradeModel.Data.Baci;
using TradeModel.Data.Parquet;

namespace TradeModel.Data.Tests.Reliability;

/// <summary>Paths as data: readers and writers take a path as it is written, whatever characters its names hold.</summary>
public sealed class LiteralPathTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("trademodel-paths-").FullName;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<string> Names() =>
        ["ds[2]", "f?x", "star*", "with space", "it's \"quoted\"", "数据", "back\\slash"];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task A_file_and_a_dataset_are_written_and_read_under_any_name(string name)
    {
        var flows = BaciFile
            .Read(Fixture.Path("Baci/BACI_HS22_Y2024_V202501.csv"), cancellationToken: Token)
            .Flows;
        var folder = Path.Combine(root, name);
        var csv = Path.Combine(folder, name + ".csv");
        var parquet = Path.Combine(folder, name + ".parquet");

        BaciFile.WriteFile(flows, csv);
        await TradeParquet.WriteFileAsync(flows, parquet, Token);
        await TradeParquet.WritePartitionedAsync(flows, Path.Combine(folder, "dataset"), Token);

        Assert.Equal(
            Fixture.Rows(flows),
            Fixture.Rows(BaciFile.Read(csv, cancellationToken: Token).Flows)
        );
        Assert.Equal(
            Fixture.Rows(flows),
            Fixture.Rows(TradeParquet.Read(parquet, cancellationToken: Token).Flows)
        );
        Assert.Equal(
            Fixture.Rows(flows).Order(),
            Fixture
                .Rows(
                    (
                        await TradeParquet.ReadPartitionedAsync(
                            Path.Combine(folder, "dataset"),
                            cancellationToken: Token
                        )
                    ).Flows
                )
                .Order()
        );
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
