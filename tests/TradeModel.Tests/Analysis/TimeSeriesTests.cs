using TradeModel.Analysis;
using TradeModel.Classifications;
using TradeModel.Flows;
using static TradeModel.Tests.Analysis.SmallFlows;

namespace TradeModel.Tests.Analysis;

/// <summary>Growth, shares, contributions, top cells, pivots and index numbers computed from a cube.</summary>
public sealed class TimeSeriesTests
{
    private static readonly ReferencePeriod Y2023 = ReferencePeriod.ForYear(2023);
    private static readonly ReferencePeriod Y2024 = ReferencePeriod.ForYear(2024);

    private static FlowCube ExportsByYearAndReporter() =>
        Of(
                (China, Usa, TradeDirection.Exports, "850110", 2023, 100m),
                (China, Usa, TradeDirection.Exports, "850110", 2024, 90m),
                (China, Japan, TradeDirection.Exports, "010121", 2024, 20m),
                (Usa, China, TradeDirection.Exports, "850110", 2023, 50m),
                (Japan, China, TradeDirection.Exports, "850110", 2023, 0m),
                (Japan, China, TradeDirection.Exports, "850110", 2024, 7m),
                (Germany, China, TradeDirection.Exports, "850110", 2024, 5m)
            )
            .Aggregate(FlowQuery.By(FlowDimension.Year, FlowDimension.Reporter));

    [Fact]
    public void Year_on_year_growth_of_each_line_is_the_change_over_the_earlier_year()
    {
        var growth = ExportsByYearAndReporter()
            .YearOnYear(Y2024)
            .ToDictionary(g => g.Key.Reporter!);

        Assert.Equal(Usd(100m), growth[China].Previous);
        Assert.Equal(Usd(110m), growth[China].Current);
        Assert.Equal(Usd(10m), growth[China].Change);
        Assert.Equal(PercentFigure.Percent(10m), growth[China].Growth);
    }

    [Fact]
    public void A_line_missing_in_one_year_or_growing_from_zero_has_an_undefined_growth_with_its_reason()
    {
        var growth = ExportsByYearAndReporter()
            .YearOnYear(Y2024)
            .ToDictionary(g => g.Key.Reporter!);

        Assert.Equal(UndefinedReason.MissingValue, growth[Usa].Growth.Reason);
        Assert.Null(growth[Usa].Current);
        Assert.Null(growth[Usa].Change);
        Assert.Equal(UndefinedReason.MissingValue, growth[Germany].Growth.Reason);
        Assert.Equal(UndefinedReason.ZeroBase, growth[Japan].Growth.Reason);
    }

    [Fact]
    public void Growth_lines_come_in_the_cubes_order_without_their_period()
    {
        var lines = ExportsByYearAndReporter().YearOnYear(Y2024).Select(g => g.Key).ToList();

        Assert.Equal(lines.Distinct().Count(), lines.Count);
        Assert.All(lines, k => Assert.Null(k.Period));
        Assert.Equal(4, lines.Count);
    }

    [Fact]
    public void Growth_needs_a_query_by_period_or_year()
    {
        var cube = ExportsByYearAndReporter();
        var byReporter = Of((China, Usa, TradeDirection.Exports, "850110", 2023, 1m))
            .Aggregate(FlowQuery.By(FlowDimension.Reporter));

        var e = Assert.Throws<InvalidOperationException>(() => byReporter.YearOnYear(Y2024));

        Assert.Contains("period or year", e.Message, StringComparison.Ordinal);
        Assert.NotEmpty(cube.YearOnYear(Y2024));
    }

    [Fact]
    public void Each_reporters_share_is_of_the_total_of_its_year()
    {
        var shares = ExportsByYearAndReporter()
            .Shares(FlowDimensionKind.Reporter)
            .Where(s => s.Key.Period == Y2024)
            .ToDictionary(s => s.Key.Reporter!);

        Assert.All(shares.Values, s => Assert.Equal(Usd(122m), s.GroupTotal));
        Assert.Equal(110m / 122m * 100m, shares[China].Share.Value);
        Assert.Equal(5m / 122m * 100m, shares[Germany].Share.Value);
        Assert.Equal(3, shares.Count);
    }

    [Fact]
    public void A_group_with_a_cell_without_value_has_no_total_so_its_shares_are_undefined()
    {
        var cube = Of(
                (China, Usa, TradeDirection.Exports, "850110", 2024, 30m),
                (China, Usa, TradeDirection.Exports, "010121", 2024, null)
            )
            .Aggregate(
                FlowQuery.By(FlowDimension.CategoryAtLevel(HarmonizedSystem2022.ChapterLevel))
            );

        var shares = cube.Shares(FlowDimensionKind.CategoryLevel);

        Assert.All(shares, s => Assert.Null(s.GroupTotal));
        Assert.All(shares, s => Assert.Equal(UndefinedReason.MissingValue, s.Share.Reason));
    }

    [Fact]
    public void Contributions_of_the_parts_add_up_to_the_growth_of_their_total()
    {
        // Chapter 85 from 100 to 104, chapter 01 from 100 to 106: total from 200 to 210, +5%.
        var cube = Of(
                (China, Usa, TradeDirection.Exports, "850110", 2023, 100m),
                (China, Usa, TradeDirection.Exports, "850110", 2024, 104m),
                (China, Usa, TradeDirection.Exports, "010121", 2023, 100m),
                (China, Usa, TradeDirection.Exports, "010121", 2024, 106m)
            )
            .Aggregate(
                FlowQuery.By(
                    FlowDimension.Year,
                    FlowDimension.CategoryAtLevel(HarmonizedSystem2022.ChapterLevel)
                )
            );

        var contributions = cube.Contributions(Y2024, Y2023, FlowDimensionKind.CategoryLevel)
            .ToDictionary(c => c.Key.Category!.Code);

        Assert.Equal(PercentFigure.Points(2m), contributions["85"].Contribution);
        Assert.Equal(PercentFigure.Points(3m), contributions["01"].Contribution);
        Assert.Equal(5m, contributions.Values.Sum(c => c.Contribution.Value));
    }

    [Fact]
    public void The_top_cells_are_the_largest_totals_of_the_period_asked_for()
    {
        var top = ExportsByYearAndReporter().Top(2, Y2024);

        Assert.Equal([China, Japan], top.Select(c => c.Key.Reporter));
    }

    [Fact]
    public void Pivoting_puts_the_periods_in_columns_and_keeps_missing_as_null()
    {
        var pivot = ExportsByYearAndReporter().PivotPeriods();
        var usa = pivot.Rows.Single(r => r.Key.Reporter == Usa);

        Assert.Equal([Y2023, Y2024], pivot.Periods);
        Assert.Equal([Usd(50m), null], usa.Totals);
        Assert.Equal(4, pivot.Rows.Count);
    }

    [Fact]
    public void Index_numbers_put_the_base_period_at_one_hundred()
    {
        var index = ExportsByYearAndReporter().IndexNumbers(Y2023);

        Assert.Equal(
            [PercentFigure.Percent(100m), PercentFigure.Percent(110m)],
            index[new FlowKey(Reporter: China)]
        );
        Assert.Equal(UndefinedReason.MissingValue, index[new FlowKey(Reporter: Germany)][0].Reason);
    }
}
