namespace TradeModel.Orleans.Datasets;

/// <summary>One partition of a dataset: a name that identifies it in the query's results, and where every silo can read it.</summary>
/// <param name="Id">The partition's name, unique in its dataset ("year=2024/part-0.parquet").</param>
/// <param name="Location">Where it is: a path on storage every silo reads (a shared folder), or whatever the silos' <see cref="IPartitionReader"/> understands (an object-storage key).</param>
/// <param name="PreferredSilo">
/// The silo that holds the partition's data, when storage says so (a silo's endpoint, "10.0.0.5:11111", or its host's
/// address): the partition runs there while that silo is in the cluster, elsewhere otherwise. Null to let the
/// partitions spread over the silos.
/// </param>
public sealed record DatasetPartition(string Id, string Location, string? PreferredSilo = null);
