using TradeModel.Classifications;
using TradeModel.Interactive;
using TradeModel.Interactive.Charts;
using TradeModel.Releases;

namespace TradeModel.GettingStarted;

/// <summary>
/// The steps of docs/getting-started.md (the page shows them inline, where GitHub renders them, and a test runs the
/// page's blocks): the seed's figures, a release table, and the first charts, saved here as the page's images.
/// </summary>
public static class FirstSteps
{
    /// <summary>Runs the steps, writing text to <paramref name="output"/> and charts to <paramref name="folder"/>.</summary>
    /// <param name="output">Where the text goes.</param>
    /// <param name="folder">Where the charts go.</param>
    public static void Run(TextWriter output, string folder)
    {
        ArgumentNullException.ThrowIfNull(output);
        #region first-lines
        // China's services trade in 2024, as published, and 2023 implied by the published growth rates.
        var exports = Money.Parse("3,175.56 billion CNY", null);
        var imports = Money.Parse("43,482.4亿元", null); // the Chinese release's own notation
        var exportsBefore = ReleaseArithmetic.BackCast(exports, 18.2m);
        var importsBefore = ReleaseArithmetic.BackCast(imports, 11.8m);
        var (total, totalBefore) = (exports + imports, exportsBefore + importsBefore);

        ReleaseRow[] rows =
        [
            ReleaseTable.Row("Total", total, totalBefore, total, totalBefore),
            ReleaseTable.Row("Exports", exports, exportsBefore, total, totalBefore),
            ReleaseTable.Row("Imports", imports, importsBefore, total, totalBefore),
        ];
        output.WriteLine(TradeModelFormatters.ToText(rows)); // in a notebook, just end the cell with `rows`
        #endregion

        #region first-chart
        var chart = TradeCharts.Contributions(
            rows[1..],
            "Contributions to the growth of services trade, 2024"
        );
        chart.SavePng(Path.Combine(folder, "contributions.png")); // in a notebook, end the cell with `chart`
        #endregion

        #region more-charts
        var balance = new Flows.TradeBalance(exports, imports);
        var balanceBefore = new Flows.TradeBalance(exportsBefore, importsBefore);
        TradeCharts
            .BalanceWaterfall(
                balance.ChangeFrom(balanceBefore),
                "The services deficit, 2023 to 2024",
                "2023",
                "2024"
            )
            .SavePng(Path.Combine(folder, "balance-waterfall.png"));

        var p = new Func<decimal, PublishedFigure>(v => new PublishedFigure(v));
        ConsistencyCheck[] checks =
        [
            PublishedFigureChecks.SumOfParts(p(7523.8m), p(3175.56m), p(4348.24m)),
            PublishedFigureChecks.Difference(p(1172.68m), p(4348.24m), p(3175.56m)),
            PublishedFigureChecks.TotalGrowthMatchesComponents(
                p(14.4m),
                p(7523.8m),
                (p(3175.56m), p(18.2m)),
                (p(4348.24m), p(11.8m))
            ),
        ];
        output.WriteLine();
        output.WriteLine(TradeModelFormatters.ToText(checks));
        TradeCharts
            .PublishedVersusImplied(checks, "Do the published figures fit together?")
            .SavePng(Path.Combine(folder, "published-versus-implied.png"));

        var values = new CategoryValues(Ebops2010.Classification, Currency.CNY);
        // Illustrative values: the seed gives travel (SD) only; its split and the other categories are made up here.
        values.Set("SDA", Money.Parse("CNY 400 bn", null));
        values.Set("SDB", Money.Parse("CNY 1651.15 bn", null));
        values.Set("SC1", Money.Parse("CNY 600 bn", null));
        values.Set("SC2", Money.Parse("CNY 400 bn", null));
        values.Set("SJ1", Money.Parse("CNY 500 bn", null));
        values.Set("SJ2", Money.Parse("CNY 700 bn", null));
        values.Set("SJ3", Money.Parse("CNY 300 bn", null));
        TradeCharts
            .Hierarchy(values.RollUp(), "Services by EBOPS 2010 category (illustrative)")
            .SavePng(Path.Combine(folder, "hierarchy.png"));
        #endregion
    }
}
