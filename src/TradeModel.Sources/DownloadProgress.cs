namespace TradeModel.Sources;

/// <summary>How far a download has come: bytes on disk, and the file's length when the server gave it.</summary>
/// <param name="Bytes">Bytes on disk so far.</param>
/// <param name="TotalBytes">The whole file's length, or null when unknown.</param>
public readonly record struct DownloadProgress(long Bytes, long? TotalBytes)
{
    /// <summary>The share done, from 0 to 1, or null when the length is unknown.</summary>
    public double? Fraction =>
        TotalBytes is > 0 and var total ? Math.Min(1.0, (double)Bytes / total) : null;
}
