using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using TradeModel.Analysis;
using TradeModel.Orleans.Wire;
using TradeModel.Tests.Analysis;

namespace TradeModel.Orleans.Tests;

/// <summary>
/// What travels between silos: queries and partial cubes through Orleans' serializer, exact (decimal totals), compact,
/// and readable across a change of the message type (an older peer reads a newer message and the reverse).
/// </summary>
[Collection(ClusterTests.Name)]
public sealed class WireTests(Cluster cluster)
{
    private Serializer Serializer =>
        cluster.Silos.Client.ServiceProvider.GetRequiredService<Serializer>();

    [Fact]
    public void A_partial_cube_travels_exactly_through_the_serializer()
    {
        var flows = RandomFlows.Make(seed: 50, count: 2_000);
        var query = QueryShapes.ByName["every flow as stored"];
        var cube = flows.Aggregate(query);

        var bytes = Serializer.SerializeToArray(CubeMessage.From("part-00", cube));
        var back = Serializer.Deserialize<CubeMessage>(bytes)!;

        Assert.Equal("part-00", back.PartitionId);
        Cubes.AssertEqual(cube, back.ToCube(query, flows.Classification, flows.Currency));
        // Each distinct value is written once: far less than a key per cell.
        Assert.True(bytes.Length < 80 * cube.Count, $"{bytes.Length} bytes for {cube.Count} cells");
    }

    [Fact]
    public void A_query_travels_through_the_serializer_and_comes_back_the_same()
    {
        foreach (
            var name in new[]
            {
                "grand total",
                "year, reporter, chapter",
                "exports of chapter 85 by partner in 2024",
            }
        )
        {
            var query = QueryShapes.ByName[name];

            var back = Serializer
                .Deserialize<QueryMessage>(Serializer.SerializeToArray(QueryMessage.From(query)))!
                .ToQuery(Classifications.HarmonizedSystem2022.Classification);

            Assert.Equal(query.ToString(), back.ToString());
            Assert.Equal(query.Filter, back.Filter);
            Assert.Equal(query.SumsQuantities, back.SumsQuantities);
        }
    }

    [Fact]
    public void An_older_peer_reads_a_newer_cube_message_and_a_newer_peer_an_older_one()
    {
        var flows = RandomFlows.Make(seed: 51, count: 300);
        var query = QueryShapes.ByName["period, direction"];
        var message = CubeMessage.From("part-07", flows.Aggregate(query));

        var older = Serializer.Deserialize<CubeMessageBeforeOutside>(
            Serializer.SerializeToArray(message)
        )!;
        var newer = Serializer.Deserialize<CubeMessage>(Serializer.SerializeToArray(older))!;

        Assert.Equal(message.Totals, older.Totals);
        Assert.Equal(message.Codes, older.Codes);
        Assert.Equal(message.Totals, newer.Totals);
        Assert.Equal(message.Flows, newer.Flows);
        Assert.Equal(0, newer.FlowsOutside);
    }
}

/// <summary>The cube message as a first version had it: without the flows outside every cell (field 14).</summary>
[GenerateSerializer, Alias("TradeModel.Orleans.Tests.CubeMessageBeforeOutside")]
internal sealed class CubeMessageBeforeOutside
{
    [Id(0)]
    public string PartitionId { get; set; } = string.Empty;

    [Id(1)]
    public string[][] Values { get; set; } = [];

    [Id(2)]
    public int[] Codes { get; set; } = [];

    [Id(3)]
    public decimal?[] Totals { get; set; } = [];

    [Id(4)]
    public int[] Flows { get; set; } = [];
}
