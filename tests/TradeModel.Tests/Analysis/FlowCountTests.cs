using FsCheck.Xunit;
using TradeModel.Analysis;
using TradeModel.Classifications;
using TradeModel.Flows;
using UnitsNet.Units;

namespace TradeModel.Tests.Analysis;

/// <summary>
/// A cube of values alone over flows whose values are all above zero (BACI's case) finds its cells by their sums and
/// counts their flows when a cell's flows are first read; what it reports is the same as when it counts as it sums.
/// </summary>
public sealed class FlowCountTests
{
    private static readonly FlowQuery YearReporterChapter = FlowQuery
        .By(
            FlowDimension.Year,
            FlowDimension.Reporter,
            FlowDimension.CategoryAtLevel(HarmonizedSystem2022.ChapterLevel)
        )
        .WithoutQuantities();

    private static readonly FlowQuery ByChapter = FlowQuery
        .By(FlowDimension.CategoryAtLevel(HarmonizedSystem2022.ChapterLevel))
        .WithoutQuantities();

    [Property(MaxTest = 25)]
    public void A_values_only_cube_over_values_above_zero_has_the_naive_totals_and_counts_in_every_shape(
        int seed
    )
    {
        var flows = RandomFlows.Make(seed, aboveZero: true);
        foreach (var shape in QueryShapes.ByName.Values)
        {
            var query = shape.WithoutQuantities();

            var cube = flows.Aggregate(query);

            RandomFlows.AssertNaive(flows, query, cube);
        }
    }

    [Theory]
    [InlineData("year, reporter, chapter")]
    [InlineData("partner groups that overlap, heading")]
    public void A_large_values_only_cube_on_both_cores_counts_each_cell_s_flows_as_the_naive_computation(
        string name
    )
    {
        var flows = RandomFlows.Make(seed: 8, count: 600_000, aboveZero: true);
        var query = QueryShapes.ByName[name].WithoutQuantities();

        var cube = flows.Aggregate(query);

        RandomFlows.AssertNaive(flows, query, cube);
    }

    [Fact]
    public void Flows_appended_after_a_query_are_not_counted_in_its_cells()
    {
        var flows = RandomFlows.Make(seed: 3, count: 2_000, aboveZero: true);
        var cube = flows.Aggregate(YearReporterChapter);
        var before = RandomFlows.Naive(flows, YearReporterChapter);

        flows.AddRange(RandomFlows.Make(seed: 4, count: 2_000, aboveZero: true));

        var after = RandomFlows.Naive(flows, YearReporterChapter);
        Assert.All(cube, cell => Assert.Equal(before[cell.Key].Flows, cell.Flows));
        Assert.All(cube, cell => Assert.NotEqual(after[cell.Key].Flows, cell.Flows));
    }

    [Fact]
    public void Cells_whose_flows_add_up_to_zero_are_kept_with_a_total_of_zero()
    {
        var flows = SmallFlows.Of(
            (SmallFlows.China, SmallFlows.Usa, TradeDirection.Exports, "010121", 2024, 5m),
            (SmallFlows.China, SmallFlows.Japan, TradeDirection.Exports, "010129", 2024, -5m),
            (SmallFlows.China, SmallFlows.Usa, TradeDirection.Exports, "850110", 2024, 0m),
            (SmallFlows.China, SmallFlows.Usa, TradeDirection.Exports, "870321", 2024, 7m)
        );

        var cube = flows.Aggregate(ByChapter);

        Assert.Equal([("01", 0m, 2), ("85", 0m, 1), ("87", 7m, 1)], SmallFlows.ByCode(cube));
    }

    [Fact]
    public void A_cell_with_only_flows_without_value_or_beyond_fixed_point_is_found_and_counted()
    {
        var flows = SmallFlows.Of(
            (SmallFlows.China, SmallFlows.Usa, TradeDirection.Exports, "010121", 2024, null),
            (
                SmallFlows.China,
                SmallFlows.Usa,
                TradeDirection.Exports,
                "850110",
                2024,
                0.000_000_000_001m
            ),
            (SmallFlows.China, SmallFlows.Usa, TradeDirection.Exports, "870321", 2024, 7m)
        );

        var cube = flows.Aggregate(ByChapter);

        Assert.Equal(
            [("01", (decimal?)null, 1, 1), ("85", 0.000_000_000_001m, 1, 0), ("87", 7m, 1, 0)],
            cube.Select(c => (c.Key.Category!.Code, c.Total?.Amount, c.Flows, c.FlowsWithoutValue))
        );
    }

    [Fact]
    public async Task Threads_that_read_the_flows_of_one_cube_at_once_all_see_the_same_counts()
    {
        var flows = RandomFlows.Make(seed: 6, count: 20_000, aboveZero: true);
        var naive = RandomFlows.Naive(flows, YearReporterChapter);
        var cube = flows.Aggregate(YearReporterChapter);
        using var start = new Barrier(4);

        var readers = Enumerable
            .Range(0, 4)
            .Select(_ =>
                Task.Factory.StartNew(
                    () =>
                    {
                        start.SignalAndWait();
                        return cube.Select(c => (c.Key, c.Flows)).ToArray();
                    },
                    TaskCreationOptions.LongRunning
                )
            )
            .ToArray();
        var seen = await Task.WhenAll(readers);

        Assert.All(
            seen,
            counts => Assert.All(counts, c => Assert.Equal(naive[c.Key].Flows, c.Flows))
        );
    }

    [Fact]
    public void Converted_flows_grouped_by_values_alone_keep_every_target_that_received_a_part()
    {
        var correlation = HsCorrelation.Between(2017, 2022);
        var hs = correlation.Source;
        var flows = new TradeFlowCollection(hs, Currency.USD);
        var random = new Random(11);
        var subheadings = hs
            .Categories.Where(c => c.Code.Length == 6 && char.IsAsciiDigit(c.Code[0]))
            .ToArray();
        var appender = flows.CreateAppender();
        for (var i = 0; i < 20_000; i++)
        {
            appender.Append(
                SmallFlows.China,
                SmallFlows.Usa,
                TradeDirection.Exports,
                subheadings[random.Next(subheadings.Length)],
                ReferencePeriod.ForYear(2017),
                // A thousandth split among several targets leaves some of them a part of zero.
                random.Next(4) == 0
                    ? 0.001m
                    : random.Next(1, 100_000_000) / 1000m,
                ObservationStatus.Normal,
                random.Next(1, 1000),
                MassUnit.Tonne
            );
        }
        var converted = flows.ConvertTo(correlation).Flows;
        var query = FlowQuery.By(FlowDimension.Category).WithoutQuantities();

        var cube = converted.Aggregate(query);

        Assert.Contains(converted, f => f.Value?.Amount == 0m);
        RandomFlows.AssertNaive(converted, query, cube);
    }
}
