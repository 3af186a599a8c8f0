using TradeModel.Flows;
using TradeModel.Releases;
using static TradeModel.Tests.Seed.SeedRelease;

namespace TradeModel.Tests.Seed;

/// <summary>How much exports and imports each contributed to the 14.4% growth of services trade.</summary>
public sealed class ContributionStatementTests
{
    private static readonly Money Total2023 = FlowTotal(null, Year2023);

    private static PercentFigure Contribution(TradeDirection direction) =>
        ReleaseArithmetic.Contribution(
            FlowTotal(direction, Year2024),
            FlowTotal(direction, Year2023),
            Total2023
        );

    [Fact]
    public void Exports_contributed_7_4_and_imports_7_0_percentage_points()
    {
        Assert.Equal(7.4m, Contribution(TradeDirection.Exports).Round(1));
        Assert.Equal(7.0m, Contribution(TradeDirection.Imports).Round(1));
    }

    [Fact]
    public void The_contributions_add_up_to_the_growth_of_the_total()
    {
        var growth = ReleaseArithmetic.Growth(FlowTotal(null, Year2024), Total2023);

        Assert.Equal(
            growth.Value,
            Contribution(TradeDirection.Exports).Value + Contribution(TradeDirection.Imports).Value,
            20
        );
    }
}
