using TradeModel.Classifications;
using TradeModel.Flows;
using TradeModel.Releases;
using static TradeModel.Tests.Seed.SeedRelease;

namespace TradeModel.Tests.Seed;

/// <summary>
/// Knowledge-intensive services: 2,896.52 billion yuan, up 6.5%; of which exports 1,657.32 billion, up 7.4%. The
/// imports and their growth are not published: they are implied.
/// </summary>
public sealed class KnowledgeIntensiveStatementTests
{
    [Fact]
    public void Knowledge_intensive_services_are_the_shipped_grouping()
    {
        Assert.Equal(
            "knowledge-intensive services = SF + SG + SH + SI + SJ + SK",
            Ebops2010.KnowledgeIntensiveServices.ToString()
        );
    }

    [Fact]
    public void The_implied_imports_are_1_239_2_billion()
    {
        var imports = new TotalTrade(
            Level(KnowledgeIntensiveExports),
            Level(KnowledgeIntensive) - Level(KnowledgeIntensiveExports)
        ).Imports;

        Assert.Equal(Billions(1239.2m), imports);
    }

    [Fact]
    public void The_implied_imports_grew_about_5_3_percent_within_a_range_the_rounded_rates_allow()
    {
        var importsNow = Level(KnowledgeIntensive) - Level(KnowledgeIntensiveExports);
        var importsBefore =
            PreviousLevel(KnowledgeIntensive, KnowledgeIntensiveGrowth)
            - PreviousLevel(KnowledgeIntensiveExports, KnowledgeIntensiveExportsGrowth);
        var range = PublishedFigureChecks.GrowthInterval(
            KnowledgeIntensive.Interval - KnowledgeIntensiveExports.Interval,
            PublishedFigureChecks.ImpliedPrevious(KnowledgeIntensive, KnowledgeIntensiveGrowth)
                - PublishedFigureChecks.ImpliedPrevious(
                    KnowledgeIntensiveExports,
                    KnowledgeIntensiveExportsGrowth
                )
        );

        var growth = ReleaseArithmetic.Growth(importsNow, importsBefore);

        Assert.Equal(5.3m, growth.Round(1));
        Assert.True(range.Contains(growth.Value));
        Assert.True(range.Lower > 4.5m && range.Upper < 6.2m, range.ToString(2));
    }

    [Fact]
    public void Knowledge_intensive_services_are_38_5_percent_of_the_total()
    {
        Assert.Equal(
            38.5m,
            ReleaseArithmetic.Share(Level(KnowledgeIntensive), Level(Total)).Round(1)
        );
    }
}
