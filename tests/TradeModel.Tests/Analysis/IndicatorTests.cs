using TradeModel.Analysis;
using TradeModel.Classifications;
using TradeModel.Flows;
using static TradeModel.Tests.Analysis.SmallFlows;

namespace TradeModel.Tests.Analysis;

/// <summary>The analysts' indicators on tables small enough to check by hand.</summary>
public sealed class IndicatorTests
{
    private static FlowQuery ByReporterAndChapter =>
        FlowQuery.By(
            FlowDimension.Reporter,
            FlowDimension.CategoryAtLevel(HarmonizedSystem2022.ChapterLevel)
        );

    [Fact]
    public void Revealed_comparative_advantage_compares_a_products_share_in_an_economys_exports_with_its_world_share()
    {
        // China: 30 of chapter 85, 10 of chapter 01; USA: 20 and 40. The world: 50 and 50 of 100.
        var cube = Of(
                (China, Usa, TradeDirection.Exports, "850110", 2024, 30m),
                (China, Usa, TradeDirection.Exports, "010121", 2024, 10m),
                (Usa, China, TradeDirection.Exports, "850110", 2024, 20m),
                (Usa, China, TradeDirection.Exports, "010121", 2024, 40m)
            )
            .Aggregate(ByReporterAndChapter);

        var rca = TradeIndicators
            .RevealedComparativeAdvantage(cube)
            .ToDictionary(v => (v.Key.Reporter, v.Key.Category!.Code));

        Assert.Equal(30m / 40m / (50m / 100m), rca[(China, "85")].Value);
        Assert.Equal(1.5m, rca[(China, "85")].Value);
        Assert.Equal(40m / 60m / (50m / 100m), rca[(Usa, "01")].Value);
    }

    [Fact]
    public void Revealed_comparative_advantage_is_undefined_when_a_value_is_missing()
    {
        var cube = Of(
                (China, Usa, TradeDirection.Exports, "850110", 2024, 30m),
                (Usa, China, TradeDirection.Exports, "850110", 2024, null)
            )
            .Aggregate(ByReporterAndChapter);

        var rca = TradeIndicators.RevealedComparativeAdvantage(cube);

        Assert.All(rca, v => Assert.Equal(UndefinedReason.MissingValue, v.Reason));
    }

    [Fact]
    public void Herfindahl_Hirschman_concentration_is_the_sum_of_squared_shares()
    {
        var cube = Of(
                (China, Usa, TradeDirection.Exports, "850110", 2024, 50m),
                (China, Japan, TradeDirection.Exports, "850110", 2024, 30m),
                (China, Germany, TradeDirection.Exports, "850110", 2024, 20m)
            )
            .Aggregate(FlowQuery.By(FlowDimension.Reporter, FlowDimension.Partner));

        var hhi = TradeIndicators.HerfindahlHirschman(cube, FlowDimensionKind.Partner).Single();

        Assert.Equal(new FlowKey(Reporter: China), hhi.Key);
        Assert.Equal(0.38m, hhi.Value);
    }

    [Fact]
    public void Grubel_Lloyd_is_one_minus_the_net_trade_over_the_total_trade_of_each_product()
    {
        var (byChapter, aggregate) = GrubelLloydByChapter(
            (TradeDirection.Exports, "850110", 60m),
            (TradeDirection.Imports, "850110", 40m),
            (TradeDirection.Exports, "010121", 10m),
            (TradeDirection.Imports, "010121", 0m)
        );

        Assert.Equal(0.8m, byChapter["85"].Value);
        Assert.Equal(0m, byChapter["01"].Value);
        Assert.Equal(1m - (30m / 110m), aggregate.Value);
    }

    [Fact]
    public void A_product_traded_one_way_only_has_Grubel_Lloyd_zero_and_its_group_keeps_its_aggregate()
    {
        // The example of docs/analysis.md: 60 out and 40 in of chapter 85, 10 out of chapter 01 and nothing in.
        var (byChapter, aggregate) = GrubelLloydByChapter(
            (TradeDirection.Exports, "850110", 60m),
            (TradeDirection.Imports, "850110", 40m),
            (TradeDirection.Exports, "010121", 10m)
        );

        Assert.Equal(0m, byChapter["01"].Value);
        Assert.Equal(0.8m, byChapter["85"].Value);
        Assert.Equal(1m - (30m / 110m), aggregate.Value);
    }

