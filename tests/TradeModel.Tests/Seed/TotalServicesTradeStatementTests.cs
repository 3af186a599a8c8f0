using TradeModel.Flows;
using TradeModel.Releases;
using static TradeModel.Tests.Seed.SeedRelease;

namespace TradeModel.Tests.Seed;

/// <summary>Total services trade in 2024: 7,523.8 billion yuan, up 14.4% year on year.</summary>
public sealed class TotalServicesTradeStatementTests
{
    [Fact]
    public void The_total_is_exports_plus_imports_from_the_flows()
    {
        var total = FlowTotal(null, Year2024);

        Assert.Equal(Level(Total), total);
        Assert.True(PublishedFigureChecks.SumOfParts(Total, Exports, Imports).IsConsistent);
    }

    [Fact]
    public void The_growth_of_the_total_from_the_flows_rounds_to_the_published_14_4_percent()
    {
        var growth = ReleaseArithmetic.Growth(FlowTotal(null, Year2024), FlowTotal(null, Year2023));

        Assert.True(TotalGrowth.Admits(growth.Value));
    }

    [Fact]
    public void The_published_growth_is_consistent_with_every_value_the_rounded_component_rates_allow()
    {
        var check = PublishedFigureChecks.TotalGrowthMatchesComponents(
            TotalGrowth,
            Total,
            (Exports, ExportsGrowth),
            (Imports, ImportsGrowth)
        );

        Assert.True(check.IsConsistent, check.ToString());
        Assert.True(check.Implied.Width < 0.2m);
    }
}
