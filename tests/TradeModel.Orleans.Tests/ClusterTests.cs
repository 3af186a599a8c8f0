namespace TradeModel.Orleans.Tests;

/// <summary>The cluster tests run one at a time: they share a cluster, and the silos' reader can be held.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterTests : ICollectionFixture<Cluster>
{
    public const string Name = "Orleans cluster";
}