    [Fact]
    public void A_product_whose_trade_has_no_value_leaves_its_Grubel_Lloyd_and_its_group_undefined()
    {
        var (byChapter, aggregate) = GrubelLloydByChapter(
            (TradeDirection.Exports, "850110", 60m),
            (TradeDirection.Imports, "850110", 40m),
            (TradeDirection.Exports, "010121", 10m),
            (TradeDirection.Imports, "010121", null)
        );

        Assert.Equal(UndefinedReason.MissingValue, byChapter["01"].Reason);
        Assert.Equal(0.8m, byChapter["85"].Value);
        Assert.Equal(UndefinedReason.MissingValue, aggregate.Reason);
    }

    [Fact]
    public void Grubel_Lloyd_over_products_agrees_with_a_hand_computation_on_trade_shaped_like_BACI()
    {
        // Seeded, BACI-shaped: many products per pair, most traded one way only, some both ways.
        var random = new Random(2024);
        var products = Hs
            .Categories.Where(c => c.Code.Length == 6)
            .Where(c =>
                c.Code.StartsWith("85", StringComparison.Ordinal)
                || c.Code.StartsWith("01", StringComparison.Ordinal)
            )
            .Take(40)
            .Select(c => c.Code)
            .ToArray();
        TradeModel.Economies.Economy[] economies = [China, Usa, Japan, Germany];
        var rows =
            new List<(
                TradeModel.Economies.Economy,
                TradeModel.Economies.Economy,
                TradeDirection,
                string,
                int,
                decimal?
            )>();
        for (var i = 0; i < 600; i++)
        {
            var reporter = economies[random.Next(economies.Length)];
            var partner = economies[random.Next(economies.Length)];
            if (reporter == partner)
            {
                continue;
            }
            rows.Add(
                (
                    reporter,
                    partner,
                    random.Next(3) == 0 ? TradeDirection.Imports : TradeDirection.Exports,
                    products[random.Next(products.Length)],
                    2024,
                    random.Next(1, 100_000) / 1000m
                )
            );
        }
        var cube = Of(rows.ToArray())
            .Aggregate(
                FlowQuery.By(
                    FlowDimension.Reporter,
                    FlowDimension.Partner,
                    FlowDimension.Direction,
                    FlowDimension.Category
                )
            );

        var computed = TradeIndicators
            .GrubelLloyd(cube, FlowDimensionKind.Category)
            .ToDictionary(v => (v.Key.Reporter!, v.Key.Partner!), v => v.Value);

        // By hand: per pair and product, exports and imports (0 when none), then 1 − Σ|X − M| ÷ Σ(X + M).
        var expected = rows.GroupBy(r => (r.Item1, r.Item2))
            .ToDictionary(
                pair => pair.Key,
                pair =>
                {
                    var byProduct = pair.GroupBy(r => r.Item4)
                        .Select(p =>
                            (
                                X: p.Where(r => r.Item3 == TradeDirection.Exports)
                                    .Sum(r => r.Item6!.Value),
                                M: p.Where(r => r.Item3 == TradeDirection.Imports)
                                    .Sum(r => r.Item6!.Value)
                            )
                        )
                        .ToList();
                    return (decimal?)(
                        1m
                        - (byProduct.Sum(p => Math.Abs(p.X - p.M)) / byProduct.Sum(p => p.X + p.M))
                    );
                }
            );
        Assert.True(
            rows.GroupBy(r => (r.Item1, r.Item2, r.Item4))
                .Count(g => g.Select(r => r.Item3).Distinct().Count() == 1) > 10
        );
        Assert.Equal(expected.Count, computed.Count);
        Assert.All(expected, e => Assert.Equal(e.Value, computed[e.Key]));
    }

    [Fact]
    public void Mirror_statistics_set_each_exporters_figure_beside_the_importers_on_a_CIF_basis()
    {
        var cube = Of(
                (China, Usa, TradeDirection.Exports, "850110", 2024, 100m),
                (Usa, China, TradeDirection.Imports, "850110", 2024, 112m),
                (China, Japan, TradeDirection.Exports, "850110", 2024, 50m)
            )
            .Aggregate(
                FlowQuery.By(FlowDimension.Reporter, FlowDimension.Partner, FlowDimension.Direction)
            );

        var mirror = TradeIndicators
            .Mirror(cube, cifFobFactor: 1.06m)
            .ToDictionary(m => (m.Key.Reporter, m.Key.Partner));

        Assert.Equal(Usd(6m), mirror[(China, Usa)].Difference);
        Assert.Equal(6m / 106m * 100m, mirror[(China, Usa)].Asymmetry.Value);
        Assert.Null(mirror[(China, Japan)].MirrorImports);
        Assert.Equal(UndefinedReason.MissingValue, mirror[(China, Japan)].Asymmetry.Reason);
    }

