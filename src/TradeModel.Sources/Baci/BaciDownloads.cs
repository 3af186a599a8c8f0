using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Polly;
using Polly.Retry;
using TradeModel.Sources.Internal;

namespace TradeModel.Sources.Baci;

/// <summary>
/// Downloads a BACI release from CEPII by its HS edition and version (<c>HS22</c>, <c>202501</c>) into a folder, as
/// the zip CEPII publishes (<c>BACI_HS22_V202501.zip</c>), to read with <c>BaciArchive.Open</c>. The file is streamed
/// to disk (a release is gigabytes), written under a temporary name and renamed when whole; a dropped connection is
/// retried from where it stopped (an HTTP range) when the server allows it. A release already in the folder is not
/// downloaded again unless <see cref="SourceOptions.Cache"/> is <see cref="CacheMode.Refresh"/>; offline, a release
/// not in the folder is an error.
/// </summary>
/// <example>
/// <code language="csharp">
/// using var http = new HttpClient();
/// var path = (await new BaciDownloads(http).DownloadAsync("HS22", "202501", "baci")).Value;
/// using var release = BaciArchive.Open(path);
/// </code>
/// </example>
public sealed partial class BaciDownloads
{
    /// <summary>Where CEPII publishes BACI's zips.</summary>
    public static readonly Uri DefaultAddress = new(
        "https://www.cepii.fr/DATA_DOWNLOAD/baci/data/"
    );

    private readonly HttpClient http;

    /// <summary>A downloader through <paramref name="http"/>.</summary>
    /// <param name="http">The HTTP client.</param>
    /// <param name="options">Retries and cache mode; the defaults when null (the attempt time does not apply: a release takes minutes to download).</param>
    /// <param name="address">Where the zips are (<see cref="DefaultAddress"/> unless given).</param>
    /// <exception cref="ArgumentNullException"><paramref name="http"/> is null.</exception>
    public BaciDownloads(HttpClient http, SourceOptions? options = null, Uri? address = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        this.http = http;
        Options = options ?? new SourceOptions();
        Address = address ?? DefaultAddress;
    }

    /// <summary>Where the zips are.</summary>
    public Uri Address { get; }

    /// <summary>Retries and cache mode.</summary>
    public SourceOptions Options { get; }

