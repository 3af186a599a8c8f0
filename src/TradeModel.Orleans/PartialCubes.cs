using TradeModel.Analysis;
using TradeModel.Orleans.Datasets;

namespace TradeModel.Orleans;

/// <summary>
/// The partial cubes of one query, by partition: each partition's cube is taken once (a partition counted twice is
/// refused), and the merge checks that every planned partition is there.
/// </summary>
internal sealed class PartialCubes
{
    private readonly Dictionary<string, FlowCube> byPartition = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>Takes a partition's cube.</summary>
    /// <exception cref="InvalidOperationException">The partition's cube was taken before.</exception>
    internal void Add(string partitionId, FlowCube cube)
    {
        lock (gate)
        {
            if (!byPartition.TryAdd(partitionId, cube))
            {
                throw new InvalidOperationException(
                    $"The partition '{partitionId}' arrived twice; a partition is counted once."
                );
            }
        }
    }

    /// <summary>The merged cube of every partition of the dataset.</summary>
    /// <exception cref="InvalidOperationException">A partition's cube is missing, or one not in the dataset arrived.</exception>
    internal FlowCube Merge(FlowQuery query, FlowDataset dataset)
    {
        lock (gate)
        {
            var missing = dataset
                .Partitions.Where(p => !byPartition.ContainsKey(p.Id))
                .Select(p => p.Id)
                .ToList();
            if (missing.Count > 0 || byPartition.Count != dataset.Partitions.Count)
            {
                throw new InvalidOperationException(
                    $"The partial cubes do not cover the dataset: missing {string.Join(", ", missing)}; {byPartition.Count} of {dataset.Partitions.Count} arrived."
                );
            }
            return byPartition.Count == 0
                ? FlowCube.FromCells(query, dataset.Classification, dataset.Currency, [])
                : FlowCube.Merge(dataset.Partitions.Select(p => byPartition[p.Id]));
        }
    }
}
