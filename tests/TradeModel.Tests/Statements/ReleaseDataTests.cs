using TradeModel.Analysis;
using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Flows;
using TradeModel.Statements;
using static TradeModel.Tests.Statements.Releases;

namespace TradeModel.Tests.Statements;

/// <summary>Release data from flows, from a cube and from release-table lines gives the same statements.</summary>
public sealed class ReleaseDataTests
{
    private static readonly Economy China = Economy.FromCode("CHN");
    private static readonly ReferencePeriod Before = Year.YearEarlier();

    /// <summary>China's services by EBOPS component, both years: travel and transport, exports and imports.</summary>
    private static TradeFlowCollection Flows()
    {
        var flows = new TradeFlowCollection(Ebops2010.Classification, Currency.CNY);
        void Add(string code, TradeDirection direction, ReferencePeriod period, decimal billions) =>
            flows.Add(
                new TradeFlow(
                    China,
                    Economy.World,
                    direction,
                    Ebops2010.Classification[code],
                    period,
                    Billions(billions)
                )
            );
        Add("SD", TradeDirection.Exports, Year, 300m);
        Add("SD", TradeDirection.Imports, Year, 1751.15m);
        Add("SD", TradeDirection.Exports, Before, 150m);
        Add("SD", TradeDirection.Imports, Before, 1335.62m);
        Add("SC", TradeDirection.Exports, Year, 700m);
        Add("SC", TradeDirection.Imports, Year, 800m);
        Add("SC", TradeDirection.Exports, Before, 750m);
        Add("SC", TradeDirection.Imports, Before, 850m);
        return flows;
    }

    [Fact]
    public void Subjects_from_flows_have_exports_imports_their_sum_and_their_difference()
    {
        var data = new ReleaseData(Year, Before, Currency.CNY).Add(
            Travel,
            Flows(),
            new FlowFilter(Reporter: China, Category: Ebops2010.Classification["SD"])
        );

        Assert.Equal(
            Billions(2051.15m),
            data.ValueOf(new ReleaseItem(Travel, StatementMeasure.TotalTrade), Year)
        );
        Assert.Equal(
            Billions(-1451.15m),
            data.ValueOf(new ReleaseItem(Travel, StatementMeasure.Balance), Year)
        );
        Assert.Equal(
            Billions(1485.62m),
            data.ValueOf(new ReleaseItem(Travel, StatementMeasure.TotalTrade), Before)
        );
    }

    [Fact]
    public void A_cube_by_year_direction_and_category_gives_the_same_statements_as_the_flows()
    {
        var flows = Flows();
        var cube = flows.Aggregate(
            FlowQuery.By(FlowDimension.Year, FlowDimension.Direction, FlowDimension.Category)
        );
        var fromFlows = new ReleaseData(Year, Before, Currency.CNY)
            .Add(Travel, flows, new FlowFilter(Category: Ebops2010.Classification["SD"]))
            .Add(Transport, flows, new FlowFilter(Category: Ebops2010.Classification["SC"]));
        var fromCube = new ReleaseData(Year, Before, Currency.CNY)
            .Add(Travel, cube, new FlowKey(Category: Ebops2010.Classification["SD"]))
            .Add(Transport, cube, new FlowKey(Category: Ebops2010.Classification["SC"]));

        string Release(ReleaseData data) =>
            data.Release(
                    data.Growth(Travel, StatementMeasure.TotalTrade),
                    data.Balance(Travel),
                    data.Ranking(
                        StatementMeasure.TotalTrade,
                        RankingBasis.Growth,
                        [Travel, Transport],
                        top: 2
                    )
                )
                .Render(ReleaseStyle.English)
                .ProofTable();

        Assert.Equal(Release(fromFlows), Release(fromCube));
        Assert.Contains(
            "grew 38.1% to 2,051.15 billion yuan",
            Release(fromCube),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void A_subject_no_flow_matches_has_missing_values_not_zero()
    {
        var data = new ReleaseData(Year, Before, Currency.CNY).Add(
            Construction,
            Flows(),
            new FlowFilter(Category: Ebops2010.Classification["SE"])
        );

        Assert.Null(data.ValueOf(new ReleaseItem(Construction, StatementMeasure.Exports), Year));
        Assert.Throws<InvalidOperationException>(() =>
            data.Level(Construction, StatementMeasure.Exports)
        );
    }

    [Fact]
    public void Bad_data_is_refused_with_the_reason()
    {
        var data = new ReleaseData(Year, Before, Currency.CNY).Add(
            Travel,
            Flows(),
            new FlowFilter()
        );
        var usd = new TradeFlowCollection(Ebops2010.Classification, Currency.USD);
        var byCategory = Flows().Aggregate(FlowQuery.By(FlowDimension.Category));

        Assert.Contains(
            "was added before",
            Assert
                .Throws<ArgumentException>(() => data.Add(Travel, Flows(), new FlowFilter()))
                .Message,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "sets a direction or period",
            Assert
                .Throws<ArgumentException>(() =>
                    data.Add(Transport, Flows(), new FlowFilter(Direction: TradeDirection.Exports))
                )
                .Message,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "in CNY; these values are in USD",
            Assert
                .Throws<ArgumentException>(() => data.Add(Transport, usd, new FlowFilter()))
                .Message,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "grouped by direction and by period or year",
            Assert
                .Throws<ArgumentException>(() => data.Add(Transport, byCategory, default))
                .Message,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "not a subject of this data",
            Assert
                .Throws<ArgumentException>(() => data.Level(Goods, StatementMeasure.Exports))
                .Message,
            StringComparison.Ordinal
        );
        Assert.Throws<ArgumentException>(() => new ReleaseData(Year, Year, Currency.CNY));
        Assert.Throws<ArgumentException>(() =>
            data.ValueOf(
                new ReleaseItem(Travel, StatementMeasure.Exports),
                Year.YearEarlier().YearEarlier()
            )
        );
    }
}
