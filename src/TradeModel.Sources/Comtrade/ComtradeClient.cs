using System.Globalization;
using System.Text;
using System.Text.Json;
using TradeModel.Classifications;
using TradeModel.Data;
using TradeModel.Data.Comtrade;
using TradeModel.Economies;
using TradeModel.Flows;
using TradeModel.Sources.Internal;

namespace TradeModel.Sources.Comtrade;

/// <summary>
/// A client of UN Comtrade's API: the data endpoint with a subscription key, or the keyless preview endpoint. A query
/// is split into calls where the API's limits say so — at most <see cref="ComtradeOptions.MaxPeriodsPerCall"/> periods a
/// call, and a call whose answer reaches the row cap split again by period, flow, reporter, partner and commodity —
/// and the parts merged into one read by <see cref="ComtradeFile"/> (detail flows, aggregates apart, a record met
/// twice refused as the reader refuses duplicates). Calls are spaced by <see cref="ComtradeOptions.CallInterval"/>;
/// transient failures are retried and answers cached as <see cref="SourceOptions"/> says. The key travels in the
/// <c>Ocp-Apim-Subscription-Key</c> header, never in an address, an error or the cache.
/// </summary>
/// <example>
/// <code language="csharp">
/// using var http = new HttpClient();
/// var comtrade = new ComtradeClient(http, Environment.GetEnvironmentVariable("COMTRADE_KEY"));
/// var china = await comtrade.GetAsync(new ComtradeQuery([ReferencePeriod.ForYear(2024)])
///     { Reporters = [156], Partners = [0], Commodities = ["AG2"] });
/// </code>
/// </example>
public sealed class ComtradeClient
{
    /// <summary>UN Comtrade's API root.</summary>
    public static readonly Uri DefaultAddress = new("https://comtradeapi.un.org/");

    private static readonly TradeDirection[] AllFlows =
    [
        TradeDirection.Exports,
        TradeDirection.Imports,
        TradeDirection.ReExports,
        TradeDirection.ReImports,
    ];

    private readonly HttpFetcher fetcher;
    private readonly CallSpacing spacing;
    private readonly Dictionary<string, string>? headers;

    /// <summary>A client through <paramref name="http"/>: the data endpoint with a key, the preview endpoint without.</summary>
    /// <param name="http">The HTTP client to call through.</param>
    /// <param name="subscriptionKey">The API key, or null for the preview endpoint (at most 500 records a call).</param>
    /// <param name="limits">The API's limits; the published ones when null.</param>
    /// <param name="options">Cache, retries and timeouts; the defaults when null.</param>
    /// <param name="address">The API's root (<see cref="DefaultAddress"/> unless given: a mirror or a test server).</param>
    /// <exception cref="ArgumentNullException"><paramref name="http"/> is null.</exception>
    public ComtradeClient(
        HttpClient http,
        string? subscriptionKey = null,
        ComtradeOptions? limits = null,
        SourceOptions? options = null,
        Uri? address = null
    )
    {
        ArgumentNullException.ThrowIfNull(http);
        Limits = limits ?? new ComtradeOptions();
        Options = options ?? new SourceOptions();
        Address = address ?? DefaultAddress;
        HasKey = !string.IsNullOrWhiteSpace(subscriptionKey);
        headers = HasKey
            ? new Dictionary<string, string> { ["Ocp-Apim-Subscription-Key"] = subscriptionKey! }
            : null;
        fetcher = new HttpFetcher(http, Options);
        spacing = new CallSpacing(Limits.CallInterval, Options.Time);
    }

    /// <summary>The API's root.</summary>
    public Uri Address { get; }

    /// <summary>Whether the client has a key (the data endpoint) or not (the preview endpoint).</summary>
    public bool HasKey { get; }

    /// <summary>The limits the client keeps.</summary>
    public ComtradeOptions Limits { get; }

    /// <summary>How the client calls the API.</summary>
    public SourceOptions Options { get; }

    /// <summary>The most records one call returns: <see cref="ComtradeOptions.RowCap"/>, or 100,000 with a key and 500 without.</summary>
    public int RowCap => Limits.RowCap ?? (HasKey ? 100_000 : 500);

