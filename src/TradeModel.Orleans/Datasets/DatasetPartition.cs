namespace TradeModel.Orleans.Datasets;

/// <summary>One partition of a dataset: a name that identifies it in the query's results, and where every silo can read it.</summary>
/// <param name="Id">The partition's name, unique in its dataset ("year=2024/part-0.parquet").</param>
/// <param name="Location">Where it is: a path on storage every silo reads (a shared folder), or whatever the silos' <see cref="IPartitionReader"/> understands (an object-storage key).</param>
public sealed record DatasetPartition(string Id, string Location);
