namespace TradeModel.Data.Internal;

/// <summary>
/// A read-only view of a stream that counts the bytes read through it, for progress reports, and notes where its first
/// line ends, so that a record too long for the CSV reader is named at its line on any stream.
/// </summary>
internal sealed class CountingStream(Stream inner, bool leaveOpen) : Stream
{
    public long BytesRead { get; private set; }

    /// <summary>The offset of the first line feed read, or −1 while none has been read.</summary>
    public long FirstLineEnd { get; private set; } = -1;

    public long? TotalBytes { get; } = inner.CanSeek ? inner.Length - inner.Position : null;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) =>
        Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer) => Count(buffer, inner.Read(buffer));

    public override async ValueTask<int> ReadAsync(
        Memory<byte> buffer,
        CancellationToken cancellationToken = default
    )
    {
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Count(buffer.Span, read);
    }

    public override Task<int> ReadAsync(
        byte[] buffer,
        int offset,
        int count,
        CancellationToken cancellationToken
    ) => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush() { }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) =>
        throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }

    private int Count(ReadOnlySpan<byte> buffer, int read)
    {
        if (FirstLineEnd < 0)
        {
            var at = buffer[..read].IndexOf((byte)'\n');
            if (at >= 0)
            {
                FirstLineEnd = BytesRead + at;
            }
        }
        BytesRead += read;
        return read;
    }
}
