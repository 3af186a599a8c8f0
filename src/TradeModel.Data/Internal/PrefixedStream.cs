using System.Buffers;

namespace TradeModel.Data.Internal;

/// <summary>
/// A read-only stream of some bytes already read (buffers rented from <paramref name="pool"/>, given back when it is
/// disposed) followed by the rest of another stream (left open).
/// </summary>
internal sealed class PrefixedStream(
    List<(byte[] Bytes, int Length)> prefix,
    Stream rest,
    ArrayPool<byte> pool
) : Stream
{
    private int part;
    private int position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) =>
        Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer) =>
        TryPrefix(buffer, out var copied) ? copied : rest.Read(buffer);

    public override async ValueTask<int> ReadAsync(
        Memory<byte> buffer,
        CancellationToken cancellationToken = default
    ) =>
        TryPrefix(buffer.Span, out var copied)
            ? copied
            : await rest.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);

    public override Task<int> ReadAsync(
        byte[] buffer,
        int offset,
        int count,
        CancellationToken cancellationToken
    ) => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>Copies what is left of the prefix's current part; false once the prefix is all read.</summary>
    private bool TryPrefix(Span<byte> buffer, out int copied)
    {
        copied = 0;
        while (part < prefix.Count && position == prefix[part].Length)
        {
            (part, position) = (part + 1, 0);
        }
        if (part == prefix.Count || buffer.IsEmpty)
        {
            return part < prefix.Count;
        }
        var (bytes, length) = prefix[part];
        copied = Math.Min(buffer.Length, length - position);
        bytes.AsSpan(position, copied).CopyTo(buffer);
        position += copied;
        return true;
    }

    public override void Flush() { }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) =>
        throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var (bytes, _) in prefix)
            {
                pool.Return(bytes);
            }
            prefix.Clear();
        }
        base.Dispose(disposing);
    }
}
