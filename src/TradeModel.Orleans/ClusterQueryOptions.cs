using TradeModel.Orleans.Datasets;

namespace TradeModel.Orleans;

/// <summary>How a cluster query runs: the engine on the silos, its deadline, attempts per partition, and partitions in flight.</summary>
public sealed record ClusterQueryOptions
{
    /// <summary>The whole query's deadline (default 1 hour); past it the query fails with a <see cref="TimeoutException"/>.</summary>
    public TimeSpan Deadline { get; init; } = TimeSpan.FromHours(1);

    /// <summary>How long one attempt at a partition may take before it runs again elsewhere (default 10 minutes).</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long a silo may go without answering about a partition in flight before the partition is taken as lost and
    /// runs again on another silo (default 10 seconds). The coordinator polls each partition's grain, which answers at
    /// least every half of this; a partition may take far longer than this, and than Orleans' response timeout, as long
    /// as its silo answers.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public TimeSpan LostSiloTimeout
    {
        get;
        init =>
            field =
                value > TimeSpan.Zero
                    ? value
                    : throw new ArgumentOutOfRangeException(
                        nameof(LostSiloTimeout),
                        value,
                        "A silo needs some time to answer."
                    );
    } = TimeSpan.FromSeconds(10);

    /// <summary>Attempts per partition (default 3): a partition whose silo is lost runs again on another.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>Partitions asked for at once across the cluster (default 16); each silo also bounds its own (<see cref="TradeModelSiloOptions.MaxPartitionsInFlight"/>).</summary>
    public int MaxInFlight { get; init; } = 16;

    /// <summary>
    /// How each silo aggregates a partition: in memory from its reader's flows (the default), or in DuckDB over the
    /// partition's Parquet for partitions too large for a silo's memory. The cube is the same.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not one of <see cref="PartitionEngine"/>'s.</exception>
    public PartitionEngine Engine
    {
        get;
        init =>
            field = Enum.IsDefined(value)
                ? value
                : throw new ArgumentOutOfRangeException(
                    nameof(Engine),
                    value,
                    "Not a partition engine: InMemory or DuckDb."
                );
    } = PartitionEngine.InMemory;
}
