using TradeModel.Analysis;
using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Flows;
using static TradeModel.Tests.Analysis.SmallFlows;

namespace TradeModel.Tests.Analysis;

/// <summary>Every public entry of the analysis layer refuses bad input with an exception that names what is wrong.</summary>
public sealed class BadInputTests
{
    private static FlowCube ByReporter() =>
        Of((China, Usa, TradeDirection.Exports, "850110", 2024, 1m))
            .Aggregate(FlowQuery.By(FlowDimension.Reporter));

    [Fact]
    public void A_negative_category_level_is_refused()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => FlowDimension.CategoryAtLevel(-1));

        Assert.Equal("level", e.ParamName);
    }

    [Fact]
    public void Groupings_must_be_given_and_of_one_classification()
    {
        var hs = new CategoryGrouping("animals", [Hs["01"]]);
        var ebops = new CategoryGrouping("transport", [Ebops2010.Classification["SC"]]);

        Assert.Throws<ArgumentException>(() => FlowDimension.ByGroupings());
        var e = Assert.Throws<ArgumentException>(() => FlowDimension.ByGroupings(hs, ebops));

        Assert.Contains("one classification", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Economy_groups_must_be_given_and_none_null()
    {
        Assert.Throws<ArgumentException>(() => FlowDimension.ReporterGroups());
        var e = Assert.Throws<ArgumentException>(() => FlowDimension.PartnerGroups(China, null!));

        Assert.Contains("none of them null", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_dimension_or_filter_is_refused()
    {
        Assert.Throws<ArgumentException>(() => FlowQuery.By(FlowDimension.Year, null!));
        Assert.Throws<ArgumentNullException>(() => FlowQuery.By().Where(null!));
        Assert.Throws<ArgumentNullException>(() => Of().Aggregate(FlowQuery.By(), null!));
    }

    [Fact]
    public void Looking_up_a_cell_no_flow_falls_in_names_the_key()
    {
        var cube = ByReporter();

        var e = Assert.Throws<KeyNotFoundException>(() => cube[new FlowKey(Reporter: Japan)]);

        Assert.Contains("JPN", e.Message, StringComparison.Ordinal);
        Assert.Null(cube.TotalOf(new FlowKey(Reporter: Japan)));
        Assert.False(cube.TryGetCell(new FlowKey(Reporter: China, Partner: Usa), out _));
    }

    [Fact]
    public void Series_need_the_dimensions_they_work_over()
    {
        var cube = ByReporter();

        Assert.Throws<ArgumentOutOfRangeException>(() => cube.Top(-1));
        Assert.Contains(
            "CategoryLevel",
            Assert
                .Throws<ArgumentException>(() => cube.Shares(FlowDimensionKind.CategoryLevel))
                .Message,
            StringComparison.Ordinal
        );
        Assert.Throws<InvalidOperationException>(() => cube.PivotPeriods());
        Assert.Throws<InvalidOperationException>(() =>
            cube.IndexNumbers(ReferencePeriod.ForYear(2024))
        );
        Assert.Throws<InvalidOperationException>(() =>
            cube.Contributions(
                ReferencePeriod.ForYear(2024),
                ReferencePeriod.ForYear(2023),
                FlowDimensionKind.Reporter
            )
        );
    }

    [Fact]
    public void Indicators_refuse_cubes_without_their_dimensions_and_a_factor_that_is_not_positive()
    {
        var cube = ByReporter();
        var mirrorCube = Of((China, Usa, TradeDirection.Exports, "850110", 2024, 1m))
            .Aggregate(
                FlowQuery.By(FlowDimension.Reporter, FlowDimension.Partner, FlowDimension.Direction)
            );

        Assert.Contains(
            "category",
            Assert
                .Throws<ArgumentException>(() => TradeIndicators.RevealedComparativeAdvantage(cube))
                .Message,
            StringComparison.Ordinal
        );
        Assert.Throws<ArgumentException>(() =>
            TradeIndicators.HerfindahlHirschman(cube, FlowDimensionKind.Partner)
        );
        Assert.Throws<ArgumentException>(() => TradeIndicators.Mirror(cube, 1m));
        Assert.Contains(
            "positive",
            Assert
                .Throws<ArgumentOutOfRangeException>(() => TradeIndicators.Mirror(mirrorCube, 0m))
                .Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Merging_nothing_or_cubes_of_other_currencies_is_refused()
    {
        var usd = ByReporter();
        var cny = new TradeFlowCollection(Hs, Currency.CNY).Aggregate(
            FlowQuery.By(FlowDimension.Reporter)
        );

        Assert.Throws<ArgumentException>(() => FlowCube.Merge());
        var e = Assert.Throws<ArgumentException>(() => FlowCube.Merge(usd, cny));

        Assert.Contains("CNY", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_collection_holds_flows_of_every_category_of_HS_2022_and_groups_them_each_apart()
    {
        var flows = new TradeFlowCollection(Hs, Currency.USD);
        var appender = flows.CreateAppender();
        foreach (var category in Hs.Categories)
        {
            appender.Append(
                China,
                Usa,
                TradeDirection.Exports,
                category,
                ReferencePeriod.ForYear(2024),
                1m
            );
        }

        Assert.Equal(Hs.Categories.Count, flows.Count);
        Assert.Equal(
            Hs.Categories.Count,
            flows.Aggregate(FlowQuery.By(FlowDimension.Category)).Count
        );
    }
}