    /// <summary>The address of one call for a query that fits in one (its periods within the limit).</summary>
    /// <param name="query">The query.</param>
    /// <returns>The address, without the key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    /// <exception cref="ArgumentException">The query has no period, a period of another frequency, or more periods than one call names.</exception>
    public Uri CallAddress(ComtradeQuery query)
    {
        Check(query);
        if (query.Periods.Count > Limits.MaxPeriodsPerCall)
        {
            throw new ArgumentException(
                $"The query names {query.Periods.Count} periods; one call names at most {Limits.MaxPeriodsPerCall} (GetAsync splits it).",
                nameof(query)
            );
        }
        var type = query.Type == ComtradeTradeType.Goods ? "C" : "S";
        var frequency = query.Frequency == ComtradeFrequency.Annual ? "A" : "M";
        var path = HasKey
            ? $"data/v1/get/{type}/{frequency}/{Uri.EscapeDataString(query.Classification)}"
            : $"public/v1/preview/{type}/{frequency}/{Uri.EscapeDataString(query.Classification)}";
        var parameters = new List<string>();
        void Add(string name, IEnumerable<string> values)
        {
            var list = values.ToList();
            if (list.Count > 0)
            {
                parameters.Add($"{name}={string.Join(',', list.Select(Uri.EscapeDataString))}");
            }
        }
        Add("reporterCode", query.Reporters.Select(r => r.ToString(CultureInfo.InvariantCulture)));
        Add("period", query.Periods.Select(p => Period(p, query.Frequency)));
        Add("partnerCode", query.Partners.Select(p => p.ToString(CultureInfo.InvariantCulture)));
        Add("partner2Code", ["0"]);
        Add("cmdCode", query.Commodities);
        Add("flowCode", query.Flows.Select(FlowCode));
        Add("customsCode", ["C00"]);
        Add("motCode", ["0"]);
        Add("maxRecords", [RowCap.ToString(CultureInfo.InvariantCulture)]);
        Add("format", ["JSON"]);
        Add("breakdownMode", ["classic"]);
        Add("includeDesc", [query.IncludeDescriptions ? "true" : "false"]);
        return new Uri(Address, $"{path}?{string.Join('&', parameters)}");
    }

    /// <summary>
    /// Asks for the query's data, in as many calls as the API's limits need, and reads the merged answer: detail flows,
    /// and aggregates (TOTAL, chapters, headings) apart.
    /// </summary>
    /// <param name="query">The query.</param>
    /// <param name="read">How records become flows (classification, value basis, errors); HS 2022 for goods and EBOPS 2010 for services, strict, when null.</param>
    /// <param name="progress">Calls done and planned, after each call.</param>
    /// <param name="cancellationToken">Cancels the calls and the waits between them.</param>
    /// <returns>The flows and the report; the address is the first call's, the attempts every call's.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    /// <exception cref="ArgumentException">The query has no period or a period of another frequency.</exception>
    /// <exception cref="SourceException">
    /// A call failed after the retries, the API answered with an error (the message is the API's, with the call's
    /// address), or one call that cannot be split further reaches the row cap.
    /// </exception>
    /// <exception cref="DataFormatException">A record does not read as a flow (strict mode); the line is the record's place in the merged answer, plus one.</exception>
    public async Task<SourceResponse<ReadResult>> GetAsync(
        ComtradeQuery query,
        ComtradeReadOptions? read = null,
        IProgress<SourceProgress>? progress = null,
        CancellationToken cancellationToken = default
    )
    {
        Check(query);
        var plan = new Queue<ComtradeQuery>(
            query.Periods.Chunk(Limits.MaxPeriodsPerCall).Select(p => query with { Periods = p })
        );
        var planned = plan.Count;
        var (done, attempts, fromCache) = (0, 0, true);
        DateTimeOffset? fetchedAt = null;
        Uri? first = null;
        var records = new List<JsonElement>();
        var documents = new List<JsonDocument>();
        try
        {
            while (plan.TryDequeue(out var part))
            {
                var address = CallAddress(part);
                first ??= address;
                var fetched = await fetcher
                    .GetAsync(
                        address,
                        "application/json",
                        headers,
                        null,
                        cancellationToken,
                        spacing.WaitTurnAsync
                    )
                    .ConfigureAwait(false);
                attempts += fetched.Attempts;
                fromCache &= fetched.FromCache;
                fetchedAt = fetchedAt is { } f && f < fetched.FetchedAt ? f : fetched.FetchedAt;
                var (document, data) = Parse(fetched.Body, address);
                documents.Add(document);
                done++;
                if (data.Count >= RowCap)
                {
                    var parts =
                        Split(part)
                        ?? throw new SourceException(
                            string.Create(
                                CultureInfo.InvariantCulture,
                                $"{address} returned {data.Count:N0} records, the most one call returns, and names one period, flow, reporter, partner and commodity: it cannot be split further. Name fewer commodities or ask UN Comtrade's bulk files."
                            ),
                            address,
                            null,
                            fetched.Attempts
                        );
                    foreach (var smaller in parts)
                    {
                        plan.Enqueue(smaller);
                    }
                    planned += parts.Count;
                }
                else
                {
                    records.AddRange(data);
                }
                progress?.Report(new SourceProgress(done, planned));
            }
            var options =
                read
                ?? new ComtradeReadOptions
                {
                    Classification =
                        query.Type == ComtradeTradeType.Services
                            ? Ebops2010.Classification
                            : HarmonizedSystem2022.Classification,
                };
            using var csv = new MemoryStream(Encoding.UTF8.GetBytes(Csv(records)));
            var result = await ComtradeFile
                .ReadFromAsync(csv, $"UN Comtrade {first}", options, cancellationToken)
                .ConfigureAwait(false);
            return new SourceResponse<ReadResult>(
                result,
                first!,
                fetchedAt!.Value,
                fromCache,
                attempts
            );
        }
        finally
        {
            foreach (var document in documents)
            {
                document.Dispose();
            }
        }
    }

