using TradeModel.Classifications;
using TradeModel.Releases;
using static TradeModel.Tests.Seed.SeedRelease;

namespace TradeModel.Tests.Seed;

/// <summary>Travel services: 2,051.15 billion yuan, up 38.1%, the fastest-growing and largest area of services trade.</summary>
public sealed class TravelStatementTests
{
    [Fact]
    public void Travel_is_a_main_item_of_EBOPS_services()
    {
        Assert.Contains(Ebops2010.Classification["SD"], Ebops2010.MainItems);
    }

    [Fact]
    public void Travel_is_27_3_percent_of_total_services_trade()
    {
        Assert.Equal(27.3m, ReleaseArithmetic.Share(Level(Travel), Level(Total)).Round(1));
    }

    [Fact]
    public void Travel_grew_faster_than_total_trade_exports_imports_and_knowledge_intensive_services()
    {
        Assert.All(
            [TotalGrowth, ExportsGrowth, ImportsGrowth, KnowledgeIntensiveGrowth],
            g => Assert.True(TravelGrowth.Interval.Lower > g.Interval.Upper)
        );
    }

    [Fact]
    public void Travel_in_2023_implied_by_the_rate_was_about_1_485_billion()
    {
        Assert.Equal(1485.3m, Math.Round(InBillions(PreviousLevel(Travel, TravelGrowth)), 1));
    }

    [Fact]
    public void Being_the_largest_area_is_not_contradicted_by_the_other_published_figures()
    {
        // Outside travel and knowledge-intensive services lie SA, SB, SC, SE and SL: 2,576.13 billion together. The
        // claim needs each main item below travel; the figures allow that (no single item is forced above 2,051.15).
        var rest = Level(Total) - Level(Travel) - Level(KnowledgeIntensive);

        Assert.Equal(Billions(2576.13m), rest);
        Assert.True(rest / 5m < Level(Travel));
        Assert.True(
            Level(KnowledgeIntensive) / Ebops2010.KnowledgeIntensiveServices.Members.Count
                < Level(Travel)
        );
    }
}
