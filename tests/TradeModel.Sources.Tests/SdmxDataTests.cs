using System.Net;
using TradeModel.Data;
using TradeModel.Flows;
using TradeModel.Sources.Sdmx;
using TradeModel.Sources.Tests.Support;
using static TradeModel.Sources.Tests.Support.LocalServer;

namespace TradeModel.Sources.Tests;

/// <summary>
/// Data from an SDMX service on a real local HTTP server: read into flows, and every failure the services show —
/// rate limits, server errors, slow and dropped answers, compressed and error pages — survived or reported by name.
/// </summary>
public sealed class SdmxDataTests : IDisposable
{
    private readonly HttpClient http = new();
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static readonly SdmxDataQuery Query = new(Fixtures.Services, "A.CN.W1.C+D.S+SD")
    {
        Start = ReferencePeriod.ForYear(2023),
        End = ReferencePeriod.ForYear(2024),
    };

    private static Reply Csv => new(200, Fixtures.Text("bop-services-cn.csv"), Fixtures.CsvType);

    public void Dispose() => http.Dispose();

    [Fact]
    public async Task Data_is_asked_for_by_flow_key_and_periods_in_SDMX_CSV_and_read_into_flows()
    {
        await using var server = await StartAsync((_, _) => Csv);

        var response = await Fixtures
            .V21(http, server)
            .GetDataAsync(Query, cancellationToken: Token);

        var request = Assert.Single(server.Requests);
        Assert.Equal("/data/TM,BOP_SERVICES,1.0/A.CN.W1.C+D.S+SD", request.Path);
        Assert.Equal("?startPeriod=2023&endPeriod=2024", request.Query);
        Assert.Equal(
            "application/vnd.sdmx.data+csv;version=1.0.0",
            request.Headers["Accept"].Replace(" ", "", StringComparison.Ordinal)
        );
        var flows = response.Value.Flows;
        Assert.Equal(8, flows.Count);
        // The total of services credits in 2024 (the file holds the total and its parts, travel among them).
        Assert.Equal(
            Money.Parse("CNY 3175560000000", null),
            flows
                .Single(f =>
                    f.Category.Code == "S"
                    && f.Direction == TradeDirection.Exports
                    && f.Period == ReferencePeriod.ForYear(2024)
                )
                .Value
        );
        Assert.False(response.FromCache);
        Assert.Equal(1, response.Attempts);
    }

    [Fact]
    public async Task SDMX_JSON_and_SDMX_3_0_CSV_read_into_the_same_flows()
    {
        await using var json = await StartAsync(
            (_, _) =>
                new Reply(
                    200,
                    Fixtures.Text("bop-services-cn.json"),
                    "application/vnd.sdmx.data+json"
                )
        );
        await using var v30 = await StartAsync(
            (_, _) => new Reply(200, Fixtures.Text("bop-services-cn-v2.csv"), Fixtures.CsvType)
        );
        await using var csv = await StartAsync((_, _) => Csv);

        var fromJson = await Fixtures
            .V21(http, json)
            .GetDataAsync(Query with { Format = SdmxFormat.Json }, cancellationToken: Token);
        var from30 = await Fixtures.V30(http, v30).GetDataAsync(Query, cancellationToken: Token);
        var fromCsv = await Fixtures.V21(http, csv).GetDataAsync(Query, cancellationToken: Token);

        Assert.Equal(
            "application/vnd.sdmx.data+json;version=1.0.0",
            json.Requests[0].Headers["Accept"].Replace(" ", "", StringComparison.Ordinal)
        );
        Assert.Equal(
            "application/vnd.sdmx.data+csv;version=2.0.0",
            v30.Requests[0].Headers["Accept"].Replace(" ", "", StringComparison.Ordinal)
        );
        Assert.Equal("/data/dataflow/TM/BOP_SERVICES/1.0/A.CN.W1.C+D.S+SD", v30.Requests[0].Path);
        Assert.Equal("?c[TIME_PERIOD]=ge:2023+le:2024", v30.Requests[0].Query);
        var expected = Totals(fromCsv.Value);
        Assert.Equal(expected, Totals(from30.Value));
        Assert.Equal(expected, Totals(fromJson.Value));
    }