    /// <summary>The file name of a release: <c>BACI_{edition}_V{version}.zip</c>.</summary>
    /// <param name="edition">The HS edition as BACI names it: HS92, HS96, HS02, HS07, HS12, HS17 or HS22.</param>
    /// <param name="version">The release version, <c>YYYYMM</c> (202501), as CEPII numbers them.</param>
    /// <returns>The file name.</returns>
    /// <exception cref="ArgumentException">The edition or version is not one BACI uses; the message quotes it.</exception>
    public static string FileName(string edition, string version)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(version);
        if (!Edition().IsMatch(edition))
        {
            throw new ArgumentException(
                $"'{edition}' is not a BACI edition: HS92, HS96, HS02, HS07, HS12, HS17 or HS22.",
                nameof(edition)
            );
        }
        if (!Version().IsMatch(version))
        {
            throw new ArgumentException(
                $"'{version}' is not a BACI version: a year and month, YYYYMM (202501).",
                nameof(version)
            );
        }
        return $"BACI_{edition}_V{version}.zip";
    }

    /// <summary>Downloads a release into a folder, or finds it there.</summary>
    /// <param name="edition">The HS edition (HS92 … HS22).</param>
    /// <param name="version">The version, YYYYMM.</param>
    /// <param name="folder">The folder to keep it in (created when missing).</param>
    /// <param name="progress">Bytes on disk, as they arrive.</param>
    /// <param name="cancellationToken">Cancels the download (the partial file is kept, to resume).</param>
    /// <returns>The zip's path, with when it was downloaded and whether it was already there.</returns>
    /// <exception cref="ArgumentException">The edition or version is not one BACI uses.</exception>
    /// <exception cref="SourceException">The server failed after the retries, has no such release, or answered with a page; or offline, the release is not in the folder.</exception>
    public async Task<SourceResponse<string>> DownloadAsync(
        string edition,
        string version,
        string folder,
        IProgress<DownloadProgress>? progress = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(folder);
        var name = FileName(edition, version);
        var address = new Uri(Address, name);
        var path = Path.Combine(folder, name);
        if (File.Exists(path) && Options.Cache != CacheMode.Refresh)
        {
            return new SourceResponse<string>(
                path,
                address,
                File.GetLastWriteTimeUtc(path),
                true,
                0
            );
        }
        if (Options.Cache == CacheMode.Offline)
        {
            throw new SourceException(
                $"{name} is not in {folder}, and the downloader is offline.",
                address,
                null,
                0
            );
        }
        Directory.CreateDirectory(folder);
        var partial = path + ".part";
        var attempts = 0;
        var pipeline = Pipeline();
        try
        {
            await pipeline
                .ExecuteAsync(
                    async token =>
                    {
                        attempts++;
                        await ReadAsync(address, partial, progress, token).ConfigureAwait(false);
                    },
                    cancellationToken
                )
                .ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            throw new SourceException(
                $"{address} failed after {attempts} call{(attempts == 1 ? "" : "s")}: {e.Message}",
                address,
                (e as HttpRequestException)?.StatusCode,
                attempts,
                e
            );
        }
        File.Move(partial, path, overwrite: true);
        return new SourceResponse<string>(path, address, Options.Time.GetUtcNow(), false, attempts);
    }

    private ResiliencePipeline Pipeline()
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = Options.Time };
        if (Options.Retries > 0)
        {
            builder.AddRetry(
                new RetryStrategyOptions
                {
                    MaxRetryAttempts = Options.Retries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = Options.RetryDelay,
                    ShouldHandle = new PredicateBuilder()
                        // No status: the connection failed; a status: the same ones as every other call.
                        .Handle<HttpRequestException>(e =>
                            e.StatusCode is not { } status || Answer.IsTransientStatus(status)
                        )
                        .Handle<IOException>(),
                }
            );
        }
        return builder.Build();
    }

    /// <summary>One call: the rest of the file from what the partial file holds (a range), appended to it.</summary>
    private async Task ReadAsync(
        Uri address,
        string partial,
        IProgress<DownloadProgress>? progress,
        CancellationToken token
    )
    {
        var have = File.Exists(partial) ? new FileInfo(partial).Length : 0;
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        if (have > 0)
        {
            request.Headers.Range = new RangeHeaderValue(have, null);
        }
        using var response = await http.SendAsync(
                request,
                HttpCompletionOption.ResponseHeadersRead,
                token
            )
            .ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable && have > 0)
        {
            return; // the partial file is already whole
        }
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException(
                $"HTTP {(int)response.StatusCode} {response.StatusCode}{(response.StatusCode == HttpStatusCode.NotFound ? ": CEPII has no such release (see its BACI page for the versions it keeps)" : "")}",
                null,
                response.StatusCode
            );
        }
        if (response.Content.Headers.ContentType?.MediaType is "text/html")
        {
            throw new HttpRequestException(
                $"HTTP {(int)response.StatusCode} answered with a web page, not the zip",
                null,
                HttpStatusCode.UnsupportedMediaType
            );
        }
        // A server that ignores the range sends the whole file again: start over.
        var append = have > 0 && response.StatusCode == HttpStatusCode.PartialContent;
        var total = response.Content.Headers.ContentLength is { } length
            ? (append ? have + length : length)
            : (long?)null;
        await using var file = new FileStream(
            partial,
            append ? FileMode.Append : FileMode.Create,
            FileAccess.Write
        );
        await using var body = await response
            .Content.ReadAsStreamAsync(token)
            .ConfigureAwait(false);
        var buffer = new byte[1 << 16];
        var written = append ? have : 0;
        int read;
        while ((read = await body.ReadAsync(buffer, token).ConfigureAwait(false)) > 0)
        {
            await file.WriteAsync(buffer.AsMemory(0, read), token).ConfigureAwait(false);
            written += read;
            progress?.Report(new DownloadProgress(written, total));
        }
        if (total is { } whole && written != whole)
        {
            throw new IOException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"the body ended at {written:N0} of {whole:N0} bytes"
                )
            );
        }
    }

    [GeneratedRegex("^HS(92|96|02|07|12|17|22)$")]
    private static partial Regex Edition();

    [GeneratedRegex("^20[0-9]{2}(0[1-9]|1[0-2])$")]
    private static partial Regex Version();
}