    [Fact]
    public void Mirror_statistics_take_each_side_from_the_valuation_it_was_read_in()
    {
        var query = FlowQuery.By(
            FlowDimension.Reporter,
            FlowDimension.Partner,
            FlowDimension.Direction
        );
        var asReported = Of(
                (China, Usa, TradeDirection.Exports, "850110", 2024, 100m),
                (Usa, China, TradeDirection.Imports, "850110", 2024, 112m)
            )
            .Aggregate(query);
        var fob = Of(
                (Usa, China, TradeDirection.Imports, "850110", 2024, 105m),
                (Usa, Japan, TradeDirection.Imports, "850110", 2024, 7m)
            )
            .Aggregate(query);

        var mirror = TradeIndicators
            .Mirror(asReported, fob, cifFobFactor: 1m)
            .ToDictionary(m => (m.Key.Reporter, m.Key.Partner));

        Assert.Equal(Usd(100m), mirror[(China, Usa)].Exports);
        Assert.Equal(Usd(105m), mirror[(China, Usa)].MirrorImports);
        Assert.Equal(Usd(5m), mirror[(China, Usa)].Difference);
        Assert.Null(mirror[(Japan, Usa)].Exports);
        Assert.Equal(Usd(7m), mirror[(Japan, Usa)].MirrorImports);
    }

    [Fact]
    public void Mirror_statistics_refuse_two_cubes_grouped_differently()
    {
        var flows = Of((China, Usa, TradeDirection.Exports, "850110", 2024, 1m));
        var exports = flows.Aggregate(
            FlowQuery.By(FlowDimension.Reporter, FlowDimension.Partner, FlowDimension.Direction)
        );
        var imports = flows.Aggregate(
            FlowQuery.By(
                FlowDimension.Reporter,
                FlowDimension.Partner,
                FlowDimension.Direction,
                FlowDimension.Period
            )
        );

        var e = Assert.Throws<ArgumentException>(() =>
            TradeIndicators.Mirror(exports, imports, 1m)
        );

        Assert.Equal("imports", e.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1.06)]
    public void A_CIF_FOB_factor_that_is_not_positive_is_out_of_range(double factor)
    {
        var cube = Of((China, Usa, TradeDirection.Exports, "850110", 2024, 1m))
            .Aggregate(
                FlowQuery.By(FlowDimension.Reporter, FlowDimension.Partner, FlowDimension.Direction)
            );

        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            TradeIndicators.Mirror(cube, (decimal)factor)
        );