    /// <summary>The query in smaller parts that together ask for the same records, or null when it names one of each.</summary>
    internal static List<ComtradeQuery>? Split(ComtradeQuery query)
    {
        static List<ComtradeQuery> Halves<T>(
            IReadOnlyList<T> items,
            Func<IReadOnlyList<T>, ComtradeQuery> make
        ) => [make([.. items.Take(items.Count / 2)]), make([.. items.Skip(items.Count / 2)])];
        if (query.Periods.Count > 1)
        {
            return Halves(query.Periods, p => query with { Periods = p });
        }
        if (query.Flows.Count != 1)
        {
            return query.Flows.Count == 0
                ? [.. AllFlows.Select(f => query with { Flows = [f] })]
                : Halves(query.Flows, f => query with { Flows = f });
        }
        if (query.Reporters.Count != 1)
        {
            return query.Reporters.Count == 0
                ? [.. Areas().Select(r => query with { Reporters = [r] })]
                : Halves(query.Reporters, r => query with { Reporters = r });
        }
        if (query.Partners.Count != 1)
        {
            return query.Partners.Count == 0
                ? [.. Areas().Prepend(0).Select(p => query with { Partners = [p] })]
                : Halves(query.Partners, p => query with { Partners = p });
        }
        return query.Commodities.Count > 1
            ? Halves(query.Commodities, c => query with { Commodities = c })
            : null;
    }

    private static IEnumerable<int> Areas() =>
        Economy.ComtradeAreas.Select(e => e.ComtradeCode).OfType<int>().Distinct().Order();

    private static (JsonDocument Document, List<JsonElement> Data) Parse(byte[] body, Uri address)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            throw new SourceException(
                $"{address} did not answer with JSON: line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}: {e.Message}",
                address,
                null,
                0,
                e
            );
        }
        var root = document.RootElement;
        var error =
            root.ValueKind == JsonValueKind.Object
            && root.TryGetProperty("error", out var e1)
            && e1.ValueKind == JsonValueKind.String
                ? e1.GetString()
                : null;
        if (!string.IsNullOrWhiteSpace(error))
        {
            document.Dispose();
            throw new SourceException($"UN Comtrade refused {address}: {error}", address, null, 1);
        }
        if (
            root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("data", out var data)
            || data.ValueKind is not (JsonValueKind.Array or JsonValueKind.Null)
        )
        {
            document.Dispose();
            throw new SourceException(
                $"{address} answered without a data array.",
                address,
                null,
                1
            );
        }
        return (document, data.ValueKind == JsonValueKind.Null ? [] : [.. data.EnumerateArray()]);
    }

    /// <summary>The records as CSV in the columns they have, in the order first met, values as the API wrote them.</summary>
    private static string Csv(List<JsonElement> records)
    {
        var columns = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            foreach (var property in record.EnumerateObject())
            {
                if (index.TryAdd(property.Name, columns.Count))
                {
                    columns.Add(property.Name);
                }
            }
        }
        if (columns.Count == 0)
        {
            columns.AddRange([
                "reporterCode",
                "partnerCode",
                "flowCode",
                "cmdCode",
                "period",
                "primaryValue",
            ]);
        }
        var text = new StringBuilder(string.Join(',', columns)).Append('\n');
        var row = new string[columns.Count];
        foreach (var record in records)
        {
            Array.Fill(row, "");
            foreach (var property in record.EnumerateObject())
            {
                row[index[property.Name]] = property.Value.ValueKind switch
                {
                    JsonValueKind.String => Quote(property.Value.GetString()!),
                    JsonValueKind.Number => property.Value.GetRawText(),
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    _ => "",
                };
            }
            text.AppendJoin(',', row).Append('\n');
        }
        return text.ToString();
    }

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0
            ? value
            : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static string FlowCode(TradeDirection flow) =>
        flow switch
        {
            TradeDirection.Exports => "X",
            TradeDirection.Imports => "M",
            TradeDirection.ReExports => "RX",
            _ => "RM",
        };

    private static string Period(ReferencePeriod period, ComtradeFrequency frequency) =>
        frequency == ComtradeFrequency.Annual
            ? period.Year.ToString(CultureInfo.InvariantCulture)
            : $"{period.Year:D4}{period.Start.Month:D2}";

    private static void Check(ComtradeQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Periods.Count == 0)
        {
            throw new ArgumentException(
                "A UN Comtrade query names at least one period.",
                nameof(query)
            );
        }
        var kind = query.Frequency == ComtradeFrequency.Annual ? PeriodKind.Year : PeriodKind.Month;
        foreach (var other in query.Periods.Where(p => p.Kind != kind).Take(1))
        {
            throw new ArgumentException(
                $"{other} is not a {(kind == PeriodKind.Year ? "year" : "month")}, and the query is {query.Frequency.ToString().ToLowerInvariant()}.",
                nameof(query)
            );
        }
    }
}
