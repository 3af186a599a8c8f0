using System.Globalization;
using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Flows;
using TradeModel.Rates;
using TradeModel.Releases;

namespace TradeModel.Examples;

/// <summary>
/// Reproduces the figures of China's services trade in 2024 (the seed text of the project) with the public API
/// only: flows, a release-style table, the balance, and consistency checks of the published, rounded figures. Its
/// output is snapshot-tested, so this walkthrough cannot silently break.
/// </summary>
public static class SeedWalkthrough
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Writes the walkthrough.</summary>
    /// <param name="output">Where to write.</param>
    public static void Write(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);

        // 1. The published figures, as they are written (billions of yuan in English, 亿元 in Chinese).
        var exports = Money.Parse("3,175.56 billion CNY", Invariant);
        var imports = Money.Parse("43,482.4亿元", Invariant);
        var travel = Money.Parse("CNY 2,051.15 bn", Invariant);
        var knowledgeIntensive = Money.Parse("28,965.2亿元", Invariant);
        var knowledgeIntensiveExports = Money.Parse("16,573.2亿元", Invariant);
        var growth = new Dictionary<string, decimal>
        {
            ["total"] = 14.4m,
            ["exports"] = 18.2m,
            ["imports"] = 11.8m,
            ["travel"] = 38.1m,
            ["kis"] = 6.5m,
            ["kis exports"] = 7.4m,
        };

        // 2. Flows: China's services exports and imports with the World. 2023 is not published: it is back-cast
        //    from the published growth rates and marked as estimated.
        var china = Economy.FromCode("CHN");
        var year = ReferencePeriod.Parse("2024", Invariant);
        var lastYear = year.YearEarlier();
        var services = Ebops2010.Services;
        var flows = new TradeFlowCollection(Ebops2010.Classification, Currency.CNY);
        flows.Add(
            new TradeFlow(china, Economy.World, TradeDirection.Exports, services, year, exports)
        );
        flows.Add(
            new TradeFlow(china, Economy.World, TradeDirection.Imports, services, year, imports)
        );
        flows.Add(
            new TradeFlow(
                china,
                Economy.World,
                TradeDirection.Exports,
                services,
                lastYear,
                ReleaseArithmetic.BackCast(exports, growth["exports"]),
                ObservationStatus.Estimated
            )
        );
        flows.Add(
            new TradeFlow(
                china,
                Economy.World,
                TradeDirection.Imports,
                services,
                lastYear,
                ReleaseArithmetic.BackCast(imports, growth["imports"]),
                ObservationStatus.Estimated
            )
        );
        Money Flow(TradeDirection? direction, ReferencePeriod period) =>
            flows
                .Total(
                    new FlowFilter(
                        Reporter: china,
                        Direction: direction,
                        Period: period,
                        Category: services
                    )
                )
                .Value;

        var total = Flow(null, year);
        var totalBefore = Flow(null, lastYear);
        var kisImports = knowledgeIntensive - knowledgeIntensiveExports;
        var kisImportsBefore =
            ReleaseArithmetic.BackCast(knowledgeIntensive, growth["kis"])
            - ReleaseArithmetic.BackCast(knowledgeIntensiveExports, growth["kis exports"]);

        // 3. The release table: value, implied previous year, growth, share of total, contribution to total growth.
        ReleaseRow[] rows =
        [
            ReleaseTable.Row("Total services trade", total, totalBefore, total, totalBefore),
            ReleaseTable.Row(
                "  Exports",
                Flow(TradeDirection.Exports, year),
                Flow(TradeDirection.Exports, lastYear),
                total,
                totalBefore
            ),
            ReleaseTable.Row(
                "  Imports",
                Flow(TradeDirection.Imports, year),
                Flow(TradeDirection.Imports, lastYear),
                total,
                totalBefore
            ),
            ReleaseTable.Row(
                "Travel (SD)",
                travel,
                ReleaseArithmetic.BackCast(travel, growth["travel"]),
                total,
                totalBefore
            ),
            ReleaseTable.Row(
                "Knowledge-intensive services",
                knowledgeIntensive,
                ReleaseArithmetic.BackCast(knowledgeIntensive, growth["kis"]),
                total,
                totalBefore
            ),
            ReleaseTable.Row(
                "  Exports",
                knowledgeIntensiveExports,
                ReleaseArithmetic.BackCast(knowledgeIntensiveExports, growth["kis exports"]),
                total,
                totalBefore
            ),
            ReleaseTable.Row(
                "  Imports (implied)",
                kisImports,
                kisImportsBefore,
                total,
                totalBefore
            ),
        ];
        output.WriteLine(
            "China's services trade, 2024 (billion yuan; 2023 implied by the published growth rates)"
        );
        output.WriteLine();
        output.WriteLine(
            $"{"", -30}{"2024", 12}{"2023", 12}{"growth", 9}{"share", 8}{"contrib.", 10}"
        );
        foreach (var row in rows)
        {
            output.WriteLine(
                string.Create(
                    Invariant,
                    $"{row.Label, -30}{row.Current!.Value.AmountIn(Magnitude.Billion), 12:N2}{row.Previous!.Value.AmountIn(Magnitude.Billion), 12:N2}{row.Growth, 9}{row.Share, 8}{Contribution(row), 10}"
                )
            );
        }

        var balance = new TradeBalance(
            Flow(TradeDirection.Exports, year),
            Flow(TradeDirection.Imports, year)
        );
        var balanceBefore = new TradeBalance(
            Flow(TradeDirection.Exports, lastYear),
            Flow(TradeDirection.Imports, lastYear)
        );
        var change = balance.ChangeFrom(balanceBefore);
        output.WriteLine();
        output.WriteLine(
            $"Balance 2024: a {(balance.IsDeficit ? "deficit" : "surplus")} of {Billions(balance.Value.Abs())} ({balance.Value.Abs().ToString("Y", Invariant)} in the Chinese release's unit)"
        );
        output.WriteLine(
            $"The deficit shrank by {Billions(change.DeficitDecrease!.Value)} from 2023, {change.PercentOfBase} of the 2023 deficit,"
        );
        output.WriteLine(
            "  with 2023 implied by the rounded growth rates. The release says 31.43 billion, from the unrounded 2023 values;"
        );
        output.WriteLine("  the rounded rates allow any decrease in a range, checked below.");

        // 4. Checks of the published, rounded figures by interval arithmetic.
        output.WriteLine();
        output.WriteLine(
            "Do the published figures fit together? (each rounded figure against what its rounded inputs allow)"
        );
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
            PublishedFigureChecks.BalanceChangeMatches(
                p(31.43m),
                p(3175.56m),
                p(18.2m),
                p(4348.24m),
                p(11.8m)
            ),
        ];
        foreach (var check in checks)
        {
            output.WriteLine($"  {(check.IsConsistent ? "yes" : "NO ")}  {check.Statement}");
            output.WriteLine(
                $"         published {Range(check.Published, Decimals(check))}; the inputs allow {Range(check.Implied, Decimals(check) + 1)}"
            );
        }

        // 5. "Over US$1 trillion": convert with the 2024 average rate the walkthrough states, and find the threshold.
        var rates = new ExchangeRateTable([
            new ExchangeRate(
                Currency.USD,
                Currency.CNY,
                7.1217m,
                year,
                RateKind.PeriodAverage,
                "stated 2024 average"
            ),
        ]);
        var usdCny = rates.GetAverageRate(Currency.USD, Currency.CNY, year);
        var inDollars = usdCny.Convert(total);
        output.WriteLine();
        output.WriteLine(
            string.Create(
                Invariant,
                $"Total at the stated 2024 average of {usdCny.Rate} yuan per US dollar: {inDollars:B1}, {(inDollars > Money.FromMagnitude(1m, Magnitude.Trillion, Currency.USD) ? "over" : "under")} US$1 trillion"
            )
        );
        output.WriteLine(
            string.Create(
                Invariant,
                $"It would be under US$1 trillion at any rate of {total.AmountIn(Magnitude.Trillion)} yuan per dollar or more"
            )
        );
        output.WriteLine(
            $"Knowledge-intensive services are an assumed grouping: {Ebops2010.KnowledgeIntensiveServices}"
        );
    }

    private static string Billions(Money amount) => amount.ToString("B2", Invariant);

    /// <summary>The decimals of a published figure's rounding interval (7523.75 to 7523.85 for 7523.8: 2).</summary>
    private static int Decimals(ConsistencyCheck check) =>
        Math.Max(check.Published.Lower.Scale, check.Published.Upper.Scale);

    /// <summary>An interval in words, its ends rounded outward, so that what is shown contains the exact interval.</summary>
    private static string Range(DecimalInterval interval, int decimals)
    {
        var shown = interval.RoundOutward(decimals);
        return string.Create(Invariant, $"{shown.Lower} to {shown.Upper}");
    }

    private static string Contribution(ReleaseRow row) =>
        row.Label.StartsWith("Total", StringComparison.Ordinal)
            ? string.Empty
            : row.Contribution.ToString();
}
