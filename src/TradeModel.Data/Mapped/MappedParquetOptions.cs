namespace TradeModel.Data.Mapped;

/// <summary>How a Parquet file or dataset of any layout is read: its <see cref="FlowLayout"/>, and errors and progress.</summary>
public sealed record MappedParquetOptions : ReadOptions
{
    /// <summary>Which column holds what, and what every row shares.</summary>
    public required FlowLayout Layout { get; init; }
}
