using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Flows;
using TradeModel.Releases;

namespace TradeModel.Interactive.Tests;

/// <summary>The seed's figures (China's services trade, 2024) as the library's results: release rows, balance, checks, a roll-up.</summary>
internal static class SeedFigures
{
    internal static readonly Money Exports = Money.Parse("3,175.56 billion CNY", null);
    internal static readonly Money Imports = Money.Parse("43,482.4亿元", null);
    internal static readonly Money ExportsBefore = ReleaseArithmetic.BackCast(Exports, 18.2m);
    internal static readonly Money ImportsBefore = ReleaseArithmetic.BackCast(Imports, 11.8m);

    internal static Money Total => Exports + Imports;

    internal static Money TotalBefore => ExportsBefore + ImportsBefore;

    internal static ReleaseRow[] Rows =>
        [
            ReleaseTable.Row("Total services trade", Total, TotalBefore, Total, TotalBefore),
            ReleaseTable.Row("Exports", Exports, ExportsBefore, Total, TotalBefore),
            ReleaseTable.Row("Imports", Imports, ImportsBefore, Total, TotalBefore),
        ];

    internal static BalanceChange Balance =>
        new TradeBalance(Exports, Imports).ChangeFrom(
            new TradeBalance(ExportsBefore, ImportsBefore)
        );

    internal static ConsistencyCheck[] Checks
    {
        get
        {
            static PublishedFigure P(decimal v) => new(v);
            return
            [
                PublishedFigureChecks.SumOfParts(P(7523.8m), P(3175.56m), P(4348.24m)),
                PublishedFigureChecks.Difference(P(1172.68m), P(4348.24m), P(3175.56m)),
                PublishedFigureChecks.SumOfParts(P(7600m), P(3175.56m), P(4348.24m)),
            ];
        }
    }

    /// <summary>
    /// The sectors a sunburst of EBOPS services has: an inner one for each main component with a positive total, and an
    /// outer one for each of its parts with one (alternative breakdowns and memo items overlap them and are left out).
    /// </summary>
    internal static int Sectors(CategoryRollUp rolled) =>
        Ebops2010.Services.Children.Sum(c =>
            c.Relation == CategoryRelation.Part && rolled.TryGetTotal(c, out var t) && t.Amount > 0
                ? 1
                    + c.Children.Count(g =>
                        g.Relation == CategoryRelation.Part
                        && rolled.TryGetTotal(g, out var u)
                        && u.Amount > 0
                    )
                : 0
        );

    /// <summary>Flows of one year for China: exports and imports of a few EBOPS categories.</summary>
    internal static TradeFlowCollection Flows()
    {
        var flows = new TradeFlowCollection(Ebops2010.Classification, Currency.CNY);
        var china = Economy.FromCode("CHN");
        var year = ReferencePeriod.ForYear(2024);
        flows.Add(
            new TradeFlow(
                china,
                Economy.World,
                TradeDirection.Exports,
                Ebops2010.Classification["SD"],
                year,
                Money.Parse("CNY 1000", null)
            )
        );
        flows.Add(
            new TradeFlow(
                china,
                Economy.World,
                TradeDirection.Imports,
                Ebops2010.Classification["SD"],
                year,
                Money.Parse("CNY 2051.15", null)
            )
        );
        flows.Add(
            new TradeFlow(
                china,
                Economy.World,
                TradeDirection.Exports,
                Ebops2010.Classification["SJ"],
                year,
                Money.Parse("CNY 3000.5", null)
            )
        );
        return flows;
    }
}
