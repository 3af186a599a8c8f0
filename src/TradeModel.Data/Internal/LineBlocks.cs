using System.Buffers;
using System.Text;

namespace TradeModel.Data.Internal;

/// <summary>
/// A CSV source cut into blocks of whole lines, read in order from any stream (a file, a zip entry), so that the
/// blocks can be split into fields and parsed on several threads. The header line is read first. A source whose
/// lines alone do not tell its records (a byte order mark other than UTF-8's, a quote, a line longer than a block)
/// goes back, from where that shows, to a sequential CSV reader through <see cref="Rest"/>.
/// </summary>
internal sealed class LineBlocks : IDisposable
{
    private readonly Stream stream;
    private readonly int blockBytes;
    private readonly bool synchronous;
    private readonly CancellationToken cancellation;

    /// <summary>
    /// The read's own pool of blocks, so that no buffer outlives the read (the shared pool would keep some, and a
    /// collection just read would seem to hold them).
    /// </summary>
    private readonly ArrayPool<byte> pool = ArrayPool<byte>.Create();

    /// <summary>Bytes read from the stream past the last block handed out, at the start of this buffer.</summary>
    private byte[]? carry;
    private int carryLength;
    private bool streamEnded;

    private LineBlocks(
        Stream stream,
        int blockBytes,
        bool synchronous,
        CancellationToken cancellation
    )
    {
        this.stream = stream;
        this.blockBytes = blockBytes;
        this.synchronous = synchronous;
        this.cancellation = cancellation;
        TotalBytes = stream.CanSeek ? stream.Length - stream.Position : null;
    }

    /// <summary>The header's fields, or null when the source is to be read by a sequential reader from its start.</summary>
    internal string[]? Header { get; private set; }

    /// <summary>The source's length in bytes when the stream can tell it.</summary>
    internal long? TotalBytes { get; }

    /// <summary>The offset just past the last block handed out (the header's line at first).</summary>
    internal long Offset { get; private set; }

    /// <summary>Whether a line longer than a block stopped the blocks before the source's end.</summary>
    internal bool Stopped { get; private set; }

    /// <summary>Opens a source and reads its header line.</summary>
    /// <param name="stream">The source, left open.</param>
    /// <param name="blockBytes">The size of a block; a line must be shorter.</param>
    /// <param name="synchronous">Whether to read with the stream's synchronous API (the task has then completed).</param>
    /// <param name="cancellation">Cancels the reads.</param>
    internal static async Task<LineBlocks> OpenAsync(
        Stream stream,
        int blockBytes,
        bool synchronous,
        CancellationToken cancellation
    )
    {
        var blocks = new LineBlocks(stream, blockBytes, synchronous, cancellation);
        await blocks.ReadHeaderAsync().ConfigureAwait(false);
        return blocks;
    }

    private async Task ReadHeaderAsync()
    {
        carry = pool.Rent(blockBytes);
        carryLength = await FillAsync(carry, 0).ConfigureAwait(false);
        var text = carry.AsSpan(0, carryLength);
        // Only UTF-8, with or without its mark, is split here; UTF-16 and UTF-32 go to the reader that decodes them.
        if (
            text.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            || text.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
        )
        {
            return;
        }
        var start = text.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var end = text[start..].IndexOf((byte)'\n');
        if (end < 0)
        {
            return;
        }
        var line = text.Slice(start, end);
        if (line.EndsWith("\r"u8))
        {
            line = line[..^1];
        }
        if (line.IsEmpty || line.IndexOfAny((byte)'"', (byte)'\r') >= 0)
        {
            return;
        }
        Header = Encoding.UTF8.GetString(line).Split(',');
        var consumed = start + end + 1;
        text[consumed..].CopyTo(carry);
        carryLength -= consumed;
        Offset = consumed;
    }

    /// <summary>The next block of whole lines; null at the source's end, or when a line longer than a block <see cref="Stopped"/> them.</summary>
    internal async ValueTask<LineBlock?> NextAsync()
    {
        if (Stopped || carry is null || (streamEnded && carryLength == 0))
        {
            return null;
        }
        var bytes = pool.Rent(blockBytes);
        carry.AsSpan(0, carryLength).CopyTo(bytes);
        var filled = await FillAsync(bytes, carryLength).ConfigureAwait(false);
        var lastLine = bytes.AsSpan(0, filled).LastIndexOf((byte)'\n');
        var length = streamEnded ? filled : lastLine + 1;
        if (length == 0)
        {
            // Not one whole line in a block: the rest goes to the sequential reader, which names what is wrong.
            (carry, carryLength) = (Swap(bytes), filled);
            Stopped = true;
            return null;
        }
        bytes.AsSpan(length, filled - length).CopyTo(carry);
        carryLength = filled - length;
        Offset += length;
        return new LineBlock(bytes, length, Offset, pool);
    }

    /// <summary>Puts <paramref name="bytes"/> in the carry's place and returns the old carry to the pool.</summary>
    private byte[] Swap(byte[] bytes)
    {
        pool.Return(carry!);
        return bytes;
    }

    /// <summary>
    /// The source from the first of <paramref name="unread"/> on (or from where the blocks stopped, or its start when
    /// it has no header here), as a stream for a sequential reader: those blocks, the bytes read past them, then the
    /// rest of the stream. The blocks and the carried bytes are the returned stream's to give back.
    /// </summary>
    internal Stream Rest(IReadOnlyList<LineBlock> unread)
    {
        var parts = new List<(byte[] Bytes, int Length)>(unread.Count + 1);
        foreach (var block in unread)
        {
            parts.Add(block.Detach());
        }
        if (carry is { } carried)
        {
            parts.Add((carried, carryLength));
            carry = null;
        }
        return new PrefixedStream(parts, streamEnded ? Stream.Null : stream, pool);
    }

    /// <summary>Reads into <paramref name="buffer"/> from <paramref name="from"/> until it is full or the stream ends.</summary>
    private async ValueTask<int> FillAsync(byte[] buffer, int from)
    {
        var filled = from;
        while (filled < buffer.Length && !streamEnded)
        {
            cancellation.ThrowIfCancellationRequested();
            var read = synchronous
                ? stream.Read(buffer, filled, buffer.Length - filled)
                : await stream
                    .ReadAsync(buffer.AsMemory(filled), cancellation)
                    .ConfigureAwait(false);
            streamEnded = read == 0;
            filled += read;
        }
        return filled;
    }

    public void Dispose()
    {
        if (carry is { } rented)
        {
            carry = null;
            pool.Return(rented);
        }
    }
}
