namespace TradeModel.Data.Internal;

/// <summary>A reader's path entries: open the file, read it as a stream named after the file, close it.</summary>
internal static class SourceFile
{
    /// <summary>Reads a file through a reader of streams.</summary>
    /// <param name="path">The file.</param>
    /// <param name="read">The reader of a stream and its name.</param>
    internal static ReadResult Read(string path, Func<Stream, string, ReadResult> read)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return read(stream, Path.GetFileName(path));
    }

    /// <summary>Reads a file through an asynchronous reader of streams.</summary>
    /// <param name="path">The file.</param>
    /// <param name="read">The reader of a stream and its name.</param>
    internal static async Task<ReadResult> ReadAsync(
        string path,
        Func<Stream, string, Task<ReadResult>> read
    )
    {
        ArgumentNullException.ThrowIfNull(path);
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            return await read(stream, Path.GetFileName(path)).ConfigureAwait(false);
        }
    }
}
