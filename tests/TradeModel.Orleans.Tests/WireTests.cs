using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using TradeModel.Analysis;
using TradeModel.Flows;
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

    [Theory]
    [MemberData(nameof(ClusterQueryTests.Shapes), MemberType = typeof(ClusterQueryTests))]
    public void A_query_travels_through_the_serializer_and_comes_back_the_same(string shape)
    {
        var query = QueryShapes.ByName[shape];
        var hs = Classifications.HarmonizedSystem2022.Classification;

        var back = Serializer
            .Deserialize<QueryMessage>(Serializer.SerializeToArray(QueryMessage.From(query, hs)))!
            .ToQuery(hs);

        Assert.Equal(query.ToString(), back.ToString());
        Assert.Equal(query.SumsQuantities, back.SumsQuantities);
        Assert.Equal(Describe(query.Filter), Describe(back.Filter));
        Assert.Equal(query.Dimensions.Select(Describe), back.Dimensions.Select(Describe));
    }

    [Fact]
    public void A_group_the_caller_defined_travels_by_name_and_members_and_a_region_by_code()
    {
        var defined = QueryShapes.Europe;
        var region = Economies.Economy.FromCode("USA");

        var definedBack = Serializer
            .Deserialize<EconomyMessage>(
                Serializer.SerializeToArray(EconomyMessage.From(defined, "x"))
            )!
            .ToEconomy();
        var regionBack = Serializer
            .Deserialize<EconomyMessage>(
                Serializer.SerializeToArray(EconomyMessage.From(region, "x"))
            )!
            .ToEconomy();

        Assert.Equal("Europe", definedBack.Name);
        Assert.Null(definedBack.Code);
        Assert.Equal(defined.Members, definedBack.Members);
        Assert.Same(region, regionBack);
    }

    [Fact]
    public void An_older_peer_reads_a_newer_query_message_and_a_newer_peer_an_older_one()
    {
        var hs = Classifications.HarmonizedSystem2022.Classification;
        var message = QueryMessage.From(QueryShapes.ByName["year, reporter, chapter"], hs);

        var (older, newer) = ThroughAnOlderPeer<QueryMessage, QueryMessageBeforeGroups>(message);

        Assert.Equal(message.Kinds, older.Kinds);
        Assert.Equal(message.Levels, older.Levels);
        Assert.Equal(message.Kinds, newer.Kinds);
        Assert.Equal(message.SumsQuantities, newer.SumsQuantities);
        Assert.Empty(newer.EconomyGroups);
        Assert.Null(newer.ReporterGroup);
        Assert.Equal(
            QueryShapes.ByName["year, reporter, chapter"].ToString(),
            newer.ToQuery(hs).ToString()
        );
    }

    /// <summary>A message read by a peer with an older type, and what that peer writes read back by the newer type.</summary>
    private (TOlder Older, TNewer Newer) ThroughAnOlderPeer<TNewer, TOlder>(TNewer message)
    {
        var older = Serializer.Deserialize<TOlder>(Serializer.SerializeToArray(message))!;
        return (older, Serializer.Deserialize<TNewer>(Serializer.SerializeToArray(older))!);
    }

    /// <summary>A filter by what silos see: codes, and each group's name and members.</summary>
    private static string Describe(FlowFilter filter) =>
        string.Join(
            "; ",
            Describe(filter.Reporter),
            Describe(filter.Partner),
            filter.Direction,
            filter.Period,
            filter.Category?.Code
        );

    private static string Describe(FlowDimension dimension) =>
        string.Join(
            "; ",
            dimension.Kind,
            dimension.Level,
            string.Join(" | ", dimension.EconomyGroups.Select(Describe)),
            string.Join(" | ", dimension.CategoryGroupings.Select(g => $"{g} ({g.Note})"))
        );

    private static string Describe(Economies.Economy? economy) =>
        economy is null
            ? "-"
            : $"{economy.Code ?? economy.Name}: {string.Join(",", economy.Members.Select(m => m.Code))}";

    [Fact]
    public void An_older_peer_reads_a_newer_cube_message_and_a_newer_peer_an_older_one()
    {
        var flows = RandomFlows.Make(seed: 51, count: 300);
        var query = QueryShapes.ByName["period, direction"];
        var message = CubeMessage.From("part-07", flows.Aggregate(query));

        var (older, newer) = ThroughAnOlderPeer<CubeMessage, CubeMessageBeforeOutside>(message);

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

/// <summary>The query message before groups travelled (fields 8 to 11).</summary>
[GenerateSerializer, Alias("TradeModel.Orleans.Tests.QueryMessageBeforeGroups")]
internal sealed class QueryMessageBeforeGroups
{
    [Id(0)]
    public FlowDimensionKind[] Kinds { get; set; } = [];

    [Id(1)]
    public int[] Levels { get; set; } = [];

    [Id(2)]
    public string? Reporter { get; set; }

    [Id(3)]
    public string? Partner { get; set; }

    [Id(4)]
    public TradeDirection? Direction { get; set; }

    [Id(5)]
    public string? Period { get; set; }

    [Id(6)]
    public string? Category { get; set; }

    [Id(7)]
    public bool SumsQuantities { get; set; }
}