        Assert.Equal("cifFobFactor", e.ParamName);
        Assert.Equal((decimal)factor, e.ActualValue);
    }

    [Fact]
    public void A_cube_without_the_dimensions_an_indicator_needs_is_refused_with_the_missing_one_named()
    {
        var cube = Of((China, Usa, TradeDirection.Exports, "850110", 2024, 1m))
            .Aggregate(FlowQuery.By(FlowDimension.Reporter));

        var e = Assert.Throws<ArgumentException>(() => TradeIndicators.GrubelLloyd(cube));

        Assert.Contains("Direction", e.Message, StringComparison.Ordinal);
    }

    /// <summary>Grubel–Lloyd by HS chapter, and over the chapters, of China's trade with the US in 2024.</summary>
    private static (
        Dictionary<string, IndicatorValue> ByChapter,
        IndicatorValue Aggregate
    ) GrubelLloydByChapter(params (TradeDirection Direction, string Product, decimal? Value)[] rows)
    {
        var cube = Of([.. rows.Select(r => (China, Usa, r.Direction, r.Product, 2024, r.Value))])
            .Aggregate(
                FlowQuery.By(
                    FlowDimension.Direction,
                    FlowDimension.CategoryAtLevel(HarmonizedSystem2022.ChapterLevel)
                )
            );
        return (
            TradeIndicators.GrubelLloyd(cube).ToDictionary(v => v.Key.Category!.Code),
            TradeIndicators.GrubelLloyd(cube, FlowDimensionKind.CategoryLevel).Single()
        );
    }

    public static TheoryData<int> Seeds => new(1, 2, 3);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Revealed_comparative_advantage_on_a_large_cube_is_the_ratio_of_shares_worked_out_cell_by_cell(
        int seed
    )
    {
        // Years too: each year's shares are its own; a missing value makes its year undefined.
        var flows = WithAMissingYear(seed);
        var cube = flows.Aggregate(
            FlowQuery
                .By(
                    FlowDimension.Year,
                    FlowDimension.Reporter,
                    FlowDimension.CategoryAtLevel(HarmonizedSystem2022.ChapterLevel)
                )
                .Where(new FlowFilter(Direction: TradeDirection.Exports))
        );
        Money? Sum(Func<FlowCell, bool> group) =>
            cube.Where(group).Aggregate((Money?)null, (s, c) => s is null ? c.Total : s + c.Total);

        var rca = TradeIndicators.RevealedComparativeAdvantage(cube);

        Assert.Equal(cube.Count, rca.Count);
        Assert.Contains(rca, v => v.IsDefined);
        Assert.Contains(rca, v => v.Reason == UndefinedReason.MissingValue);
        foreach (var (cell, value) in cube.Zip(rca))
        {
            var k = cell.Key;
            var economy = Sum(c => c.Key.Period == k.Period && c.Key.Reporter == k.Reporter);
            var product = Sum(c => c.Key.Period == k.Period && c.Key.Category == k.Category);
            var world = Sum(c => c.Key.Period == k.Period);
            var cellsOfEconomy = cube.Where(c =>
                c.Key.Period == k.Period && c.Key.Reporter == k.Reporter
            );
            var cellsOfProduct = cube.Where(c =>
                c.Key.Period == k.Period && c.Key.Category == k.Category
            );
            var anyMissing =
                cell.Total is null
                || cellsOfEconomy.Any(c => c.Total is null)
                || cellsOfProduct.Any(c => c.Total is null)
                || cube.Where(c => c.Key.Period == k.Period).Any(c => c.Total is null);
            Assert.Equal(k, value.Key);
            if (anyMissing)
            {
                Assert.Equal(UndefinedReason.MissingValue, value.Reason);
                continue;
            }
            var (x, xc, xp, xw) = (
                cell.Total!.Value.Amount,
                economy!.Value.Amount,
                product!.Value.Amount,
                world!.Value.Amount
            );
            if (xc <= 0 || xp <= 0 || xw <= 0)
            {
                Assert.Equal(UndefinedReason.ZeroBase, value.Reason);
                continue;
            }
            Assert.Equal(x / xc / (xp / xw), value.Value);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Concentration_on_a_large_cube_is_each_group_s_sum_of_squared_shares_in_the_cube_s_order(
        int seed
    )
    {
        var flows = WithAMissingYear(seed);
        foreach (var over in new[] { FlowDimensionKind.Partner, FlowDimensionKind.CategoryLevel })
        {
            var cube = flows.Aggregate(
                FlowQuery.By(
                    FlowDimension.Year,
                    FlowDimension.Reporter,
                    FlowDimension.Partner,
                    FlowDimension.CategoryAtLevel(HarmonizedSystem2022.ChapterLevel)
                )
            );
            var expected = cube.GroupBy(c => c.Key.Without(over)).ToList();

            var hhi = TradeIndicators.HerfindahlHirschman(cube, over);

            Assert.Equal(expected.Select(g => g.Key), hhi.Select(v => v.Key));
            foreach (var (group, value) in expected.Zip(hhi))
            {
                if (group.Any(c => c.Total is null))
                {
                    Assert.Equal(UndefinedReason.MissingValue, value.Reason);
                    continue;
                }
                var total = group.Sum(c => c.Total!.Value.Amount);
                Assert.Equal(
                    total > 0
                        ? group.Sum(c =>
                            c.Total!.Value.Amount / total * (c.Total!.Value.Amount / total)
                        )
                        : null,
                    value.Value
                );
            }
            Assert.Contains(hhi, v => !v.IsDefined);
            Assert.Contains(hhi, v => v.IsDefined);
        }
    }

    /// <summary>Random flows, and in a year of its own one flow whose value is missing: that year's indicators are undefined.</summary>
    private static TradeFlowCollection WithAMissingYear(int seed)
    {
        var flows = RandomFlows.Make(seed, count: 20_000);
        flows.Add(
            new TradeFlow(
                TradeModel.Economies.Economy.FromCode("ISL"),
                TradeModel.Economies.Economy.FromCode("NOR"),
                TradeDirection.Exports,
                HarmonizedSystem2022.Classification["010121"],
                ReferencePeriod.ForYear(2030),
                null,
                ObservationStatus.Missing
            )
        );
        return flows;
    }
}
