namespace TradeModel.Data;

/// <summary>How far a read has come.</summary>
/// <param name="Rows">Data rows read so far.</param>
/// <param name="Bytes">Bytes of the source consumed so far (read ahead in buffers, so slightly ahead of the rows).</param>
/// <param name="TotalBytes">The source's length, when it is known (a file, a seekable stream).</param>
public readonly record struct ReadProgress(long Rows, long Bytes, long? TotalBytes)
{
    /// <summary>The fraction of the source read, 0 to 1, when its length is known.</summary>
    public double? Fraction =>
        TotalBytes is > 0 and var total ? Math.Min(1.0, (double)Bytes / total) : null;
}
