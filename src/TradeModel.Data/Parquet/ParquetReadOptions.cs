using TradeModel.Classifications;

namespace TradeModel.Data.Parquet;

/// <summary>
/// How TradeModel Parquet files are read: errors and progress as for every reader (<see cref="ReadOptions"/>), and the
/// classifications their categories may be of, besides the built-in ones.
/// </summary>
public sealed record ParquetReadOptions : ReadOptions
{
    /// <summary>Classifications of your own, found by <see cref="Classification.Name"/>; EBOPS 2010 and HS 2022 are always known.</summary>
    public IReadOnlyList<Classification> Classifications { get; init; } = [];
}
