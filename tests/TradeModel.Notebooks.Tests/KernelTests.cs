namespace TradeModel.Notebooks.Tests;

/// <summary>
/// Every test class that runs code in a kernel belongs to this one collection, so they run one at a time: each
/// kernel restores the freshly packed package into the NuGet cache, and two restores of one version at once collide
/// on its files ("The process cannot access the file …"), which made the suite flaky.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class KernelTests
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Notebook kernels";
}
