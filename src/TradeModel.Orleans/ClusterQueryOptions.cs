namespace TradeModel.Orleans;

/// <summary>How a cluster query runs: its deadline, attempts per partition, and partitions in flight.</summary>
public sealed record ClusterQueryOptions
{
    /// <summary>The whole query's deadline (default 1 hour); past it the query fails with a <see cref="TimeoutException"/>.</summary>
    public TimeSpan Deadline { get; init; } = TimeSpan.FromHours(1);

    /// <summary>How long one attempt at a partition may take before it runs again elsewhere (default 10 minutes).</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Attempts per partition (default 3): a partition whose silo is lost runs again on another.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>Partitions asked for at once across the cluster (default 16); each silo also bounds its own (<see cref="TradeModelSiloOptions.MaxPartitionsInFlight"/>).</summary>
    public int MaxInFlight { get; init; } = 16;
}
