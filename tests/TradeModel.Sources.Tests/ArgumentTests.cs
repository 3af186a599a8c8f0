using TradeModel.Sources.Baci;
using TradeModel.Sources.Comtrade;
using TradeModel.Sources.Sdmx;

namespace TradeModel.Sources.Tests;

/// <summary>Every entry of the package refuses a missing or out-of-range argument by its name, before any call.</summary>
public sealed class ArgumentTests : IDisposable
{
    private readonly HttpClient http = new();
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => http.Dispose();

    [Fact]
    public async Task Every_client_entry_names_a_missing_argument()
    {
        var sdmx = new SdmxClient(http, SdmxProviders.Ecb);
        var comtrade = new ComtradeClient(http);
        var baci = new BaciDownloads(http);

        Assert.Equal(
            "http",
            Assert
                .Throws<ArgumentNullException>(() => new SdmxClient(null!, SdmxProviders.Ecb))
                .ParamName
        );
        Assert.Equal(
            "provider",
            Assert.Throws<ArgumentNullException>(() => new SdmxClient(http, null!)).ParamName
        );
        Assert.Equal(
            "http",
            Assert.Throws<ArgumentNullException>(() => new ComtradeClient(null!)).ParamName
        );
        Assert.Equal(
            "http",
            Assert.Throws<ArgumentNullException>(() => new BaciDownloads(null!)).ParamName
        );
        Assert.Equal(
            "query",
            Assert.Throws<ArgumentNullException>(() => sdmx.DataAddress(null!)).ParamName
        );
        Assert.Equal(
            "query",
            (
                await Assert.ThrowsAsync<ArgumentNullException>(() =>
                    sdmx.GetDataAsync(null!, cancellationToken: Token)
                )
            ).ParamName
        );
        Assert.Equal(
            "flow",
            (
                await Assert.ThrowsAsync<ArgumentNullException>(() =>
                    sdmx.GetDataStructureAsync(null!, Token)
                )
            ).ParamName
        );
        Assert.Equal(
            "agency",
            (
                await Assert.ThrowsAsync<ArgumentNullException>(() =>
                    sdmx.GetCodelistAsync(null!, "CL_FREQ", cancellationToken: Token)
                )
            ).ParamName
        );
        Assert.Equal(
            "id",
            (
                await Assert.ThrowsAsync<ArgumentNullException>(() =>
                    sdmx.GetCodelistAsync("ECB", null!, cancellationToken: Token)
                )
            ).ParamName
        );
        Assert.Equal(
            "query",
            Assert.Throws<ArgumentNullException>(() => comtrade.CallAddress(null!)).ParamName
        );
        Assert.Equal(
            "query",
            (
                await Assert.ThrowsAsync<ArgumentNullException>(() =>
                    comtrade.GetAsync(null!, cancellationToken: Token)
                )
            ).ParamName
        );
        Assert.Equal(
            "folder",
            (
                await Assert.ThrowsAsync<ArgumentNullException>(() =>
                    baci.DownloadAsync("HS22", "202501", null!, cancellationToken: Token)
                )
            ).ParamName
        );
        Assert.Equal(
            "edition",
            Assert
                .Throws<ArgumentNullException>(() => BaciDownloads.FileName(null!, "202501"))
                .ParamName
        );
        Assert.Equal(
            "id",
            Assert.Throws<ArgumentNullException>(() => SdmxProviders.Find(null!)).ParamName
        );
        Assert.Equal(
            "text",
            Assert.Throws<ArgumentNullException>(() => SdmxFlowRef.Parse(null!)).ParamName
        );
    }

    [Fact]
    public async Task A_Comtrade_query_without_a_period_is_refused_before_any_call()
    {
        var e = await Assert.ThrowsAsync<ArgumentException>(() =>
            new ComtradeClient(http).GetAsync(new ComtradeQuery([]), cancellationToken: Token)
        );

        Assert.Equal("query", e.ParamName);
        Assert.Contains("at least one period", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_out_of_range_are_refused_by_name()
    {
        Assert.Equal(
            "RetryDelay",
            Assert
                .Throws<ArgumentOutOfRangeException>(() =>
                    new SourceOptions { RetryDelay = TimeSpan.FromSeconds(-1) }
                )
                .ParamName
        );
        Assert.Equal(
            "MaxRetryAfter",
            Assert
                .Throws<ArgumentOutOfRangeException>(() =>
                    new SourceOptions { MaxRetryAfter = TimeSpan.FromSeconds(-1) }
                )
                .ParamName
        );
        Assert.Equal(
            "AttemptTimeout",
            Assert
                .Throws<ArgumentOutOfRangeException>(() =>
                    new SourceOptions { AttemptTimeout = TimeSpan.Zero }
                )
                .ParamName
        );
        Assert.Equal(
            "RowCap",
            Assert
                .Throws<ArgumentOutOfRangeException>(() => new ComtradeOptions { RowCap = 0 })
                .ParamName
        );
        Assert.Equal(
            "MaxPeriodsPerCall",
            Assert
                .Throws<ArgumentOutOfRangeException>(() =>
                    new ComtradeOptions { MaxPeriodsPerCall = 0 }
                )
                .ParamName
        );
        Assert.Equal(
            "CallInterval",
            Assert
                .Throws<ArgumentOutOfRangeException>(() =>
                    new ComtradeOptions { CallInterval = TimeSpan.FromSeconds(-1) }
                )
                .ParamName
        );
    }
}
