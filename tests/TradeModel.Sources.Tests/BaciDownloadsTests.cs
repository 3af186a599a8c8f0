using System.Net;
using TradeModel.Data.Baci;
using TradeModel.Sources.Baci;
using TradeModel.Sources.Tests.Support;
using static TradeModel.Sources.Tests.Support.LocalServer;

namespace TradeModel.Sources.Tests;

/// <summary>
/// A BACI release downloaded by edition and version from a real local server: streamed to disk, resumed after a dropped
/// connection, found again without a call, refused by name when it does not exist.
/// </summary>
public sealed class BaciDownloadsTests : IDisposable
{
    private readonly HttpClient http = new();
    private readonly string folder = Directory.CreateTempSubdirectory("trademodel-baci-").FullName;
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static readonly byte[] Zip = File.ReadAllBytes(
        Path.Combine(AppContext.BaseDirectory, "Fixtures", "BACI_HS22_V202501-sample.zip")
    );

    public void Dispose()
    {
        http.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>The zip, or the part a Range header asks for (206 with its Content-Range).</summary>
    private static Reply Serve(Recorded request)
    {
        if (request.Path != "/baci/BACI_HS22_V202501.zip")
        {
            return new Reply(404, "<html><body>Not found</body></html>", "text/html");
        }
        if (request.Headers.TryGetValue("Range", out var range))
        {
            var from = int.Parse(
                range["bytes=".Length..].TrimEnd('-'),
                System.Globalization.CultureInfo.InvariantCulture
            );
            return new Reply(206, "", "application/zip")
            {
                Bytes = Zip[from..],
                Headers = new Dictionary<string, string>
                {
                    ["Content-Range"] = $"bytes {from}-{Zip.Length - 1}/{Zip.Length}",
                },
            };
        }
        return new Reply(200, "", "application/zip") { Bytes = Zip };
    }

    private BaciDownloads Downloads(LocalServer server, SourceOptions? options = null) =>
        new(http, options ?? Fixtures.Quick, new Uri(server.Address, "baci/"));

    [Fact]
    public async Task A_release_is_downloaded_by_edition_and_version_and_reads_as_BACIs_zip()
    {
        await using var server = await StartAsync((r, _) => Serve(r));
        var progress = new List<DownloadProgress>();

        var downloaded = await Downloads(server)
            .DownloadAsync("HS22", "202501", folder, new Recorder(progress), Token);

        Assert.Equal(Path.Combine(folder, "BACI_HS22_V202501.zip"), downloaded.Value);
        Assert.Equal(Zip, await File.ReadAllBytesAsync(downloaded.Value, Token));
        Assert.Equal(1.0, progress[^1].Fraction);
        using var release = BaciArchive.Open(downloaded.Value);
        Assert.Equal([2021, 2022, 2023], release.Years);
    }

    [Fact]
    public async Task A_connection_dropped_mid_file_resumes_from_where_it_stopped()
    {
        await using var server = await StartAsync(
            (r, n) => n == 1 ? Serve(r) with { Reset = true } : Serve(r)
        );

        var downloaded = await Downloads(server)
            .DownloadAsync("HS22", "202501", folder, cancellationToken: Token);

        Assert.Equal(2, downloaded.Attempts);
        Assert.False(server.Requests[0].Headers.ContainsKey("Range"));
        Assert.StartsWith("bytes=", server.Requests[1].Headers["Range"], StringComparison.Ordinal);
        Assert.NotEqual("bytes=0-", server.Requests[1].Headers["Range"]);
        Assert.Equal(Zip, await File.ReadAllBytesAsync(downloaded.Value, Token));
    }

    [Fact]
    public async Task A_release_already_in_the_folder_is_not_downloaded_again_and_offline_a_missing_one_is_named()
    {
        await using var server = await StartAsync((r, _) => Serve(r));
        await Downloads(server).DownloadAsync("HS22", "202501", folder, cancellationToken: Token);

        var again = await Downloads(server)
            .DownloadAsync("HS22", "202501", folder, cancellationToken: Token);
        var offline = Downloads(server, Fixtures.Quick with { Cache = CacheMode.Offline });
        var e = await Assert.ThrowsAsync<SourceException>(() =>
            offline.DownloadAsync("HS17", "202501", folder, cancellationToken: Token)
        );

        Assert.Single(server.Requests);
        Assert.True(again.FromCache);
        Assert.Contains("BACI_HS17_V202501.zip is not in", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_release_is_an_error_naming_it_and_leaves_no_file()
    {
        await using var server = await StartAsync((r, _) => Serve(r));

        var e = await Assert.ThrowsAsync<SourceException>(() =>
            Downloads(server).DownloadAsync("HS22", "209912", folder, cancellationToken: Token)
        );

        Assert.Single(server.Requests); // a 404 is not retried
        Assert.Equal(HttpStatusCode.NotFound, e.Status);
        Assert.Contains("BACI_HS22_V209912.zip", e.Message, StringComparison.Ordinal);
        Assert.Contains("no such release", e.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder, "*.zip"));
    }

    [Theory]
    [InlineData("HS23", "202501", "'HS23' is not a BACI edition")]
    [InlineData("HS22", "2025-01", "'2025-01' is not a BACI version")]
    public void An_edition_or_version_BACI_does_not_use_is_refused_by_value(
        string edition,
        string version,
        string message
    )
    {
        var e = Assert.Throws<ArgumentException>(() => BaciDownloads.FileName(edition, version));

        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    private sealed class Recorder(List<DownloadProgress> reports) : IProgress<DownloadProgress>
    {
        public void Report(DownloadProgress value) => reports.Add(value);
    }
}
