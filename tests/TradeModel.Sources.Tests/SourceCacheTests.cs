using TradeModel.Sources.Sdmx;
using TradeModel.Sources.Tests.Support;
using static TradeModel.Sources.Tests.Support.LocalServer;

namespace TradeModel.Sources.Tests;

/// <summary>The cache: each answer kept by its normalised query, served again and offline, refreshed on request.</summary>
public sealed class SourceCacheTests : IDisposable
{
    private readonly HttpClient http = new();
    private readonly string folder = Directory.CreateTempSubdirectory("trademodel-cache-").FullName;
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static readonly SdmxDataQuery Query = new(Fixtures.Services, "A.CN.W1..S");

    private static Reply Csv => new(200, Fixtures.Text("bop-services-cn.csv"), Fixtures.CsvType);

    public void Dispose()
    {
        http.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_cached_answer_is_served_again_without_a_call_with_the_time_it_was_fetched()
    {
        await using var server = await StartAsync((_, _) => Csv);
        var client = Fixtures.V21(http, server, Fixtures.Quick with { CacheFolder = folder });

        var first = await client.GetDataAsync(Query, cancellationToken: Token);
        var again = await client.GetDataAsync(Query, cancellationToken: Token);

        Assert.Single(server.Requests);
        Assert.False(first.FromCache);
        Assert.True(again.FromCache);
        Assert.Equal(0, again.Attempts);
        Assert.Equal(first.FetchedAt, again.FetchedAt);
        Assert.Equal(first.Value.Flows.Count, again.Value.Flows.Count);
    }

    [Fact]
    public async Task Offline_a_cached_query_is_answered_and_another_is_an_error_naming_it()
    {
        await using var server = await StartAsync((_, _) => Csv);
        var online = Fixtures.V21(http, server, Fixtures.Quick with { CacheFolder = folder });
        var offline = Fixtures.V21(
            http,
            server,
            Fixtures.Quick with
            {
                CacheFolder = folder,
                Cache = CacheMode.Offline,
            }
        );
        await online.GetDataAsync(Query, cancellationToken: Token);

        var served = await offline.GetDataAsync(Query, cancellationToken: Token);
        var other = Query with { Start = ReferencePeriod.ForYear(2024) };
        var e = await Assert.ThrowsAsync<SourceException>(() =>
            offline.GetDataAsync(other, cancellationToken: Token)
        );

        Assert.Single(server.Requests);
        Assert.True(served.FromCache);
        Assert.Equal(0, e.Attempts);
        Assert.Contains("startPeriod=2024", e.Message, StringComparison.Ordinal);
        Assert.Contains("is not in the cache", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refresh_asks_again_and_replaces_the_cached_answer()
    {
        await using var server = await StartAsync((_, _) => Csv);
        var client = Fixtures.V21(http, server, Fixtures.Quick with { CacheFolder = folder });
        var refresh = Fixtures.V21(
            http,
            server,
            Fixtures.Quick with
            {
                CacheFolder = folder,
                Cache = CacheMode.Refresh,
            }
        );

        await client.GetDataAsync(Query, cancellationToken: Token);
        var refreshed = await refresh.GetDataAsync(Query, cancellationToken: Token);
        var served = await client.GetDataAsync(Query, cancellationToken: Token);

        Assert.Equal(2, server.Requests.Count);
        Assert.False(refreshed.FromCache);
        Assert.Equal(refreshed.FetchedAt, served.FetchedAt);
    }

    [Fact]
    public async Task The_same_query_with_its_parameters_in_another_order_is_one_cache_entry_and_a_failure_is_not_cached()
    {
        var failing = true;
        await using var server = await StartAsync((_, _) => failing ? new Reply(500, "down") : Csv);
        var options = Fixtures.Quick with { CacheFolder = folder, Retries = 0 };
        var client = Fixtures.V21(http, server, options);

        await Assert.ThrowsAsync<SourceException>(() =>
            client.GetDataAsync(Query, cancellationToken: Token)
        );
        failing = false;
        await client.GetDataAsync(Query, cancellationToken: Token);

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(
            Internal.ResponseCache.Normalise(
                new Uri("http://h/data/x?startPeriod=2023&endPeriod=2024")
            ),
            Internal.ResponseCache.Normalise(
                new Uri("http://h/data/x?endPeriod=2024&startPeriod=2023")
            )
        );
        Assert.Equal(2, Directory.GetFiles(folder).Length); // one answer: its body and its note
    }

    [Fact]
    public async Task Offline_without_a_cache_folder_is_refused_with_the_reason()
    {
        var client = new SdmxClient(
            http,
            SdmxProviders.Ecb,
            new SourceOptions { Cache = CacheMode.Offline }
        );

        var e = await Assert.ThrowsAsync<SourceException>(() =>
            client.GetDataAsync(Query, cancellationToken: Token)
        );

        Assert.Contains("no cache folder is set", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(21)]
    public void Retries_outside_0_to_20_are_refused_by_name(int retries)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new SourceOptions { Retries = retries }
        );

        Assert.Equal("Retries", e.ParamName);
    }
}
