using FsCheck.Xunit;
using TradeModel.Analysis;
using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Flows;
using UnitsNet;

namespace TradeModel.Tests.Analysis;

/// <summary>Grouping flows by any dimensions gives exactly what the straightforward decimal computation gives.</summary>
public sealed class GroupingTests
{
    public static TheoryData<string> Queries => [.. QueryShapes.ByName.Keys];

    [Property(MaxTest = 25)]
    public void Every_query_shape_gives_the_totals_and_counts_of_the_naive_decimal_computation(
        int seed
    )
    {
        var flows = RandomFlows.Make(seed);
        foreach (var (name, query) in QueryShapes.ByName)
        {
            var cube = flows.Aggregate(query);
            var naive = RandomFlows.Naive(flows, query);

            Assert.True(
                naive.Count == cube.Count,
                $"{name}: {cube.Count} cells, naive {naive.Count}"
            );
            foreach (var cell in cube)
            {
                var (total, n, without) = naive[cell.Key];
                Assert.True(
                    total == cell.Total?.Amount,
                    $"{name} {cell.Key}: {cell.Total} vs {total}"
                );
                Assert.Equal((n, without), (cell.Flows, cell.FlowsWithoutValue));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void A_large_collection_summed_on_both_cores_equals_the_naive_computation(string name)
    {
        var flows = RandomFlows.Make(seed: 7, count: 600_000);
        var query = QueryShapes.ByName[name];

        var cube = flows.Aggregate(query);

        RandomFlows.AssertNaive(flows, query, cube);
    }

    /// <summary>
    /// Queries whose category parts of the cell index need one byte (chapters by year: below 255), two (subheadings by
    /// year: below 65,535) and four (subheadings before period and reporter: 5,613 × 21), each with a category filter and
    /// codes that have no subheading (headings, a chapter), which the category map leaves out.
    /// </summary>
    public static TheoryData<string> CategoryPartWidths => ["one byte", "two bytes", "four bytes"];

    [Theory]
    [MemberData(nameof(CategoryPartWidths))]
    public void A_category_filter_leaves_out_the_same_flows_whatever_width_the_category_parts_need(
        string width
    )
    {
        var filter = new FlowFilter(Category: HarmonizedSystem2022.Classification["85"]);
        var query = (
            width switch
            {
                "one byte" => FlowQuery.By(
                    FlowDimension.Year,
                    FlowDimension.CategoryAtLevel(HarmonizedSystem2022.ChapterLevel)
                ),
                "two bytes" => FlowQuery.By(
                    FlowDimension.Year,
                    FlowDimension.CategoryAtLevel(HarmonizedSystem2022.SubheadingLevel)
                ),
                _ => FlowQuery.By(
                    FlowDimension.CategoryAtLevel(HarmonizedSystem2022.SubheadingLevel),
                    FlowDimension.Period,
                    FlowDimension.Reporter
                ),
            }
        ).Where(filter);
        foreach (var aboveZero in new[] { false, true })
        {
            // Enough flows that even the four-byte query's 117,873 cells are kept dense, as arrays; values that take the
            // 64-bit loop, which reads the narrow maps.
            var flows = RandomFlows.Make(seed: 11, count: 40_000, aboveZero, plain: true);
            foreach (var asked in new[] { query, query.WithoutQuantities() })
            {
                var cube = flows.Aggregate(asked);

                RandomFlows.AssertNaive(flows, asked, cube);
                Assert.NotEmpty(cube);
            }
        }
    }

    [Fact]
    public void Categories_a_collection_first_holds_after_a_query_fall_in_their_cells_in_the_next()
    {
        var hs = SmallFlows.Hs;
        var query = FlowQuery.By(
            FlowDimension.Year,
            FlowDimension.CategoryAtLevel(HarmonizedSystem2022.ChapterLevel)
        );
        var flows = SmallFlows.Of(
            (SmallFlows.China, SmallFlows.Usa, TradeDirection.Exports, "010121", 2024, 5m),
            (SmallFlows.China, SmallFlows.Usa, TradeDirection.Exports, "850110", 2024, 7m)
        );
        _ = flows.Aggregate(query);

        flows.AddRange(
            SmallFlows.Of(
                (SmallFlows.China, SmallFlows.Japan, TradeDirection.Exports, "271019", 2024, 3m),
                (SmallFlows.China, SmallFlows.Japan, TradeDirection.Exports, "2710", 2024, 2m),
                (SmallFlows.China, SmallFlows.Japan, TradeDirection.Exports, "850120", 2024, 1m)
            )
        );
        var cube = flows.Aggregate(query);

        Assert.Equal([("01", 5m, 1), ("27", 5m, 2), ("85", 8m, 2)], SmallFlows.ByCode(cube));
        RandomFlows.AssertNaive(flows, query, cube);
    }

    [Fact]
    public void A_cell_whose_flows_all_lack_a_value_has_no_total_rather_than_zero()
    {
        var hs = SmallFlows.Hs;
        var flows = SmallFlows.Of(
            (SmallFlows.China, SmallFlows.Usa, TradeDirection.Exports, "010121", 2024, null),
            (SmallFlows.China, SmallFlows.Usa, TradeDirection.Exports, "850110", 2024, 0m)
        );

        var cube = flows.Aggregate(
            FlowQuery.By(FlowDimension.CategoryAtLevel(HarmonizedSystem2022.ChapterLevel))
        );

        Assert.Null(cube[new FlowKey(Category: hs["01"])].Total);
        Assert.Equal(1, cube[new FlowKey(Category: hs["01"])].FlowsWithoutValue);
        Assert.Equal(new Money(0m, Currency.USD), cube[new FlowKey(Category: hs["85"])].Total);
    }

    [Fact]
    public void Flows_coarser_than_the_level_asked_for_fall_outside_every_cell_and_are_counted()
    {
        var hs = SmallFlows.Hs;
        var flows = SmallFlows.Of(
            (SmallFlows.China, SmallFlows.Usa, TradeDirection.Exports, "85", 2024, 10m),
            (SmallFlows.China, SmallFlows.Usa, TradeDirection.Exports, "850110", 2024, 4m)
        );

        var cube = flows.Aggregate(
            FlowQuery.By(FlowDimension.CategoryAtLevel(HarmonizedSystem2022.HeadingLevel))
        );

        Assert.Equal(1, cube.FlowsOutside);
        Assert.Equal(new Money(4m, Currency.USD), cube.TotalOf(new FlowKey(Category: hs["8501"])));
    }

    [Fact]
    public void Quantities_of_one_kind_add_up_across_units_and_give_the_unit_value_of_the_flows_that_have_both()
    {
        var hs = HarmonizedSystem2022.Classification;
        var flows = new TradeFlowCollection(hs, Currency.USD);
        flows.Add(ExportToUsa("010121", 3_000m, Mass.FromTonnes(2)));
        flows.Add(ExportToUsa("010129", 1_000m, Mass.FromKilograms(500)));
        flows.Add(ExportToUsa("010129", null, Mass.FromKilograms(1_500)));
        flows.Add(ExportToUsa("020110", 700m, Volume.FromLiters(20)));

        var chapter01 = flows.Aggregate(
            FlowQuery.By(FlowDimension.CategoryAtLevel(HarmonizedSystem2022.ChapterLevel))
        )[new FlowKey(Category: hs["01"])];

        Assert.Equal(Mass.FromTonnes(4), chapter01.Quantity);
        Assert.Equal(3, chapter01.FlowsWithQuantity);
        Assert.Equal(
            new UnitValue(new Money(1_600m, Currency.USD), UnitsNet.Units.MassUnit.Tonne),
            chapter01.UnitValue
        );
    }

    [Fact]
    public void Quantities_of_different_kinds_are_kept_apart_and_give_no_unit_value()
    {
        var hs = HarmonizedSystem2022.Classification;
        var flows = new TradeFlowCollection(hs, Currency.USD);
        flows.Add(ExportToUsa("010121", 3_000m, Mass.FromTonnes(2)));
        flows.Add(ExportToUsa("020110", 700m, Volume.FromLiters(20)));

        var all = flows.Aggregate(FlowQuery.By()).Single();

        Assert.Equal(2, all.Quantities.Count);
        Assert.Null(all.Quantity);
        Assert.Null(all.UnitValue);
    }

    [Fact]
    public void Two_dimensions_that_read_the_same_column_are_refused_with_both_named()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            FlowQuery.By(FlowDimension.Period, FlowDimension.Year)
        );

        Assert.Contains("Period and Year", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cells_come_in_chronological_and_classification_order()
    {
        var flows = RandomFlows.Make(seed: 3);

        var cube = flows.Aggregate(
            FlowQuery.By(
                FlowDimension.Period,
                FlowDimension.CategoryAtLevel(HarmonizedSystem2022.ChapterLevel)
            )
        );

        var order = cube.Select(c =>
                (c.Key.Period!.Value.Start, c.Key.Period!.Value.End, c.Key.Category!.Code)
            )
            .ToList();
        Assert.Equal(
            order
                .OrderBy(o => o.Start)
                .ThenBy(o => o.End)
                .ThenBy(o => o.Code, StringComparer.Ordinal),
            order
        );
    }

    [Fact]
    public void One_thread_and_every_core_give_the_same_cube()
    {
        var flows = RandomFlows.Make(seed: 11, count: 700_000);
        var query = QueryShapes.ByName["year, reporter, chapter"];

        var parallel = flows.Aggregate(query);
        var single = flows.Aggregate(query, new ParallelOptions { MaxDegreeOfParallelism = 1 });

        Assert.Equal(
            single.Select(c => (c.Key, c.Total, c.Flows, c.FlowsWithoutValue)),
            parallel.Select(c => (c.Key, c.Total, c.Flows, c.FlowsWithoutValue))
        );
    }

    [Fact]
    public void A_cancelled_grouping_stops_with_OperationCanceledException()
    {
        var flows = RandomFlows.Make(seed: 5, count: 1_000);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            flows.Aggregate(
                FlowQuery.By(FlowDimension.Year),
                new ParallelOptions { CancellationToken = cancel.Token }
            )
        );
    }

    /// <summary>China's 2024 exports to the US of a subheading, with a quantity; missing when the value is null.</summary>
    private static TradeFlow ExportToUsa(string subheading, decimal? value, IQuantity quantity) =>
        new(
            Economy.FromCode("CHN"),
            Economy.FromCode("USA"),
            TradeDirection.Exports,
            HarmonizedSystem2022.Classification[subheading],
            ReferencePeriod.ForYear(2024),
            value is { } v ? new Money(v, Currency.USD) : null,
            value is null ? ObservationStatus.Missing : ObservationStatus.Normal,
            quantity
        );
}
