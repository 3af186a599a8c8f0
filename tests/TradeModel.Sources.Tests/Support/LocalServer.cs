using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TradeModel.Sources.Tests.Support;

/// <summary>
/// A real HTTP server (Kestrel, on a free loopback port) that answers each request with what the test's script says
/// for it, and records every request: path, query, headers and when it came.
/// </summary>
public sealed class LocalServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<Recorded> requests = new();

    private LocalServer(WebApplication app) => this.app = app;

    /// <summary>The server's root address (<c>http://127.0.0.1:port/</c>).</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Every request, in the order they came.</summary>
    public IReadOnlyList<Recorded> Requests => [.. requests];

    /// <summary>Starts a server that answers the n-th request (from 1) to each path with <paramref name="script"/>.</summary>
    public static async Task<LocalServer> StartAsync(Func<Recorded, int, Reply> script)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new LocalServer(app);
        var counts = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        app.Run(async context =>
        {
            var recorded = new Recorded(
                context.Request.Path.Value ?? "",
                Uri.UnescapeDataString(context.Request.QueryString.Value ?? ""),
                context.Request.Headers.ToDictionary(
                    h => h.Key,
                    h => h.Value.ToString(),
                    StringComparer.OrdinalIgnoreCase
                ),
                DateTimeOffset.UtcNow
            );
            server.requests.Enqueue(recorded);
            var n = counts.AddOrUpdate(recorded.Path, 1, (_, c) => c + 1);
            await script(recorded, n).WriteAsync(context);
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        server.Address = new Uri(app.Urls.First() + "/");
        return server;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    /// <summary>A request as the server got it.</summary>
    public sealed record Recorded(
        string Path,
        string Query,
        IReadOnlyDictionary<string, string> Headers,
        DateTimeOffset At
    );

    /// <summary>An answer, or a failure to answer.</summary>
    public sealed record Reply(int Status, string Body, string ContentType = "text/plain")
    {
        /// <summary>Headers to send.</summary>
        public IReadOnlyDictionary<string, string> Headers { get; init; } =
            new Dictionary<string, string>();

        /// <summary>How long to wait before answering.</summary>
        public TimeSpan Delay { get; init; }

        /// <summary>A binary body, sent instead of <see cref="Body"/> when set.</summary>
        public byte[]? Bytes { get; init; }

        /// <summary>Send the body gzip-compressed, with Content-Encoding: gzip.</summary>
        public bool Gzip { get; init; }

        /// <summary>Announce the whole body's length, send half of it, and drop the connection.</summary>
        public bool Truncate { get; init; }

        /// <summary>Send half the body without announcing its length, and drop the connection.</summary>
        public bool Reset { get; init; }

        internal async Task WriteAsync(HttpContext context)
        {
            if (Delay > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(Delay, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
            context.Response.StatusCode = Status;
            context.Response.ContentType = ContentType;
            foreach (var (name, value) in Headers)
            {
                context.Response.Headers[name] = value;
            }
            var bytes = Bytes ?? Encoding.UTF8.GetBytes(Body);
            if (Gzip)
            {
                using var packed = new MemoryStream();
                using (var zip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
                {
                    zip.Write(bytes);
                }
                bytes = packed.ToArray();
                context.Response.Headers.ContentEncoding = "gzip";
            }
            if (Truncate || Reset)
            {
                if (Truncate)
                {
                    context.Response.ContentLength = bytes.Length;
                }
                await context.Response.Body.WriteAsync(bytes.AsMemory(0, bytes.Length / 2));
                await context.Response.Body.FlushAsync();
                // A flush hands the bytes to Kestrel's transport, which an abort right after can still drop unsent;
                // wait until they are on the wire, so that the client has half the body when the connection goes.
                await Task.Delay(TimeSpan.FromMilliseconds(300));
                context.Abort();
                return;
            }
            context.Response.ContentLength = bytes.Length;
            await context.Response.Body.WriteAsync(bytes);
        }
    }
}
