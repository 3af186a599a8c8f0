using TradeModel.Classifications;
using TradeModel.Data;
using TradeModel.Data.Parquet;
using TradeModel.Flows;

namespace TradeModel.Orleans.Datasets;

/// <summary>Reads a partition as a Parquet file written by TradeModel.Data (<see cref="TradeParquet"/>), at its location as a path.</summary>
/// <param name="classifications">Classifications of the files besides the built-in ones (EBOPS 2010, every HS edition).</param>
public sealed class ParquetPartitionReader(IReadOnlyList<Classification>? classifications = null)
    : IPartitionReader
{
    /// <inheritdoc/>
    /// <exception cref="FileNotFoundException">The file is not there.</exception>
    /// <exception cref="DataFormatException">The file is not a TradeModel Parquet file, or a row is bad.</exception>
    public TradeFlowCollection Read(
        DatasetPartition partition,
        Classification classification,
        Currency currency,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(partition);
        return TradeParquet
            .Read(
                partition.Location,
                new ParquetReadOptions { Classifications = classifications ?? [] },
                cancellationToken
            )
            .Flows;
    }
}
