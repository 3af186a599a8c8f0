using BenchmarkDotNet.Attributes;
using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Flows;

namespace TradeModel.Benchmarks;

/// <summary>
/// Converting flows from HS 2017 to HS 2022 with equal weights, against hand-written loops over dense arrays with a
/// precomputed index of targets that split each value (in cents, as a long) equally: the baseline writes the converted
/// flows into new dense columns (reporter, partner, category, period and direction, value), as the conversion does; a
/// second loop only sums the parts into an array of target totals, the floor of any conversion that keeps no flows.
/// Flows: <c>TRADEMODEL_BACI_ROWS</c> (1,000,000 by default), random subheadings, one year.
/// </summary>
[MemoryDiagnoser]
public class HsConversionBenchmarks
{
    private TradeFlowCollection flows = null!;
    private HsCorrelation correlation = null!;
    private int[] categoryOf = [];
    private long[] cents = [];
    private ushort[] reporters = [];
    private ushort[] partners = [];
    private ushort[] keys = [];
    private int[][] targets = [];

    /// <summary>Makes the flows and the index.</summary>
    [GlobalSetup]
    public void Setup()
    {
        correlation = HsCorrelation.Between(2017, 2022);
        var subheadings = correlation
            .Source.Categories.Where(c => c.Code.Length == 6 && char.IsAsciiDigit(c.Code[0]))
            .ToArray();
        var random = new Random(42);
        var rows = BaciReadBenchmarks.Rows;
        flows = new TradeFlowCollection(correlation.Source, Currency.USD, rows);
        var appender = flows.CreateAppender();
        var economies = Economy.Countries.Take(200).ToArray();
        categoryOf = new int[rows];
        cents = new long[rows];
        reporters = new ushort[rows];
        partners = new ushort[rows];
        keys = new ushort[rows];
        for (var i = 0; i < rows; i++)
        {
            var s = random.Next(subheadings.Length);
            var value = random.Next(1, 100_000_000) / 100m;
            var partner = random.Next(economies.Length);
            appender.Append(
                economies[i * economies.Length / rows],
                economies[partner],
                TradeDirection.Exports,
                subheadings[s],
                ReferencePeriod.ForYear(2017),
                value
            );
            categoryOf[i] = s;
            cents[i] = (long)(value * 100m);
            reporters[i] = (ushort)(i * economies.Length / rows);
            partners[i] = (ushort)partner;
        }
        var index = correlation
            .Target.Categories.Select((c, i) => (c, i))
            .ToDictionary(p => p.c, p => p.i);
        var links = correlation
            .Links.GroupBy(l => l.Source)
            .ToDictionary(g => g.Key, g => g.Select(l => index[l.Target]).ToArray());
        targets = [.. subheadings.Select(s => links.TryGetValue(s, out var t) ? t : [])];
    }

    /// <summary>
    /// The same work by hand: count the rows, allocate the columns, write a row per target with its equal part of the
    /// long cents.
    /// </summary>
    /// <returns>The number of converted flows.</returns>
    [Benchmark(Baseline = true)]
    public int HandLoopWritingFlows()
    {
        var rows = 0;
        for (var i = 0; i < categoryOf.Length; i++)
        {
            rows += targets[categoryOf[i]].Length;
        }
        var (toReporters, toPartners, toCategories, toKeys, toCents) = (
            new ushort[rows],
            new ushort[rows],
            new ushort[rows],
            new ushort[rows],
            new long[rows]
        );
        var n = 0;
        for (var i = 0; i < cents.Length; i++)
        {
            var to = targets[categoryOf[i]];
            if (to.Length == 0)
            {
                continue;
            }
            var share = Math.DivRem(cents[i], to.Length, out var left);
            for (var t = 0; t < to.Length; t++)
            {
                toReporters[n] = reporters[i];
                toPartners[n] = partners[i];
                toCategories[n] = (ushort)to[t];
                toKeys[n] = keys[i];
                toCents[n] = share + (t < left ? 1 : 0);
                n++;
            }
        }
        return n;
    }

    /// <summary>The floor: equal splits of long cents summed into an array of target totals; no flow is kept.</summary>
    /// <returns>The converted total, in cents.</returns>
    [Benchmark]
    public long HandLoopSummingTotals()
    {
        var totals = new long[correlation.Target.Categories.Count];
        for (var i = 0; i < cents.Length; i++)
        {
            var to = targets[categoryOf[i]];
            if (to.Length == 0)
            {
                continue;
            }
            var share = Math.DivRem(cents[i], to.Length, out var left);
            for (var t = 0; t < to.Length; t++)
            {
                totals[to[t]] += share + (t < left ? 1 : 0);
            }
        }
        return totals.Sum();
    }

    /// <summary>TradeModel: a new collection of flows in HS 2022, with the account of where the value went.</summary>
    /// <returns>The converted flows.</returns>
    [Benchmark]
    public int ConvertTo() => flows.ConvertTo(correlation).Flows.Count;
}
