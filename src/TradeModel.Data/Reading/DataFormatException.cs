namespace TradeModel.Data;

/// <summary>
/// Thrown by a reader in strict mode at the first bad row, or for a source that cannot be read at all (no header,
/// a missing column, a file of another HS vintage). <see cref="Error"/> names the source, line, column and text.
/// Derives from <see cref="FormatException"/>.
/// </summary>
public sealed class DataFormatException : FormatException
{
    /// <summary>Creates the exception for a row error.</summary>
    /// <param name="error">The error.</param>
    public DataFormatException(RowError error)
        : base((error ?? throw new ArgumentNullException(nameof(error))).ToString()) =>
        Error = error;

    /// <summary>Where and why.</summary>
    public RowError Error { get; }
}
