using TradeModel.Classifications;

namespace TradeModel.Data.Baci;

/// <summary>How a BACI file is read: its HS vintage, and the common <see cref="ReadOptions"/>.</summary>
public sealed record BaciReadOptions : ReadOptions
{
    /// <summary>
    /// The classification of the file's HS vintage; HS 2022 (built in) by default. A file whose name states another
    /// vintage is refused.
    /// </summary>
    public Classification Classification { get; init; } = HarmonizedSystem2022.Classification;
}
