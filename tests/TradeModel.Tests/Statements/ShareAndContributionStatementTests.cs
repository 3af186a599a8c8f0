using TradeModel.Releases;
using TradeModel.Statements;
using static TradeModel.Tests.Statements.Releases;

namespace TradeModel.Tests.Statements;

/// <summary>Shares of a whole and contributions to its growth, and their checks against the printed levels.</summary>
public sealed class ShareAndContributionStatementTests
{
    private static ReleaseData Components() =>
        Data(
            (Services, StatementMeasure.TotalTrade, 7523.8m, 6575.43m),
            (Travel, StatementMeasure.TotalTrade, 2051.15m, 1485.62m),
            (Transport, StatementMeasure.TotalTrade, 1500m, 1600m)
        );

    [Fact]
    public void A_share_is_the_part_over_the_whole_in_percent()
    {
        var data = Components();

        var statement = data.Share(Travel, StatementMeasure.TotalTrade, Services);

        // 2051.15 / 7523.8 = 27.26%.
        Assert.Equal(
            "In 2024, total trade in travel services accounted for 27.3% of total trade in services.",
            English(data, statement)
        );
        Assert.Equal("2024年，旅行服务进出口占服务进出口的比重为27.3%。", Chinese(data, statement));
    }

    [Fact]
    public void A_positive_contribution_adds_percentage_points_and_a_negative_one_takes_them_off()
    {
        var data = Components();

        var travel = data.Contribution(Travel, StatementMeasure.TotalTrade, Services);
        var transport = data.Contribution(Transport, StatementMeasure.TotalTrade, Services);

        // (2051.15 − 1485.62) / 6575.43 = 8.60 points; (1500 − 1600) / 6575.43 = −1.52 points.
        Assert.Equal(
            "In 2024, total trade in travel services contributed 8.6 percentage points to the growth of total trade in services.",
            English(data, travel)
        );
        Assert.Equal(
            "In 2024, total trade in transport services took 1.5 percentage points off the growth of total trade in services.",
            English(data, transport)
        );
        Assert.Equal(
            "2024年，运输服务进出口拉低服务进出口增长1.5个百分点。",
            Chinese(data, transport)
        );
    }

    [Fact]
    public void A_share_of_a_zero_whole_gives_the_reason()
    {
        var data = Data(
            (Services, StatementMeasure.Exports, 0m, 0m),
            (Travel, StatementMeasure.Exports, 0m, 0m)
        );

        var text = English(data, data.Share(Travel, StatementMeasure.Exports, Services));

        Assert.Equal(
            "In 2024, exports of travel services has no share of exports of services: exports of services was zero in 2024.",
            text
        );
    }

    [Fact]
    public void A_contribution_to_a_total_that_was_zero_gives_the_reason()
    {
        var data = Data(
            (Services, StatementMeasure.Exports, 10m, 0m),
            (Travel, StatementMeasure.Exports, 10m, 0m)
        );

        var text = English(data, data.Contribution(Travel, StatementMeasure.Exports, Services));

        Assert.EndsWith(
            "has no contribution to the growth of exports of services: exports of services was zero in 2023.",
            text,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Share_and_contribution_are_checked_against_the_printed_levels_and_growth_rates()
    {
        var data = Components();
        var release = data.Release(
            data.Growth(Services, StatementMeasure.TotalTrade),
            data.Growth(Travel, StatementMeasure.TotalTrade),
            data.Share(Travel, StatementMeasure.TotalTrade, Services),
            data.Contribution(Travel, StatementMeasure.TotalTrade, Services)
        );

        var rendered = release.Render(ReleaseStyle.English);

        var share = Assert.Single(rendered.Checks, c => c.Statement == 2);
        var contribution = Assert.Single(rendered.Checks, c => c.Statement == 3);
        Assert.Equal([1, 0], share.Against);
        Assert.True(share.Check.Implied.Contains(2051.15m / 7523.8m * 100m));
        Assert.True(contribution.Check.Implied.Contains((2051.15m - 1485.62m) / 6575.43m * 100m));
        Assert.True(rendered.IsConsistent);
    }

    [Fact]
    public void A_typed_share_that_the_printed_levels_cannot_give_is_refused()
    {
        var data = Components();
        var item = new ReleaseItem(Travel, StatementMeasure.TotalTrade);
        var whole = new ReleaseItem(Services, StatementMeasure.TotalTrade);
        var release = data.Release(
            data.Level(Services, StatementMeasure.TotalTrade),
            data.Level(Travel, StatementMeasure.TotalTrade),
            new ShareStatement(
                item,
                whole,
                StatementFigure.Typed(new PublishedFigure(29.3m), FigureUnit.Percent)
            )
        );

        var error = Assert.Throws<InconsistentReleaseException>(() =>
            release.Render(ReleaseStyle.English)
        );

        var failure = Assert.Single(error.Failures);
        Assert.Equal(2, failure.Statement);
        Assert.Equal(
            "share of total trade in travel services in total trade in services",
            failure.Check.Statement
        );
        Assert.Contains(
            "the others allow [27.262, 27.263]",
            error.Message,
            StringComparison.Ordinal
        );
    }
}
