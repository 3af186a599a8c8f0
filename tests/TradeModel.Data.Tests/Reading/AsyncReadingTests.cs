using TradeModel.Data.Comtrade;
using TradeModel.Data.Mapped;
using TradeModel.Data.Sdmx;

namespace TradeModel.Data.Tests.Reading;

/// <summary>Every file reader has an asynchronous form that reads the same flows and report.</summary>
public sealed class AsyncReadingTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<string> Readers() => ["Comtrade", "SDMX", "Mapped"];

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task Reading_asynchronously_gives_what_reading_synchronously_gives(string reader)
    {
        var (sync, async) = reader switch
        {
            "Comtrade" => (
                ComtradeFile.Read(
                    Fixture.Path("Comtrade/comtrade-2024.csv"),
                    cancellationToken: Token
                ),
                await ComtradeFile.ReadAsync(
                    Fixture.Path("Comtrade/comtrade-2024.csv"),
                    cancellationToken: Token
                )
            ),
            "SDMX" => (
                SdmxCsv.Read(Fixture.Path("Sdmx/bop-services-cn.csv"), cancellationToken: Token),
                await SdmxCsv.ReadAsync(
                    Fixture.Path("Sdmx/bop-services-cn.csv"),
                    cancellationToken: Token
                )
            ),
            _ => (
                MappedCsv.Read(
                    Fixture.Path("mapped-exports.csv"),
                    Mapped.MappedCsvTests.Options,
                    Token
                ),
                await MappedCsv.ReadAsync(
                    Fixture.Path("mapped-exports.csv"),
                    Mapped.MappedCsvTests.Options,
                    Token
                )
            ),
        };

        Assert.Equal(Fixture.Rows(sync.Flows), Fixture.Rows(async.Flows));
        Assert.Equal(sync.Report.ToString(), async.Report.ToString());
        Assert.True(async.Report.Accepted > 0);
    }
}
