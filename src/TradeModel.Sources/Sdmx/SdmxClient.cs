using System.Text;
using TradeModel.Data;
using TradeModel.Data.Sdmx;
using TradeModel.Sources.Internal;

namespace TradeModel.Sources.Sdmx;

/// <summary>
/// A client of one SDMX REST service: data by dataflow, key and period (read into flows by the SDMX-CSV or SDMX-JSON
/// reader), and structures (dataflows, a dataflow's dimensions with their codes, codelists) to find a key before
/// asking for data. Transient failures are retried and answers cached as <see cref="SourceOptions"/> says; the
/// <see cref="HttpClient"/> is yours (from <c>IHttpClientFactory</c>, with your handlers), and the client keeps no
/// other state.
/// </summary>
/// <example>
/// <code language="csharp">
/// using var http = new HttpClient();
/// var ecb = new SdmxClient(http, SdmxProviders.Ecb, new SourceOptions { CacheFolder = "sdmx-cache" });
/// var structure = await ecb.GetDataStructureAsync(SdmxFlowRef.Parse("ECB,EXR,1.0"));
/// var key = structure.Value.Key(["A"], ["USD"], ["EUR"], ["SP00"], ["A"]);
/// </code>
/// </example>
public sealed partial class SdmxClient
{
    private readonly HttpFetcher fetcher;

    /// <summary>A client of <paramref name="provider"/> through <paramref name="http"/>.</summary>
    /// <param name="http">The HTTP client to call through (its base address is not used).</param>
    /// <param name="provider">The service.</param>
    /// <param name="options">Cache, retries and timeouts; the defaults when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="http"/> or <paramref name="provider"/> is null.</exception>
    public SdmxClient(HttpClient http, SdmxProvider provider, SourceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(provider);
        Provider = provider;
        Options = options ?? new SourceOptions();
        fetcher = new HttpFetcher(http, Options);
    }

    /// <summary>The service.</summary>
    public SdmxProvider Provider { get; }

    /// <summary>How the client calls it.</summary>
    public SourceOptions Options { get; }

