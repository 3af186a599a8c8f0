using TradeModel.Flows;
using TradeModel.Releases;
using static TradeModel.Tests.Seed.SeedRelease;

namespace TradeModel.Tests.Seed;

/// <summary>Services imports in 2024: 4,348.24 billion yuan, up 11.8%.</summary>
public sealed class ImportsStatementTests
{
    [Fact]
    public void Imports_from_the_flows_are_the_published_level()
    {
        Assert.Equal(Level(Imports), FlowTotal(TradeDirection.Imports, Year2024));
    }

    [Fact]
    public void Imports_grew_11_8_percent_from_the_back_cast_2023_level()
    {
        var growth = ReleaseArithmetic.Growth(
            FlowTotal(TradeDirection.Imports, Year2024),
            FlowTotal(TradeDirection.Imports, Year2023)
        );

        Assert.Equal(11.8m, growth.Round(1));
    }
}
