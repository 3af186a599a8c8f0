using System.Buffers;

namespace TradeModel.Data.Internal;

/// <summary>
/// A run of whole lines of a text source, as its bytes (rented from the read's pool): every line but possibly the
/// source's last ends with its line feed. Handed out in the source's order by <see cref="LineBlocks"/>.
/// </summary>
internal sealed class LineBlock
{
    private readonly ArrayPool<byte> pool;
    private byte[]? bytes;

    internal LineBlock(byte[] bytes, int length, long endOffset, ArrayPool<byte> pool)
    {
        this.bytes = bytes;
        this.pool = pool;
        Length = length;
        EndOffset = endOffset;
    }

    /// <summary>The block's bytes.</summary>
    internal ReadOnlySpan<byte> Bytes =>
        (bytes ?? throw new ObjectDisposedException(nameof(LineBlock))).AsSpan(0, Length);

    /// <summary>How many bytes the block holds.</summary>
    internal int Length { get; }

    /// <summary>The offset in the source just past the block's last byte.</summary>
    internal long EndOffset { get; }

    /// <summary>Takes the bytes out of the block, for another owner to give back to the pool.</summary>
    internal (byte[] Bytes, int Length) Detach()
    {
        var taken = bytes ?? throw new ObjectDisposedException(nameof(LineBlock));
        bytes = null;
        return (taken, Length);
    }

    /// <summary>Gives the bytes back to the pool; the block is empty after.</summary>
    internal void Return()
    {
        if (bytes is { } rented)
        {
            bytes = null;
            pool.Return(rented);
        }
    }
}
