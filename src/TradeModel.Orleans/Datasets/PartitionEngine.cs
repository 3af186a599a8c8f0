namespace TradeModel.Orleans.Datasets;

/// <summary>How a silo aggregates a partition (<see cref="ClusterQueryOptions.Engine"/>); both give the same cube.</summary>
public enum PartitionEngine
{
    /// <summary>
    /// The silo reads the partition's flows with its <see cref="IPartitionReader"/> and aggregates them with the
    /// in-memory engine on its cores. The silo holds the flows of its partitions in flight (16–24 bytes a flow). The
    /// default.
    /// </summary>
    InMemory,

    /// <summary>
    /// The silo runs the query in DuckDB over the partition's Parquet at its location (a path or a pattern DuckDB reads)
    /// and never holds the flows: DuckDB streams the file and spills to disk within
    /// <see cref="TradeModelSiloOptions.DuckDb"/>'s memory limit. For partitions too large for a silo's memory. The
    /// silo's reader is not used.
    /// </summary>
    DuckDb,
}
