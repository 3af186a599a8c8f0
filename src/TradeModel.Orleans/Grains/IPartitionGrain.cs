using TradeModel.Orleans.Wire;

namespace TradeModel.Orleans.Grains;

/// <summary>
/// A grain that aggregates one partition for one query (one activation per query, partition and attempt). The work is
/// started by one short call and followed by polls that each return within a bound, so that no call lasts as long as
/// the work: a partition may take longer than Orleans' response timeout, and a silo that stops answering is noticed
/// within <see cref="ClusterQueryOptions.LostSiloTimeout"/>, not at the end of a long call.
/// </summary>
internal interface IPartitionGrain : IGrainWithStringKey
{
    /// <summary>Starts reading and aggregating the partition, once, and returns at once.</summary>
    /// <remarks>The coordinator bounds the call itself (<see cref="ClusterQueryOptions.LostSiloTimeout"/>), whatever Orleans' response timeout.</remarks>
    [ResponseTimeout("01:00:00")]
    Task Start(PartitionWork work);

    /// <summary>Waits up to <paramref name="wait"/> for the work to finish, then says where it is.</summary>
    /// <remarks>The coordinator bounds the call itself (<see cref="ClusterQueryOptions.LostSiloTimeout"/>), whatever Orleans' response timeout.</remarks>
    [ResponseTimeout("01:00:00")]
    Task<PartitionStatus> Poll(TimeSpan wait);

    /// <summary>Stops the work: the coordinator has given up on this attempt.</summary>
    Task Cancel();
}
