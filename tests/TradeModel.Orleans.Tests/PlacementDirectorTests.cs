using System.Net;
using Orleans.Runtime.Placement;
using TradeModel.Orleans.Grains;

namespace TradeModel.Orleans.Tests;

/// <summary>
/// Where a partition's attempts are placed: the first by a stable hash of its id, each later one on the next silo, so
/// that a partition whose silo was lost runs elsewhere at once, even before the cluster has noticed the loss.
/// </summary>
public sealed class PlacementDirectorTests
{
    private static readonly SiloAddress[] Silos =
    [
        .. Enumerable
            .Range(0, 3)
            .Select(i => SiloAddress.New(new IPEndPoint(IPAddress.Loopback, 11111 + i), 1)),
    ];

    [Fact]
    public async Task Each_attempt_at_a_partition_runs_on_another_silo_than_the_one_before()
    {
        var placed = new List<SiloAddress>();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            placed.Add(await Place($"run/part-07.parquet/{attempt}"));
        }

        Assert.All(placed.Zip(placed.Skip(1)), pair => Assert.NotEqual(pair.First, pair.Second));
        // Three attempts in a row visit the three silos; the fourth comes back to the first.
        Assert.Equal(3, placed.Take(3).Distinct().Count());
        Assert.Equal(placed[0], placed[3]);
    }

    [Fact]
    public async Task The_first_attempt_of_a_partition_lands_on_the_same_silo_in_every_query()
    {
        var first = await Place("one-query/year=2024/part-00.parquet/1");
        var again = await Place("another-query/year=2024/part-00.parquet/1");

        Assert.Equal(first, again);
    }

    private static Task<SiloAddress> Place(string key) =>
        new PartitionPlacementDirector().OnAddActivation(
            new PartitionPlacement(),
            new PlacementTarget(
                GrainId.Create("partition", key),
                new Dictionary<string, object>(),
                default,
                0
            ),
            new Context()
        );

    private sealed class Context : IPlacementContext
    {
        public SiloAddress LocalSilo => Silos[0];

        public SiloStatus LocalSiloStatus => SiloStatus.Active;

        public SiloAddress[] GetCompatibleSilos(PlacementTarget target) => [.. Silos.Reverse()];

        public IReadOnlyDictionary<ushort, SiloAddress[]> GetCompatibleSilosWithVersions(
            PlacementTarget target
        ) => new Dictionary<ushort, SiloAddress[]> { [0] = Silos };
    }
}
