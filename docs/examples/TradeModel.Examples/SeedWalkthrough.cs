using System.Globalization;

namespace TradeModel.Examples;

/// <summary>
/// Reproduces the figures of China's services trade in 2024 (the seed text of the project) with the public
/// API only. Its output is snapshot-tested, so this walkthrough cannot silently break.
/// </summary>
public static class SeedWalkthrough
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Writes the walkthrough.</summary>
    /// <param name="output">Where to write.</param>
    public static void Write(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);

        // The release writes figures in billions of yuan; the Chinese original writes them in 亿元.
        var exports = Money.Parse("3,175.56 billion CNY", Invariant);
        var imports = Money.Parse("43,482.4亿元", Invariant);
        var travel = Money.Parse("CNY 2,051.15 bn", Invariant);
        var knowledgeIntensive = Money.Parse("28,965.2亿元", Invariant);
        var knowledgeIntensiveExports = Money.Parse("16,573.2亿元", Invariant);

        var total = exports + imports;
        var balance = exports - imports;

        output.WriteLine("China's services trade, 2024");
        output.WriteLine("============================");
        Line(output, "Exports", exports);
        Line(output, "Imports", imports);
        Line(output, "Total trade (exports + imports)", total);
        Line(output, "Balance (exports - imports)", balance);
        Line(output, "Travel", travel);
        Line(output, "Knowledge-intensive services", knowledgeIntensive);
        Line(output, "  of which exports", knowledgeIntensiveExports);
        Line(output, "  implied imports", knowledgeIntensive - knowledgeIntensiveExports);
        output.WriteLine();

        output.WriteLine("Checks against the published figures");
        output.WriteLine("------------------------------------");
        Check(
            output,
            "total is 7,523.8 billion",
            total == Money.FromMagnitude(7523.8m, Magnitude.Billion, Currency.CNY)
        );
        Check(
            output,
            "deficit is 1,172.68 billion",
            balance == Money.FromMagnitude(-1172.68m, Magnitude.Billion, Currency.CNY)
        );
        Check(
            output,
            "75,238亿元 is the same amount as 7,523.8 billion",
            total == Money.Parse("75,238亿元", Invariant)
        );
        output.WriteLine(
            string.Create(Invariant, $"Travel share of total: {travel / total * 100m:0.0}%")
        );
        output.WriteLine(
            string.Create(Invariant, $"Exports share of total: {exports / total * 100m:0.0}%")
        );

        // "Exceeding US$1 trillion": convert with the 2024 average rate (stated here, from the rate table's CSV),
        // and show the threshold rate above which the statement would be false.
        var year = ReferencePeriod.Parse("2024", Invariant);
        var rates = ExchangeRateTable.ParseCsv(
            "period,base,quote,rate,kind,source\n2024,USD,CNY,7.1217,average,stated 2024 average\n"
        );
        var usdCny = rates.GetAverageRate(Currency.USD, Currency.CNY, year);
        var inDollars = usdCny.Convert(total);
        output.WriteLine(string.Create(Invariant, $"Total at {usdCny}: {inDollars:B1}"));
        Check(
            output,
            "total exceeds US$1 trillion",
            inDollars > Money.FromMagnitude(1m, Magnitude.Trillion, Currency.USD)
        );
        output.WriteLine(
            string.Create(
                Invariant,
                $"It would not at rates of {total.AmountIn(Magnitude.Trillion)} CNY per USD or more"
            )
        );
        output.WriteLine(
            string.Create(
                Invariant,
                $"Year-on-year base period: {year.YearEarlier()} ({year.YearEarlier().Start:yyyy-MM-dd} to {year.YearEarlier().End:yyyy-MM-dd})"
            )
        );
        output.WriteLine();

        output.WriteLine("Allocating the deficit to four quarters without losing a fen:");
        var quarters = balance.Split(4);
        foreach (var quarter in quarters)
        {
            output.WriteLine("  " + quarter.ToString("N", Invariant));
        }
        output.WriteLine("  sum " + quarters.Sum().ToString("B2", Invariant));
    }

    private static void Line(TextWriter output, string label, Money amount) =>
        output.WriteLine(string.Create(Invariant, $"{label, -34}{amount, 28:B2}{amount, 22:Y}"));

    private static void Check(TextWriter output, string statement, bool holds) =>
        output.WriteLine((holds ? "[ok]   " : "[FAIL] ") + statement);
}
