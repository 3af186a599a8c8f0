using System.Net;
using TradeModel.Flows;
using TradeModel.Sources.Comtrade;
using TradeModel.Sources.Tests.Support;
using static TradeModel.Sources.Tests.Support.LocalServer;

namespace TradeModel.Sources.Tests;

/// <summary>
/// UN Comtrade's API on a real local HTTP server: typed queries as the API's parameters, the key only in its header,
/// queries beyond the API's limits split and merged with nothing lost or doubled, calls spaced, errors named.
/// </summary>
public sealed class ComtradeClientTests : IDisposable
{
    private const string Key = "k3y-never-shown";
    private readonly HttpClient http = new();
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static readonly ComtradeOptions NoWait = new() { CallInterval = TimeSpan.Zero };

    private static readonly ComtradeQuery TwoYears = new([
        ReferencePeriod.ForYear(2023),
        ReferencePeriod.ForYear(2024),
    ])
    {
        Reporters = [156],
        Partners = [0],
        Flows = [TradeDirection.Exports, TradeDirection.Imports],
    };

    public void Dispose() => http.Dispose();

    private ComtradeClient Client(
        LocalServer server,
        string? key = Key,
        ComtradeOptions? limits = null
    ) => new(http, key, limits ?? NoWait, Fixtures.Quick, server.Address);

    [Fact]
    public void A_query_becomes_the_data_endpoints_parameters_with_a_key_and_the_previews_without()
    {
        var query = TwoYears with { Commodities = ["AG2"] };

        var keyed = new ComtradeClient(http, Key).CallAddress(query).ToString();
        var preview = new ComtradeClient(http).CallAddress(query).ToString();

        Assert.Equal(
            "https://comtradeapi.un.org/data/v1/get/C/A/HS?reporterCode=156&period=2023,2024&partnerCode=0&partner2Code=0&cmdCode=AG2&flowCode=X,M&customsCode=C00&motCode=0&maxRecords=100000&format=JSON&breakdownMode=classic&includeDesc=false",
            Uri.UnescapeDataString(keyed)
        );
        Assert.StartsWith(
            "https://comtradeapi.un.org/public/v1/preview/C/A/HS?",
            preview,
            StringComparison.Ordinal
        );
        Assert.Contains("maxRecords=500", preview, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, keyed, StringComparison.Ordinal);
    }