    /// <summary>The address a data query is asked at, in the provider's API version.</summary>
    /// <param name="query">The query.</param>
    /// <returns>The address.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    /// <exception cref="NotSupportedException">The provider does not give data in the query's format; the message says which it gives.</exception>
    public Uri DataAddress(SdmxDataQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!Provider.Formats.Contains(query.Format))
        {
            throw new NotSupportedException(
                $"{Provider.Id} gives no SDMX-{query.Format.ToString().ToUpperInvariant()} data; it gives {string.Join(", ", Provider.Formats.Select(f => "SDMX-" + f.ToString().ToUpperInvariant()))}."
            );
        }
        var flow = query.Flow;
        var parameters = new List<string>();
        string path;
        if (Provider.Version == SdmxApiVersion.V21)
        {
            var key = query.Key.Length == 0 ? "all" : query.Key;
            path =
                $"data/{Escape(flow with { Agency = flow.Agency ?? Provider.Agency })}/{Escape(key)}";
            if (query.Start is { } start)
            {
                parameters.Add($"startPeriod={start}");
            }
            if (query.End is { } end)
            {
                parameters.Add($"endPeriod={end}");
            }
        }
        else
        {
            // SDMX 3.0: any value is '*', also for an empty position of the key.
            var key =
                query.Key.Length == 0
                    ? "*"
                    : string.Join('.', query.Key.Split('.').Select(v => v.Length == 0 ? "*" : v));
            path =
                $"data/dataflow/{Escape(flow.Agency ?? Provider.Agency)}/{Escape(flow.Id)}/{Escape(flow.Version ?? "~")}/{Escape(key)}";
            var bounds = new[]
            {
                query.Start is { } start ? $"ge:{start}" : null,
                query.End is { } end ? $"le:{end}" : null,
            }.OfType<string>();
            if (bounds.Any())
            {
                parameters.Add($"c[TIME_PERIOD]={string.Join('+', bounds)}");
            }
        }
        if (query.Format == SdmxFormat.Csv && Provider.CsvParameter is { } csv)
        {
            parameters.Add(csv);
        }
        return Address(path, parameters);
    }

    /// <summary>
    /// Asks for data and reads it into flows. An answer with no observations (an empty file, or the service's
    /// "no results" error) is an empty result, not an error.
    /// </summary>
    /// <param name="query">The query.</param>
    /// <param name="read">How the observations become flows (dimensions, classification, errors); balance-of-payments services when null.</param>
    /// <param name="cancellationToken">Cancels the calls, the waits between them, and the read.</param>
    /// <returns>The flows and the read's report, with when the answer was fetched and whether the cache gave it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    /// <exception cref="NotSupportedException">The provider does not give data in the query's format.</exception>
    /// <exception cref="SourceException">The service failed after the retries, answered with something other than data, or the query is not cached offline.</exception>
    /// <exception cref="DataFormatException">The data does not read as flows (strict mode); the message names the row or observation.</exception>
    public async Task<SourceResponse<ReadResult>> GetDataAsync(
        SdmxDataQuery query,
        SdmxReadOptions? read = null,
        CancellationToken cancellationToken = default
    )
    {
        var address = DataAddress(query);
        var accept = DataMediaType(query.Format);
        var fetched = await fetcher
            .GetAsync(address, accept, null, IsNoResults, cancellationToken)
            .ConfigureAwait(false);
        var name = $"{Provider.Id} {query.Flow}";
        var options = read ?? new SdmxReadOptions();
        ReadResult result;
        if (fetched.Body.Length == 0)
        {
            result = SdmxCsv.ReadFrom(
                new MemoryStream(Encoding.UTF8.GetBytes(EmptyCsv(options))),
                name,
                options,
                cancellationToken
            );
        }
        else
        {
            using var body = new MemoryStream(fetched.Body, writable: false);
            result =
                query.Format == SdmxFormat.Csv
                    ? await SdmxCsv
                        .ReadFromAsync(body, name, options, cancellationToken)
                        .ConfigureAwait(false)
                    : await SdmxJson
                        .ReadFromAsync(body, name, options, cancellationToken)
                        .ConfigureAwait(false);
        }
        return new SourceResponse<ReadResult>(
            result,
            address,
            fetched.FetchedAt,
            fetched.FromCache,
            fetched.Attempts
        );
    }

    private string DataMediaType(SdmxFormat format) =>
        (format, Provider.Version) switch
        {
            (SdmxFormat.Csv, SdmxApiVersion.V21) => "application/vnd.sdmx.data+csv;version=1.0.0",
            (SdmxFormat.Csv, _) => "application/vnd.sdmx.data+csv;version=2.0.0",
            (_, SdmxApiVersion.V21) => "application/vnd.sdmx.data+json;version=1.0.0",
            _ => "application/vnd.sdmx.data+json;version=2.0.0",
        };

    /// <summary>
    /// The services' answer for a query that matches no data: 404 with SDMX error code 100 ("No Results Found") in
    /// the body, in any format.
    /// </summary>
    private static bool IsNoResults(Answer answer)
    {
        if (answer.Status != System.Net.HttpStatusCode.NotFound)
        {
            return false;
        }
        var text = Encoding.UTF8.GetString(answer.Body);
        return text.Contains("No Results Found", StringComparison.OrdinalIgnoreCase)
            || text.Contains("NoResultsFound", StringComparison.OrdinalIgnoreCase)
            || NoResultsCode().IsMatch(text);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"code[""']?\s*[:=]\s*[""']?100\b")]
    private static partial System.Text.RegularExpressions.Regex NoResultsCode();

    /// <summary>The header of an SDMX-CSV file with no rows, in the columns the read options name.</summary>
    private static string EmptyCsv(SdmxReadOptions options) =>
        $"DATAFLOW,{options.ReporterDimension},{options.PartnerDimension},{options.DirectionDimension},{options.CategoryDimension},TIME_PERIOD,OBS_VALUE,UNIT_MULT,CURRENCY\n";

    private Uri Address(string path, List<string> parameters) =>
        new(
            Provider.BaseAddress,
            parameters.Count == 0 ? path : $"{path}?{string.Join('&', parameters)}"
        );

    private static string Escape(SdmxFlowRef flow) => Escape(flow.ToString());

    /// <summary>A part of a path, escaped but for the characters SDMX gives meaning there: <c>, + * ~</c>.</summary>
    private static string Escape(string part) =>
        Uri.EscapeDataString(part)
            .Replace("%2C", ",", StringComparison.Ordinal)
            .Replace("%2B", "+", StringComparison.Ordinal)
            .Replace("%2A", "*", StringComparison.Ordinal);
}
