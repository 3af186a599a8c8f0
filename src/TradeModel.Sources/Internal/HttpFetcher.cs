using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace TradeModel.Sources.Internal;

/// <summary>
/// Gets a query's body from a source: from the cache when it may, otherwise by calls through a retry pipeline (Polly):
/// rate limits (429, waiting what <c>Retry-After</c> asks up to a limit), server errors (500, 502, 503, 504, 408),
/// dropped connections, bodies cut short and attempts over their time are retried with exponential backoff and
/// jitter; anything else, or the same after the retries, is a <see cref="SourceException"/> naming the query.
/// </summary>
internal sealed class HttpFetcher
{
    private readonly HttpClient http;
    private readonly SourceOptions options;
    private readonly ResponseCache? cache;
    private readonly ResiliencePipeline<Answer> pipeline;

    internal HttpFetcher(HttpClient http, SourceOptions options)
    {
        this.http = http;
        this.options = options;
        cache = options.CacheFolder is { } folder ? new ResponseCache(folder) : null;
        var builder = new ResiliencePipelineBuilder<Answer> { TimeProvider = options.Time };
        if (options.Retries > 0)
        {
            builder.AddRetry(
                new RetryStrategyOptions<Answer>
                {
                    MaxRetryAttempts = options.Retries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.RetryDelay,
                    ShouldHandle = new PredicateBuilder<Answer>()
                        .Handle<HttpRequestException>()
                        .Handle<IOException>()
                        .Handle<TimeoutRejectedException>()
                        // The HttpClient's own Timeout (not the caller's token): a TimeoutException inside.
                        .Handle<TaskCanceledException>(e => e.InnerException is TimeoutException)
                        .HandleResult(a =>
                            a.IsTransient
                            && (a.RetryAfter is not { } wait || wait <= options.MaxRetryAfter)
                        ),
                    // Retry-After when the source sends it; the backoff otherwise.
                    DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter),
                }
            );
        }
        builder.AddTimeout(options.AttemptTimeout);
        pipeline = builder.Build();
    }

    /// <summary>The body of the query, in the format <paramref name="accept"/> asks for.</summary>
    /// <param name="query">The address, without any key.</param>
    /// <param name="accept">The Accept header.</param>
    /// <param name="headers">Further headers (a subscription key), never cached nor named in errors.</param>
    /// <param name="isEmpty">Whether an error answer means "no data for this query" (an empty result, not an error).</param>
    /// <param name="cancellationToken">Cancels the calls and the waits between them.</param>
    /// <param name="beforeCall">Waited before each call, retries included (a rate limit's spacing).</param>
    internal async Task<Fetched> GetAsync(
        Uri query,
        string accept,
        IReadOnlyDictionary<string, string>? headers,
        Func<Answer, bool>? isEmpty,
        CancellationToken cancellationToken,
        Func<CancellationToken, Task>? beforeCall = null
    )
    {
        if (cache is not null && options.Cache != CacheMode.Refresh)
        {
            if (cache.TryGet(query, accept) is { } kept)
            {
                return kept;
            }
            if (options.Cache == CacheMode.Offline)
            {
                throw new SourceException(
                    $"{query} is not in the cache ({options.CacheFolder}), and the client is offline.",
                    query,
                    null,
                    0
                );
            }
        }
        else if (options.Cache == CacheMode.Offline)
        {
            throw new SourceException(
                $"{query} cannot be answered offline: no cache folder is set.",
                query,
                null,
                0
            );
        }
        var attempts = 0;
        Answer answer;
        try
        {
            answer = await pipeline
                .ExecuteAsync(
                    async token =>
                    {
                        if (beforeCall is not null)
                        {
                            await beforeCall(token).ConfigureAwait(false);
                        }
                        attempts++;
                        return await CallAsync(query, accept, headers, token).ConfigureAwait(false);
                    },
                    cancellationToken
                )
                .ConfigureAwait(false);
        }
        catch (Exception e)
            when (e
                    is HttpRequestException
                        or IOException
                        or TimeoutRejectedException
                        or TaskCanceledException { InnerException: TimeoutException }
            )
        {
            throw new SourceException(
                $"{query} failed after {attempts} call{(attempts == 1 ? "" : "s")}: {Describe(e)}",
                query,
                null,
                attempts,
                e
            );
        }
        var empty = isEmpty?.Invoke(answer) == true;
        if (!empty && (int)answer.Status is < 200 or > 299)
        {
            var wait =
                answer.RetryAfter is { } after && after > options.MaxRetryAfter
                    ? string.Create(
                        CultureInfo.InvariantCulture,
                        $"; it asks to wait {after.TotalSeconds:0} s, more than the {options.MaxRetryAfter.TotalSeconds:0} s allowed (SourceOptions.MaxRetryAfter)"
                    )
                    : "";
            throw new SourceException(
                $"{query} failed with HTTP {(int)answer.Status} {answer.Status} after {attempts} call{(attempts == 1 ? "" : "s")}{wait}: {answer.Excerpt()}",
                query,
                answer.Status,
                attempts
            );
        }
        if (!empty && IsPage(answer, accept))
        {
            throw new SourceException(
                $"{query} answered with a web page where {accept} was asked for (HTTP {(int)answer.Status}): {answer.Excerpt()}",
                query,
                answer.Status,
                attempts
            );
        }
        var fetched = new Fetched(
            empty ? [] : answer.Body,
            answer.ContentType,
            options.Time.GetUtcNow(),
            false,
            attempts
        );
        cache?.Put(query, accept, fetched);
        return fetched;
    }

    private async Task<Answer> CallAsync(
        Uri query,
        string accept,
        IReadOnlyDictionary<string, string>? headers,
        CancellationToken token
    )
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, query);
        request.Headers.Accept.ParseAdd(accept);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        using var response = await http.SendAsync(
                request,
                HttpCompletionOption.ResponseHeadersRead,
                token
            )
            .ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(token).ConfigureAwait(false);
        if (response.Content.Headers.ContentEncoding.Contains("gzip"))
        {
            // The client's handler did not decompress it (an HttpClient without AutomaticDecompression).
            body = Gunzip(body);
        }
        return new Answer(
            response.StatusCode,
            body,
            response.Content.Headers.ContentType?.MediaType,
            RetryAfter(response.Headers.RetryAfter)
        );
    }

    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header) =>
        header switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - options.Time.GetUtcNow() is var wait
            && wait > TimeSpan.Zero
                ? wait
                : TimeSpan.Zero,
            _ => null,
        };

    private static byte[] Gunzip(byte[] body)
    {
        using var input = new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>An HTML page where data or structures were asked for: a portal's error or login page with status 200.</summary>
    private static bool IsPage(Answer answer, string accept)
    {
        if (accept.Contains("html", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (answer.ContentType is "text/html" or "application/xhtml+xml")
        {
            return true;
        }
        var start = System
            .Text.Encoding.UTF8.GetString(answer.Body, 0, Math.Min(answer.Body.Length, 200))
            .TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        return start.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    private static string Describe(Exception e) =>
        e switch
        {
            TimeoutRejectedException =>
                "each call took longer than its time (SourceOptions.AttemptTimeout)",
            TaskCanceledException => "each call took longer than the HttpClient's Timeout",
            _ => e.InnerException is { } inner ? $"{e.Message} ({inner.Message})" : e.Message,
        };
}