    [Fact]
    public void A_monthly_query_names_its_months_as_the_API_does_and_a_year_in_it_is_refused()
    {
        var months = new ComtradeQuery([
            ReferencePeriod.Parse("2024-M01", null),
            ReferencePeriod.Parse("2024-M02", null),
        ])
        {
            Frequency = ComtradeFrequency.Monthly,
        };

        Assert.Contains(
            "/C/M/HS?period=202401,202402&",
            Uri.UnescapeDataString(new ComtradeClient(http, Key).CallAddress(months).ToString()),
            StringComparison.Ordinal
        );
        var e = Assert.Throws<ArgumentException>(() =>
            new ComtradeClient(http, Key).CallAddress(
                months with
                {
                    Periods = [ReferencePeriod.ForYear(2024)],
                }
            )
        );
        Assert.Contains(
            "2024 is not a month, and the query is monthly",
            e.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Records_become_detail_flows_with_the_TOTAL_apart_and_the_key_travels_only_in_its_header()
    {
        await using var server = await StartAsync((r, _) => ComtradeApi.Answer(r));

        var response = await Client(server).GetAsync(TwoYears, cancellationToken: Token);

        var request = Assert.Single(server.Requests);
        Assert.Equal("/data/v1/get/C/A/HS", request.Path);
        Assert.Equal(Key, request.Headers["Ocp-Apim-Subscription-Key"]);
        Assert.DoesNotContain(Key, request.Query, StringComparison.Ordinal);
        var result = response.Value;
        Assert.Equal(2 * 2 * 3, result.Flows.Count); // years × flows × subheadings
        Assert.Equal(2 * 2, result.Aggregates!.Count); // a TOTAL for each year and flow
        var phones = result.Flows.Single(f =>
            f.Category.Code == "851713"
            && f.Direction == TradeDirection.Imports
            && f.Period.Year == 2024
        );
        Assert.Equal(Money.Parse("USD 1313.5", null), phones.Value); // 1000 + 56 + 250.5 + 7, exactly
    }

    [Fact]
    public async Task An_answer_at_the_row_cap_is_split_by_period_and_the_parts_merged_with_nothing_lost_or_doubled()
    {
        await using var server = await StartAsync((r, _) => ComtradeApi.Answer(r));
        var progress = new List<SourceProgress>();
        var limits = NoWait with { RowCap = 10 }; // two years ask for 16 records

        var response = await Client(server, limits: limits)
            .GetAsync(TwoYears, progress: new Recorder(progress), cancellationToken: Token);

        Assert.Equal(3, server.Requests.Count); // both years, then each year alone
        Assert.Equal(
            ["period=2023,2024", "period=2023", "period=2024"],
            server.Requests.Select(r => r.Query.Split('&')[1])
        );
        Assert.Equal([new(1, 3), new(2, 3), new(3, 3)], progress);
        Assert.Equal(12, response.Value.Flows.Count);
        Assert.Equal(4, response.Value.Aggregates!.Count);
        Assert.Equal(3, response.Attempts);
    }

    [Fact]
    public async Task A_query_over_the_period_limit_is_split_into_calls_of_at_most_that_many()
    {
        await using var server = await StartAsync((r, _) => ComtradeApi.Answer(r));
        var years = new ComtradeQuery([
            .. Enumerable.Range(2000, 25).Select(ReferencePeriod.ForYear),
        ])
        {
            Reporters = [156],
            Partners = [0],
            Flows = [TradeDirection.Exports],
            Commodities = ["851713"],
        };

        var response = await Client(server).GetAsync(years, cancellationToken: Token);

        Assert.Equal(3, server.Requests.Count); // 12 + 12 + 1
        Assert.Equal(25, response.Value.Flows.Count);
        Assert.Equal(
            Enumerable.Range(2000, 25),
            response.Value.Flows.Select(f => f.Period.Year).Order()
        );
    }

    [Fact]
    public async Task One_call_that_cannot_be_split_and_reaches_the_cap_is_an_error_naming_it()
    {
        await using var server = await StartAsync((r, _) => ComtradeApi.Answer(r));
        var one = new ComtradeQuery([ReferencePeriod.ForYear(2024)])
        {
            Reporters = [156],
            Partners = [0],
            Flows = [TradeDirection.Exports],
        };

        var e = await Assert.ThrowsAsync<SourceException>(() =>
            Client(server, limits: NoWait with { RowCap = 4 })
                .GetAsync(one, cancellationToken: Token)
        );

        Assert.Contains(
            "returned 4 records, the most one call returns",
            e.Message,
            StringComparison.Ordinal
        );
        Assert.Contains("period=2024", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_from_the_API_is_an_exception_with_its_message_and_the_query_and_never_the_key()
    {
        await using var refused = await StartAsync(
            (_, _) =>
                new Reply(
                    200,
                    "{\"elapsedTime\":\"0 secs\",\"count\":0,\"data\":null,\"error\":\"Invalid cmdCode: XYZ\"}",
                    "application/json"
                )
        );
        await using var unauthorised = await StartAsync(
            (_, _) =>
                new Reply(
                    401,
                    "{\"statusCode\": 401, \"message\": \"Access denied due to invalid subscription key.\"}",
                    "application/json"
                )
        );

        var api = await Assert.ThrowsAsync<SourceException>(() =>
            Client(refused)
                .GetAsync(TwoYears with { Commodities = ["XYZ"] }, cancellationToken: Token)
        );
        var key = await Assert.ThrowsAsync<SourceException>(() =>
            Client(unauthorised).GetAsync(TwoYears, cancellationToken: Token)
        );

        Assert.Contains("UN Comtrade refused", api.Message, StringComparison.Ordinal);
        Assert.Contains("Invalid cmdCode: XYZ", api.Message, StringComparison.Ordinal);
        Assert.Contains("cmdCode=XYZ", api.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, key.Status);
        Assert.Contains("invalid subscription key", key.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, key.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, key.Query.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calls_are_spaced_by_the_interval_the_limits_set()
    {
        await using var server = await StartAsync((r, _) => ComtradeApi.Answer(r));
        var limits = new ComtradeOptions
        {
            CallInterval = TimeSpan.FromMilliseconds(300),
            MaxPeriodsPerCall = 1,
        };
        // When each call leaves the client: the server's arrival times also hold the first call's connection set-up,
        // which can bring the second arrival closer to the first than the calls were sent.
        var sent = new List<DateTimeOffset>();
        using var recording = new HttpClient(
            new SendTimes(sent) { InnerHandler = new HttpClientHandler() }
        );
        // A first request sets up the connection and the handlers, so that no call below carries that one-time cost
        // between its turn and its send.
        (await recording.GetAsync(server.Address, Token)).Dispose();
        sent.Clear();

        await new ComtradeClient(recording, Key, limits, Fixtures.Quick, server.Address).GetAsync(
            TwoYears with
            {
                Periods = [.. Enumerable.Range(2021, 3).Select(ReferencePeriod.ForYear)],
            },
            cancellationToken: Token
        );

        Assert.Equal(4, server.Requests.Count);
        Assert.Equal(3, sent.Count);
        Assert.All(
            sent.Zip(sent.Skip(1)),
            pair =>
                Assert.True(
                    pair.Second - pair.First >= TimeSpan.FromMilliseconds(290),
                    $"{(pair.Second - pair.First).TotalMilliseconds:0} ms apart"
                )
        );
    }

    /// <summary>Records when each request is sent.</summary>
    private sealed class SendTimes(List<DateTimeOffset> sent) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request,
            CancellationToken cancellationToken
        )
        {
            lock (sent)
            {
                sent.Add(DateTimeOffset.UtcNow);
            }
            return base.SendAsync(request, cancellationToken);
        }
    }

    [Fact]
    public async Task A_rate_limited_call_is_retried_and_its_records_come_once()
    {
        await using var server = await StartAsync(
            (r, n) =>
                n == 1
                    ? new Reply(429, "Rate limit is exceeded. Try again in 0 seconds.")
                    {
                        Headers = new Dictionary<string, string> { ["Retry-After"] = "0" },
                    }
                    : ComtradeApi.Answer(r)
        );

        var response = await Client(server).GetAsync(TwoYears, cancellationToken: Token);

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(12, response.Value.Flows.Count);
    }

    [Fact]
    public async Task An_answer_written_as_a_Parquet_dataset_reads_back_as_the_same_flows()
    {
        await using var server = await StartAsync((r, _) => ComtradeApi.Answer(r));
        var folder = Directory.CreateTempSubdirectory("trademodel-comtrade-").FullName;
        try
        {
            var answer = await Client(server).GetAsync(TwoYears, cancellationToken: Token);

            await TradeModel.Data.Parquet.TradeParquet.WritePartitionedAsync(
                answer.Value.Flows,
                folder,
                Token
            );
            var back = await TradeModel.Data.Parquet.TradeParquet.ReadPartitionedAsync(
                folder,
                cancellationToken: Token
            );

            Assert.Equal(
                answer.Value.Flows.Select(f => f.ToString()).Order(StringComparer.Ordinal),
                back.Flows.Select(f => f.ToString()).Order(StringComparer.Ordinal)
            );
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_services_query_asks_for_type_S_and_reads_EBOPS_categories()
    {
        const string Records = """
            {"elapsedTime":"0.02 secs","count":3,"data":[
            {"typeCode":"S","freqCode":"A","period":"2024","reporterCode":156,"flowCode":"X","partnerCode":0,"partner2Code":0,"classificationCode":"EB10","cmdCode":"S","customsCode":"C00","motCode":0,"primaryValue":438462000000,"isAggregate":true},
            {"typeCode":"S","freqCode":"A","period":"2024","reporterCode":156,"flowCode":"X","partnerCode":0,"partner2Code":0,"classificationCode":"EB10","cmdCode":"SD","customsCode":"C00","motCode":0,"primaryValue":41742000000,"isAggregate":false},
            {"typeCode":"S","freqCode":"A","period":"2024","reporterCode":156,"flowCode":"X","partnerCode":0,"partner2Code":0,"classificationCode":"EB10","cmdCode":"SC","customsCode":"C00","motCode":0,"primaryValue":54121000000,"isAggregate":false}
            ],"error":""}
            """;
        await using var server = await StartAsync(
            (_, _) => new Reply(200, Records, "application/json")
        );
        var query = new ComtradeQuery([ReferencePeriod.ForYear(2024)])
        {
            Type = ComtradeTradeType.Services,
            Classification = "EB10",
            Reporters = [156],
            Partners = [0],
            Flows = [TradeDirection.Exports],
        };

        var response = await Client(server).GetAsync(query, cancellationToken: Token);

        Assert.Equal("/data/v1/get/S/A/EB10", server.Requests[0].Path);
        Assert.Equal(
            ["SC", "SD"],
            response.Value.Flows.Select(f => f.Category.Code).Order(StringComparer.Ordinal)
        );
        Assert.Equal("S", Assert.Single(response.Value.Aggregates!).Category.Code);
        Assert.Equal(
            Money.Parse("USD 41742000000", null),
            response.Value.Flows.Single(f => f.Category.Code == "SD").Value
        );
    }

    public static TheoryData<string> Failures() =>
        ["500", "503", "reset", "truncated", "slow", "gzip"];

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task A_transient_failure_of_a_call_is_survived_and_its_records_come_once(
        string failure
    )
    {
        await using var server = await StartAsync(
            (r, n) =>
                (failure, n) switch
                {
                    ("gzip", _) => ComtradeApi.Answer(r) with { Gzip = true },
                    (_, > 1) => ComtradeApi.Answer(r),
                    ("500", _) => new Reply(500, "Internal server error"),
                    ("503", _) => new Reply(503, "The service is unavailable."),
                    ("reset", _) => ComtradeApi.Answer(r) with { Reset = true },
                    ("truncated", _) => ComtradeApi.Answer(r) with { Truncate = true },
                    _ => ComtradeApi.Answer(r) with { Delay = TimeSpan.FromSeconds(5) },
                }
        );
        var client = new ComtradeClient(
            http,
            Key,
            NoWait,
            Fixtures.Quick with
            {
                AttemptTimeout = TimeSpan.FromMilliseconds(500),
            },
            server.Address
        );

        var response = await client.GetAsync(TwoYears, cancellationToken: Token);

        Assert.Equal(failure == "gzip" ? 1 : 2, server.Requests.Count);
        Assert.Equal(12, response.Value.Flows.Count);
        Assert.Equal(4, response.Value.Aggregates!.Count);
    }

    [Fact]
    public async Task An_HTML_page_or_an_empty_answer_is_named_or_empty_not_misread()
    {
        await using var page = await StartAsync(
            (_, _) =>
                new Reply(
                    200,
                    "<!DOCTYPE html><html><head><title>Scheduled maintenance</title></head></html>",
                    "text/html"
                )
        );
        await using var empty = await StartAsync(
            (_, _) =>
                new Reply(
                    200,
                    "{\"elapsedTime\":\"0 secs\",\"count\":0,\"data\":[],\"error\":\"\"}",
                    "application/json"
                )
        );

        var e = await Assert.ThrowsAsync<SourceException>(() =>
            Client(page).GetAsync(TwoYears, cancellationToken: Token)
        );
        var none = await Client(empty).GetAsync(TwoYears, cancellationToken: Token);

        Assert.Contains("Scheduled maintenance", e.Message, StringComparison.Ordinal);
        Assert.Single(page.Requests);
        Assert.Empty(none.Value.Flows);
        Assert.Equal(0, none.Value.Report.RowsRead);
    }

    private sealed class Recorder(List<SourceProgress> reports) : IProgress<SourceProgress>
    {
        public void Report(SourceProgress value) => reports.Add(value);
    }
}