    [Theory]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task A_transient_error_is_retried_and_the_data_comes_once(int status)
    {
        await using var server = await StartAsync(
            (_, n) => n <= 2 ? new Reply(status, "busy") : Csv
        );

        var response = await Fixtures
            .V21(http, server)
            .GetDataAsync(Query, cancellationToken: Token);

        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(3, response.Attempts);
        Assert.Equal(8, response.Value.Flows.Count);
    }

    [Fact]
    public async Task A_rate_limit_with_Retry_After_is_waited_as_long_as_the_source_asks()
    {
        await using var server = await StartAsync(
            (_, n) =>
                n == 1
                    ? new Reply(429, "slow down")
                    {
                        Headers = new Dictionary<string, string> { ["Retry-After"] = "1" },
                    }
                    : Csv
        );

        var response = await Fixtures
            .V21(http, server)
            .GetDataAsync(Query, cancellationToken: Token);

        Assert.Equal(8, response.Value.Flows.Count);
        var gap = server.Requests[1].At - server.Requests[0].At;
        Assert.True(
            gap >= TimeSpan.FromSeconds(0.95),
            $"the retry came after {gap.TotalMilliseconds:0} ms"
        );
    }

    [Fact]
    public async Task A_Retry_After_beyond_the_limit_is_reported_at_once_with_the_wait_asked()
    {
        await using var server = await StartAsync(
            (_, _) =>
                new Reply(429, "quota exceeded")
                {
                    Headers = new Dictionary<string, string> { ["Retry-After"] = "3600" },
                }
        );

        var e = await Assert.ThrowsAsync<SourceException>(() =>
            Fixtures.V21(http, server).GetDataAsync(Query, cancellationToken: Token)
        );

        Assert.Single(server.Requests);
        Assert.Equal(HttpStatusCode.TooManyRequests, e.Status);
        Assert.Contains("asks to wait 3600 s", e.Message, StringComparison.Ordinal);
        Assert.Contains("quota exceeded", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_error_that_lasts_is_reported_after_the_retries_with_the_query_and_the_status()
    {
        await using var server = await StartAsync(
            (_, _) => new Reply(503, "maintenance until 10:00")
        );

        var e = await Assert.ThrowsAsync<SourceException>(() =>
            Fixtures.V21(http, server).GetDataAsync(Query, cancellationToken: Token)
        );

        Assert.Equal(4, server.Requests.Count); // the call and its 3 retries
        Assert.Equal(4, e.Attempts);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, e.Status);
        Assert.Contains(
            "/data/TM,BOP_SERVICES,1.0/A.CN.W1.C+D.S+SD",
            e.Message,
            StringComparison.Ordinal
        );
        Assert.Contains("HTTP 503", e.Message, StringComparison.Ordinal);
        Assert.Contains("maintenance until 10:00", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_slower_than_its_time_is_retried()
    {
        await using var server = await StartAsync(
            (_, n) => n == 1 ? Csv with { Delay = TimeSpan.FromSeconds(5) } : Csv
        );
        var options = Fixtures.Quick with { AttemptTimeout = TimeSpan.FromMilliseconds(400) };

        var response = await Fixtures
            .V21(http, server, options)
            .GetDataAsync(Query, cancellationToken: Token);

        Assert.Equal(2, response.Attempts);
        Assert.Equal(8, response.Value.Flows.Count);
    }

    [Fact]
    public async Task An_HttpClient_that_times_out_is_retried_and_a_lasting_timeout_is_named_not_a_cancellation()
    {
        await using var slow = await StartAsync(
            (_, _) => Csv with { Delay = TimeSpan.FromSeconds(5) }
        );
        using var impatient = new HttpClient { Timeout = TimeSpan.FromMilliseconds(200) };
        var client = new SdmxClient(
            impatient,
            SdmxProviders.Ecb with
            {
                BaseAddress = slow.Address,
            },
            Fixtures.Quick with
            {
                Retries = 1,
            }
        );

        var e = await Assert.ThrowsAsync<SourceException>(() =>
            client.GetDataAsync(Query, cancellationToken: Token)
        );

        Assert.Equal(2, e.Attempts);
        Assert.Contains(
            "longer than the HttpClient's Timeout",
            e.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task A_connection_dropped_mid_body_or_a_body_cut_short_is_retried_and_nothing_is_doubled()
    {
        await using var reset = await StartAsync(
            (_, n) => n == 1 ? Csv with { Reset = true } : Csv
        );
        await using var cut = await StartAsync(
            (_, n) => n == 1 ? Csv with { Truncate = true } : Csv
        );

        var afterReset = await Fixtures
            .V21(http, reset)
            .GetDataAsync(Query, cancellationToken: Token);
        var afterCut = await Fixtures.V21(http, cut).GetDataAsync(Query, cancellationToken: Token);

        Assert.Equal((2, 8), (afterReset.Attempts, afterReset.Value.Flows.Count));
        Assert.Equal((2, 8), (afterCut.Attempts, afterCut.Value.Flows.Count));
    }

    [Fact]
    public async Task A_gzip_body_is_read_even_by_a_client_that_does_not_decompress()
    {
        await using var server = await StartAsync((_, _) => Csv with { Gzip = true });

        var response = await Fixtures
            .V21(http, server)
            .GetDataAsync(Query, cancellationToken: Token);

        Assert.Equal("gzip", server.Requests[0].Headers["Accept-Encoding"]);
        Assert.Equal(8, response.Value.Flows.Count);
    }

    [Fact]
    public async Task An_HTML_error_page_with_status_200_is_an_error_naming_the_page_not_data()
    {
        await using var server = await StartAsync(
            (_, _) =>
                new Reply(
                    200,
                    "<!DOCTYPE html><html><head><title>Service temporarily unavailable</title></head><body>…</body></html>",
                    "text/html"
                )
        );

        var e = await Assert.ThrowsAsync<SourceException>(() =>
            Fixtures.V21(http, server).GetDataAsync(Query, cancellationToken: Token)
        );

        Assert.Single(server.Requests);
        Assert.Contains("answered with a web page", e.Message, StringComparison.Ordinal);
        Assert.Contains("Service temporarily unavailable", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_data_for_the_query_is_an_empty_result_whether_an_empty_file_or_the_services_no_results_answer()
    {
        await using var empty = await StartAsync(
            (_, _) =>
                new Reply(
                    200,
                    "DATAFLOW,FREQ,REF_AREA,COUNTERPART_AREA,ACCOUNTING_ENTRY,INT_ACC_ITEM,TIME_PERIOD,OBS_VALUE,UNIT_MULT,CURRENCY,OBS_STATUS\n",
                    Fixtures.CsvType
                )
        );
        await using var none = await StartAsync(
            (_, _) => new Reply(404, "NoResultsFound: No Results Found")
        );

        var fromEmpty = await Fixtures
            .V21(http, empty)
            .GetDataAsync(Query, cancellationToken: Token);
        var fromNone = await Fixtures.V21(http, none).GetDataAsync(Query, cancellationToken: Token);

        Assert.Empty(fromEmpty.Value.Flows);
        Assert.Empty(fromNone.Value.Flows);
        Assert.Equal(0, fromNone.Value.Report.RowsRead);
    }

    [Fact]
    public async Task Another_404_is_an_error_not_an_empty_result()
    {
        await using var server = await StartAsync(
            (_, _) => new Reply(404, "Dataflow TM:BOP_SERVICES(1.0) not found")
        );

        var e = await Assert.ThrowsAsync<SourceException>(() =>
            Fixtures.V21(http, server).GetDataAsync(Query, cancellationToken: Token)
        );

        Assert.Single(server.Requests);
        Assert.Equal(HttpStatusCode.NotFound, e.Status);
        Assert.Contains("not found", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_query_stops_in_its_wait_between_retries()
    {
        await using var server = await StartAsync((_, _) => new Reply(503, "busy"));
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Token);
        var options = Fixtures.Quick with { RetryDelay = TimeSpan.FromMinutes(10) };
        var query = Fixtures
            .V21(http, server, options)
            .GetDataAsync(Query, cancellationToken: cancel.Token);

        while (server.Requests.Count == 0)
        {
            await Task.Delay(10, Token);
        }
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => query);
        Assert.Single(server.Requests);
    }

    /// <summary>The values of the flows that have one (the JSON and SDMX 3.0 files also carry a missing one).</summary>
    private static Dictionary<(string, TradeDirection, int), decimal> Totals(ReadResult result) =>
        result
            .Flows.Where(f => f.Value is not null)
            .ToDictionary(
                f => (f.Category.Code, f.Direction, f.Period.Year),
                f => f.Value!.Value.Amount
            );
}
