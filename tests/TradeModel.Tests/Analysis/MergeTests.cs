using FsCheck.Xunit;
using TradeModel.Analysis;
using TradeModel.Classifications;
using TradeModel.Flows;

namespace TradeModel.Tests.Analysis;

/// <summary>
/// Cubes computed on the parts of a partition merge into the cube of the whole, exactly and in any order: the way
/// work split across processes or machines is combined.
/// </summary>
public sealed class MergeTests
{
    private static readonly FlowQuery[] Queries =
    [
        FlowQuery.By(),
        FlowQuery.By(
            FlowDimension.Year,
            FlowDimension.Reporter,
            FlowDimension.CategoryAtLevel(HarmonizedSystem2022.ChapterLevel)
        ),
        FlowQuery.By(FlowDimension.Period, FlowDimension.Partner, FlowDimension.Direction),
        FlowQuery
            .By(FlowDimension.CategoryAtLevel(HarmonizedSystem2022.HeadingLevel))
            .Where(new FlowFilter(Direction: TradeDirection.Exports)),
    ];

    private static TradeFlowCollection[] Split(TradeFlowCollection flows, int parts)
    {
        var result = Enumerable
            .Range(0, parts)
            .Select(_ => new TradeFlowCollection(flows.Classification, flows.Currency))
            .ToArray();
        var i = 0;
        foreach (var flow in flows)
        {
            result[i++ % parts].Add(flow);
        }
        return result;
    }

    /// <summary>One flow of live horses, China to the United States in 2024, with a value and a quantity in tonnes.</summary>
    private static TradeFlowCollection Part(decimal value, double tonnes)
    {
        var flows = new TradeFlowCollection(SmallFlows.Hs, Currency.USD);
        flows.Add(
            new TradeFlow(
                SmallFlows.China,
                SmallFlows.Usa,
                TradeDirection.Exports,
                SmallFlows.Hs["010121"],
                ReferencePeriod.ForYear(2024),
                SmallFlows.Usd(value),
                quantity: UnitsNet.Mass.FromTonnes(tonnes)
            )
        );
        return flows;
    }

    private static List<(FlowKey, Money?, int, int, int)> Cells(FlowCube cube) =>
        [.. cube.Select(c => (c.Key, c.Total, c.Flows, c.FlowsWithoutValue, c.FlowsWithQuantity))];

    [Property(MaxTest = 20)]
    public void Merging_the_cubes_of_the_parts_gives_the_cube_of_the_whole(int seed)
    {
        var flows = RandomFlows.Make(seed);
        var parts = Split(flows, 3);
        foreach (var query in Queries)
        {
            var whole = flows.Aggregate(query);

            var merged = FlowCube.Merge(parts.Select(p => p.Aggregate(query)));

            Assert.Equal(Cells(whole), Cells(merged));
            Assert.Equal(whole.FlowsOutside, merged.FlowsOutside);
        }
    }

    [Property(MaxTest = 20)]
    public void Merging_is_associative_and_commutative(int seed)
    {
        var query = Queries[1];
        var (a, b, c) = (
            Split(RandomFlows.Make(seed), 3) is var p
                ? (p[0].Aggregate(query), p[1].Aggregate(query), p[2].Aggregate(query))
                : default
        );

        var left = FlowCube.Merge(FlowCube.Merge(a, b), c);
        var right = FlowCube.Merge(a, FlowCube.Merge(b, c));
        var shuffled = FlowCube.Merge(c, a, b);

        Assert.Equal(Cells(left), Cells(right));
        Assert.Equal(Cells(left), Cells(shuffled));
    }

    [Fact]
    public void A_merged_cell_without_any_value_stays_without_total_and_unit_values_are_recomputed()
    {
        var parts = new[]
        {
            SmallFlows.Of(
                (SmallFlows.China, SmallFlows.Usa, TradeDirection.Exports, "850110", 2024, null)
            ),
            SmallFlows.Of(
                (SmallFlows.China, SmallFlows.Usa, TradeDirection.Exports, "850110", 2024, null)
            ),
        };

        var merged = FlowCube.Merge(
            parts.Select(p => p.Aggregate(FlowQuery.By(FlowDimension.Reporter)))
        );

        Assert.Null(merged.Single().Total);
        Assert.Equal(2, merged.Single().FlowsWithoutValue);
    }

    [Fact]
    public void The_unit_value_of_merged_cells_is_the_merged_value_over_the_merged_quantity()
    {
        var query = FlowQuery.By(FlowDimension.Reporter);

        var merged = FlowCube
            .Merge(Part(3_000m, 2).Aggregate(query), Part(1_000m, 0.5).Aggregate(query))
            .Single();

        Assert.Equal(
            new UnitValue(SmallFlows.Usd(1_600m), UnitsNet.Units.MassUnit.Tonne),
            merged.UnitValue
        );
        Assert.Equal(UnitsNet.Mass.FromTonnes(2.5), merged.Quantity);
    }

    [Fact]
    public void A_part_whose_flows_have_a_value_and_a_zero_quantity_still_counts_in_the_merged_unit_value()
    {
        var query = FlowQuery.By(FlowDimension.Reporter);
        var whole = Part(3_000m, 2);
        whole.Add(Part(1_000m, 0).Single());

        var merged = FlowCube
            .Merge(Part(3_000m, 2).Aggregate(query), Part(1_000m, 0).Aggregate(query))
            .Single();

        // Both flows have a value and a quantity (one of zero tonnes): 4,000 dollars over 2 tonnes, as in one cube.
        Assert.Equal(whole.Aggregate(query).Single().UnitValue, merged.UnitValue);
        Assert.Equal(
            new UnitValue(SmallFlows.Usd(2_000m), UnitsNet.Units.MassUnit.Tonne),
            merged.UnitValue
        );
    }

    [Fact]
    public void Cubes_of_different_queries_do_not_merge()
    {
        var flows = RandomFlows.Make(1);

        var e = Assert.Throws<ArgumentException>(() =>
            FlowCube.Merge(flows.Aggregate(Queries[1]), flows.Aggregate(Queries[2]))
        );

        Assert.Contains("same query", e.Message, StringComparison.Ordinal);
    }
}
