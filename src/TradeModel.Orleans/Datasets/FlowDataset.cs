using TradeModel.Classifications;

namespace TradeModel.Orleans.Datasets;

/// <summary>
/// A dataset as a cluster reads it: its partitions (one file, year or reporter each), the classification of their
/// categories and the currency of their values. A query runs as one task per partition.
/// </summary>
public sealed class FlowDataset
{
    /// <summary>Creates a dataset.</summary>
    /// <param name="classification">The classification of every partition's categories.</param>
    /// <param name="currency">The currency of every partition's values.</param>
    /// <param name="partitions">The partitions, each id once.</param>
    /// <exception cref="ArgumentNullException">An argument or a partition is null.</exception>
    /// <exception cref="ArgumentException">Two partitions have one id.</exception>
    public FlowDataset(
        Classification classification,
        Currency currency,
        IEnumerable<DatasetPartition> partitions
    )
    {
        ArgumentNullException.ThrowIfNull(classification);
        ArgumentNullException.ThrowIfNull(partitions);
        var list = partitions.ToList();
        foreach (var partition in list)
        {
            ArgumentNullException.ThrowIfNull(partition, nameof(partitions));
        }
        var repeated = list.GroupBy(p => p.Id, StringComparer.Ordinal)
            .FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ArgumentException(
                $"Two partitions are named '{repeated.Key}'; a partition's id names it in the results.",
                nameof(partitions)
            );
        }
        Classification = classification;
        Currency = currency;
        Partitions = list;
    }

    /// <summary>The classification of the categories.</summary>
    public Classification Classification { get; }

    /// <summary>The currency of the values.</summary>
    public Currency Currency { get; }

    /// <summary>The partitions.</summary>
    public IReadOnlyList<DatasetPartition> Partitions { get; }

    /// <summary>
    /// A dataset of the Parquet files under a folder every silo sees (a dataset written by
    /// <c>TradeParquet.WritePartitionedAsync</c>, say): one partition per file, its id the path below the folder.
    /// </summary>
    /// <param name="folder">The folder.</param>
    /// <param name="classification">The files' classification.</param>
    /// <param name="currency">The files' currency.</param>
    /// <returns>The dataset, its partitions in ordinal order of their ids.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder is not there.</exception>
    public static FlowDataset FromParquetFolder(
        string folder,
        Classification classification,
        Currency currency
    )
    {
        ArgumentNullException.ThrowIfNull(folder);
        var root = Path.GetFullPath(folder);
        return new FlowDataset(
            classification,
            currency,
            Directory
                .GetFiles(root, "*.parquet", SearchOption.AllDirectories)
                .Select(f => new DatasetPartition(
                    Path.GetRelativePath(root, f).Replace('\\', '/'),
                    f
                ))
                .OrderBy(p => p.Id, StringComparer.Ordinal)
        );
    }
}
