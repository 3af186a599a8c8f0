namespace TradeModel.Data.Baci;

/// <summary>
/// A BACI row as parsed and checked, before it goes into the collection: its codes as written (each known to be an
/// economy, or a 6-digit product of the classification) and its value and quantity.
/// </summary>
internal struct BaciRow
{
    /// <summary>The row's line: in the source, or from the start of its block until the block is applied.</summary>
    internal long Line;

    /// <summary>
    /// The value in dollars as <see cref="Units"/> × 10^-<see cref="Scale"/>; with <see cref="DecimalScale"/>,
    /// <see cref="Units"/> indexes the value kept as a decimal, and with <see cref="ErrorScale"/> the row's error.
    /// </summary>
    internal long Units;
    internal double Tonnes;
    internal int Year;
    internal int Exporter;
    internal int Importer;
    internal int Product;
    internal int Scale;

    /// <summary>The scale of a row whose value is kept as a decimal, too large for 64 bits of units.</summary>
    internal const int DecimalScale = -1;

    /// <summary>The scale of a row that is an error.</summary>
    internal const int ErrorScale = int.MinValue;
}
