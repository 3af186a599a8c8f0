using TradeModel.Classifications;

namespace TradeModel.Data.Baci;

/// <summary>How a BACI file is read: its HS vintage, and the common <see cref="ReadOptions"/>.</summary>
public sealed record BaciReadOptions : ReadOptions
{
    /// <summary>
    /// The classification of the file's HS vintage. When null (the default), the edition the file's name states
    /// (<c>BACI_HS17_…</c> is read in <c>HarmonizedSystem.Edition(2017)</c>), or HS 2022 when the name states none. When
    /// given, a file whose name states another vintage is refused.
    /// </summary>
    public Classification? Classification { get; init; }

    /// <summary>
    /// An HS edition to convert the flows to after reading (2022 for a long series in HS 2022 terms), through
    /// <c>HsCorrelation</c> with equal weights; null (the default) keeps the file's edition. The report notes the
    /// conversion and the value of any flow whose subheading had no link.
    /// </summary>
    public int? ConvertToEdition { get; init; }

    /// <summary>
    /// How many threads parse the file's lines at once: −1 (the default) for every core, 1 to parse on the calling
    /// thread alone. Whatever the number, the flows, their order, the errors and the report are the same.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is 0 or below −1.</exception>
    public int MaxDegreeOfParallelism
    {
        get;
        init
        {
            if (value is 0 or < -1)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(MaxDegreeOfParallelism),
                    value,
                    "The threads that parse a file are −1 (every core) or a positive number."
                );
            }
            field = value;
        }
    } = -1;
}
