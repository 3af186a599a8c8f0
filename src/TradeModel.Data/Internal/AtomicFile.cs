using System.Text;

namespace TradeModel.Data.Internal;

/// <summary>
/// Writes a file so that no failure leaves a damaged one: the content goes to a temporary file beside the target,
/// which replaces the target only once it is complete and flushed. An exception, a cancellation or a killed process
/// leaves the target as it was (absent, or its old content), never half written.
/// </summary>
internal static class AtomicFile
{
    /// <summary>UTF-8 without a byte order mark, as the CSV writers write.</summary>
    internal static readonly Encoding Utf8 = new UTF8Encoding(
        encoderShouldEmitUTF8Identifier: false
    );

    /// <summary>Writes a text file through <paramref name="write"/>.</summary>
    /// <param name="path">The target.</param>
    /// <param name="write">Writes the content.</param>
    internal static void WriteText(string path, Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        var temporary = TemporaryFor(path);
        try
        {
            using (var text = new StreamWriter(temporary, false, Utf8))
            {
                write(text);
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Writes a file through <paramref name="write"/>, asynchronously.</summary>
    /// <param name="path">The target.</param>
    /// <param name="write">Writes the content to the stream it is given.</param>
    /// <param name="cancellationToken">Cancels the write; the target stays as it was.</param>
    internal static async Task WriteAsync(
        string path,
        Func<Stream, CancellationToken, Task> write,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(path);
        cancellationToken.ThrowIfCancellationRequested();
        var temporary = TemporaryFor(path);
        try
        {
            var stream = new FileStream(
                temporary,
                FileMode.CreateNew,
                FileAccess.Write,
                FileShare.None,
                bufferSize: 1 << 16,
                useAsync: true
            );
            await using (stream.ConfigureAwait(false))
            {
                await write(stream, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>A new name beside the target, hidden, that no other write uses.</summary>
    private static string TemporaryFor(string path)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
    }
}
