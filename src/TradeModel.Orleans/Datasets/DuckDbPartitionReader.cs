using TradeModel.Classifications;
using TradeModel.DuckDb;
using TradeModel.Flows;

namespace TradeModel.Orleans.Datasets;

/// <summary>
/// Reads a partition's Parquet file (of any writer's layout that <see cref="DuckDbFlowEngine"/> reads) through DuckDB,
/// at its location as a path. Several times faster than <see cref="ParquetPartitionReader"/> on large files; the flows are
/// those of <see cref="DuckDbFlowEngine.ReadFlows"/>, in the dataset's classification and currency.
/// </summary>
/// <param name="options">DuckDB's memory, threads and spill folder; DuckDB's defaults when null.</param>
public sealed class DuckDbPartitionReader(DuckDbEngineOptions? options = null) : IPartitionReader
{
    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The location names nothing, or a file that is not Parquet.</exception>
    public TradeFlowCollection Read(
        DatasetPartition partition,
        Classification classification,
        Currency currency,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(partition);
        using var engine = DuckDbFlowEngine.OverParquet(
            partition.Location,
            classification,
            currency,
            options
        );
        return engine.ReadFlows(cancellationToken: cancellationToken);
    }
}
