using TradeModel.Orleans.Wire;

namespace TradeModel.Orleans.Grains;

/// <summary>A grain that aggregates one partition for one query (one activation per query, partition and attempt).</summary>
internal interface IPartitionGrain : IGrainWithStringKey
{
    /// <summary>Reads the partition and aggregates it with the in-memory engine.</summary>
    Task<PartitionOutcome> Aggregate(PartitionWork work, CancellationToken cancellationToken);
}
