using TradeModel.Classifications;
using TradeModel.Flows;

namespace TradeModel.Orleans.Datasets;

/// <summary>
/// Reads one partition into flows on a silo. The default, <see cref="ParquetPartitionReader"/>, reads a Parquet file
/// written by TradeModel.Data from a path every silo sees; register another with
/// <see cref="TradeModelSiloOptions.Reader"/> for object storage or another layout.
/// </summary>
public interface IPartitionReader
{
    /// <summary>Reads a partition.</summary>
    /// <param name="partition">The partition.</param>
    /// <param name="classification">The dataset's classification (a reader of files without metadata needs it).</param>
    /// <param name="currency">The dataset's currency.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Its flows.</returns>
    /// <exception cref="Exception">Any failure to read (a missing or corrupt file): the query fails naming the partition and this message.</exception>
    TradeFlowCollection Read(
        DatasetPartition partition,
        Classification classification,
        Currency currency,
        CancellationToken cancellationToken
    );
}
