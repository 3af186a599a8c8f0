using System.Collections.Concurrent;
using Orleans.Runtime;
using TradeModel.Flows;
using TradeModel.Orleans.Datasets;

namespace TradeModel.Orleans.Tests;

/// <summary>
/// The silos' partition reader in these tests: Parquet from the shared folder, which can be held (reads wait until
/// released), so that a test can stop or kill a silo while partitions are in flight on it. Records which silo read what.
/// </summary>
internal sealed class GatedReader(ILocalSiloDetails silo) : IPartitionReader
{
    private static readonly ParquetPartitionReader Parquet = new();
    private static TaskCompletionSource open = Opened();

    /// <summary>The silos that started reading each partition, in order.</summary>
    internal static ConcurrentQueue<(string Silo, string Partition)> Started { get; } = new();

    /// <summary>Makes reads wait until <see cref="Release"/>.</summary>
    internal static void Hold()
    {
        open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Started.Clear();
    }

    /// <summary>Forgets the reads recorded so far.</summary>
    internal static void Forget() => Started.Clear();

    /// <summary>Lets every waiting and later read go on.</summary>
    internal static void Release() => open.TrySetResult();

    public TradeFlowCollection Read(
        DatasetPartition partition,
        Classifications.Classification classification,
        Currency currency,
        CancellationToken cancellationToken
    )
    {
        Started.Enqueue((silo.SiloAddress.ToString(), partition.Id));
        open.Task.Wait(cancellationToken);
        return Parquet.Read(partition, classification, currency, cancellationToken);
    }

    private static TaskCompletionSource Opened()
    {
        var source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        source.SetResult();
        return source;
    }
}
