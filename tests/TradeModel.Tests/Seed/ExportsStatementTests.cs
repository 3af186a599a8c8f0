using TradeModel.Flows;
using TradeModel.Releases;
using static TradeModel.Tests.Seed.SeedRelease;

namespace TradeModel.Tests.Seed;

/// <summary>Services exports in 2024: 3,175.56 billion yuan, up 18.2%.</summary>
public sealed class ExportsStatementTests
{
    [Fact]
    public void Exports_from_the_flows_are_the_published_level()
    {
        Assert.Equal(Level(Exports), FlowTotal(TradeDirection.Exports, Year2024));
    }

    [Fact]
    public void Exports_grew_18_2_percent_from_the_back_cast_2023_level()
    {
        var growth = ReleaseArithmetic.Growth(
            FlowTotal(TradeDirection.Exports, Year2024),
            FlowTotal(TradeDirection.Exports, Year2023)
        );

        Assert.Equal(18.2m, growth.Round(1));
    }

    [Fact]
    public void The_2023_level_implied_by_the_rounded_rate_is_a_range_of_about_two_billion()
    {
        var range = PublishedFigureChecks.ImpliedPrevious(Exports, ExportsGrowth);

        Assert.True(range.Contains(InBillions(PreviousLevel(Exports, ExportsGrowth))));
        Assert.InRange(range.Width, 2.2m, 2.3m);
    }
}
