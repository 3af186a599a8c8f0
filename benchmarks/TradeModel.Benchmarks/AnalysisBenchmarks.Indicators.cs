using BenchmarkDotNet.Attributes;
using TradeModel.Analysis;
using TradeModel.Classifications;

namespace TradeModel.Benchmarks;

/// <summary>
/// Indicators end to end on the same 10 M flows: the cube a query makes (values only, as the indicators read no
/// quantity) and the indicator over it, against a hand loop that sums longs into an array and computes the same
/// indicator in decimal. The results are checked against each other before anything is timed.
/// </summary>
public partial class AnalysisBenchmarks
{
    private static ReferencePeriod SecondYear =>
        ReferencePeriod.ForYear(AnalysisData.FirstYear + 1);

    /// <summary>Exports by (exporter, chapter) in the second year, without quantities.</summary>
    private static FlowQuery RcaQuery =>
        FlowQuery
            .By(
                FlowDimension.Reporter,
                FlowDimension.CategoryAtLevel(HarmonizedSystem2022.ChapterLevel)
            )
            .Where(new Flows.FlowFilter(Period: SecondYear))
            .WithoutQuantities();

    /// <summary>Exports by (exporter, partner) in the second year, without quantities.</summary>
    private static FlowQuery HhiQuery =>
        FlowQuery
            .By(FlowDimension.Reporter, FlowDimension.Partner)
            .Where(new Flows.FlowFilter(Period: SecondYear))
            .WithoutQuantities();

    // RCA by (exporter, HS2)

    /// <summary>
    /// The floor: one thread, long sums by (exporter, chapter) for the second year, then Balassa's index per cell in
    /// decimal, (x ÷ x_c) ÷ (x_p ÷ x_w), 0 where the cell is empty.
    /// </summary>
    /// <returns>The indices, by exporter and chapter.</returns>
    [Benchmark(Baseline = true), BenchmarkCategory("RCA by exporter, HS2")]
    public decimal[] HandLoop_Rca()
    {
        var e = data.Economies.Length;
        var sums = new long[e * chapters];
        var (years, exporters, products, values) = (
            data.Years,
            data.Exporters,
            data.Products,
            data.Values
        );
        for (var i = 0; i < values.Length; i++)
        {
            if (years[i] == 1)
            {
                sums[(exporters[i] * chapters) + chapterOf[products[i]]] += values[i];
            }
        }
        var byEconomy = new long[e];
        var byChapter = new long[chapters];
        long world = 0;
        for (var x = 0; x < e; x++)
        {
            for (var c = 0; c < chapters; c++)
            {
                var sum = sums[(x * chapters) + c];
                byEconomy[x] += sum;
                byChapter[c] += sum;
                world += sum;
            }
        }
        var rca = new decimal[sums.Length];
        for (var x = 0; x < e; x++)
        {
            for (var c = 0; c < chapters; c++)
            {
                var sum = sums[(x * chapters) + c];
                if (sum > 0)
                {
                    rca[(x * chapters) + c] =
                        (decimal)sum / byEconomy[x] / ((decimal)byChapter[c] / world);
                }
            }
        }
        return rca;
    }

    /// <summary>TradeModel, all cores: the cube, then <see cref="TradeIndicators.RevealedComparativeAdvantage"/>.</summary>
    /// <returns>The indices.</returns>
    [Benchmark, BenchmarkCategory("RCA by exporter, HS2")]
    public IReadOnlyList<IndicatorValue> TradeModel_Rca() =>
        TradeIndicators.RevealedComparativeAdvantage(flows.Aggregate(RcaQuery));

    /// <summary>TradeModel, one thread.</summary>
    /// <returns>The indices.</returns>
    [Benchmark, BenchmarkCategory("RCA by exporter, HS2")]
    public IReadOnlyList<IndicatorValue> TradeModel1Thread_Rca() =>
        TradeIndicators.RevealedComparativeAdvantage(flows.Aggregate(RcaQuery, OneThread));

    // HHI over partners, by exporter

    /// <summary>
    /// The floor: one thread, long sums by (exporter, partner) for the second year, then each exporter's
    /// Herfindahl–Hirschman index over its partners in decimal, Σ (s ÷ total)².
    /// </summary>
    /// <returns>The indices, by exporter.</returns>
    [Benchmark(Baseline = true), BenchmarkCategory("HHI over partners")]
    public decimal[] HandLoop_Hhi()
    {
        var e = data.Economies.Length;
        var sums = new long[e * e];
        var (years, exporters, importers, values) = (
            data.Years,
            data.Exporters,
            data.Importers,
            data.Values
        );
        for (var i = 0; i < values.Length; i++)
        {
            if (years[i] == 1)
            {
                sums[(exporters[i] * e) + importers[i]] += values[i];
            }
        }
        var hhi = new decimal[e];
        for (var x = 0; x < e; x++)
        {
            long total = 0;
            for (var p = 0; p < e; p++)
            {
                total += sums[(x * e) + p];
            }
            if (total <= 0)
            {
                continue;
            }
            var index = 0m;
            for (var p = 0; p < e; p++)
            {
                if (sums[(x * e) + p] == 0)
                {
                    continue;
                }
                var share = (decimal)sums[(x * e) + p] / total;
                index += share * share;
            }
            hhi[x] = index;
        }
        return hhi;
    }

    /// <summary>TradeModel, all cores: the cube, then <see cref="TradeIndicators.HerfindahlHirschman"/> over partners.</summary>
    /// <returns>The indices.</returns>
    [Benchmark, BenchmarkCategory("HHI over partners")]
    public IReadOnlyList<IndicatorValue> TradeModel_Hhi() =>
        TradeIndicators.HerfindahlHirschman(flows.Aggregate(HhiQuery), FlowDimensionKind.Partner);

    /// <summary>TradeModel, one thread.</summary>
    /// <returns>The indices.</returns>
    [Benchmark, BenchmarkCategory("HHI over partners")]
    public IReadOnlyList<IndicatorValue> TradeModel1Thread_Hhi() =>
        TradeIndicators.HerfindahlHirschman(
            flows.Aggregate(HhiQuery, OneThread),
            FlowDimensionKind.Partner
        );

    // Grubel–Lloyd by reporter over HS chapters

    /// <summary>
    /// A reporter's exports and imports by chapter in the second year, without quantities, on the flows of both
    /// directions (the same rows as the BACI-shaped ones, each an export or an import of its reporter).
    /// </summary>
    private static FlowQuery GrubelLloydQuery =>
        FlowQuery
            .By(
                FlowDimension.Reporter,
                FlowDimension.Direction,
                FlowDimension.CategoryAtLevel(HarmonizedSystem2022.ChapterLevel)
            )
            .Where(new Flows.FlowFilter(Period: SecondYear))
            .WithoutQuantities();

    /// <summary>
    /// The floor: one thread, long sums by (direction, reporter, chapter) for the second year, then each reporter's
    /// Grubel–Lloyd index over its chapters in decimal, 1 − Σ|X − M| ÷ Σ(X + M).
    /// </summary>
    /// <returns>The indices, by reporter (0 where it traded nothing).</returns>
    [Benchmark(Baseline = true), BenchmarkCategory("Grubel-Lloyd by reporter")]
    public decimal[] HandLoop_GrubelLloyd()
    {
        var e = data.Economies.Length;
        var sums = new long[2 * e * chapters];
        var (years, reporters, products, values, directions) = (
            data.Years,
            data.Exporters,
            data.Products,
            data.Values,
            data.Directions
        );
        for (var i = 0; i < values.Length; i++)
        {
            if (years[i] == 1)
            {
                sums[(((directions[i] * e) + reporters[i]) * chapters) + chapterOf[products[i]]] +=
                    values[i];
            }
        }
        var gl = new decimal[e];
        for (var x = 0; x < e; x++)
        {
            decimal gap = 0m,
                sum = 0m;
            for (var c = 0; c < chapters; c++)
            {
                var exports = sums[(x * chapters) + c];
                var imports = sums[((e + x) * chapters) + c];
                gap += Math.Abs(exports - imports);
                sum += exports + imports;
            }
            gl[x] = sum > 0 ? 1m - (gap / sum) : 0m;
        }
        return gl;
    }

    /// <summary>TradeModel, all cores: the cube, then <see cref="TradeIndicators.GrubelLloyd"/> over the chapters.</summary>
    /// <returns>The indices.</returns>
    [Benchmark, BenchmarkCategory("Grubel-Lloyd by reporter")]
    public IReadOnlyList<IndicatorValue> TradeModel_GrubelLloyd() =>
        TradeIndicators.GrubelLloyd(
            tradeFlows.Aggregate(GrubelLloydQuery),
            FlowDimensionKind.CategoryLevel
        );

    /// <summary>TradeModel, one thread.</summary>
    /// <returns>The indices.</returns>
    [Benchmark, BenchmarkCategory("Grubel-Lloyd by reporter")]
    public IReadOnlyList<IndicatorValue> TradeModel1Thread_GrubelLloyd() =>
        TradeIndicators.GrubelLloyd(
            tradeFlows.Aggregate(GrubelLloydQuery, OneThread),
            FlowDimensionKind.CategoryLevel
        );

    /// <summary>
    /// Before anything is timed: the indicators agree with their hand loops, RCA exactly (the same decimal operations in
    /// the same order), HHI to 20 decimals (its sum of squares adds the partners in another order).
    /// </summary>
    private void CheckIndicatorsAgainstHandLoops(List<Category> chapterList)
    {
        var rca = HandLoop_Rca();
        var values = TradeModel1Thread_Rca();
        foreach (var value in values)
        {
            var at =
                (Array.IndexOf(data.Economies, value.Key.Reporter) * chapters)
                + chapterList.IndexOf(value.Key.Category!);
            if (value.Value != rca[at])
            {
                throw new InvalidOperationException(
                    $"RCA of {value.Key} is {value.Value}; the hand loop's {rca[at]}."
                );
            }
        }
        if (values.Count != rca.Count(v => v != 0))
        {
            throw new InvalidOperationException("The RCA cells differ from the hand loop's.");
        }
        var hhi = HandLoop_Hhi();
        foreach (var value in TradeModel1Thread_Hhi())
        {
            var expected = hhi[Array.IndexOf(data.Economies, value.Key.Reporter)];
            if (Math.Round(value.Value!.Value - expected, 20) != 0)
            {
                throw new InvalidOperationException(
                    $"HHI of {value.Key} is {value.Value}; the hand loop's {expected}."
                );
            }
        }
        var gl = HandLoop_GrubelLloyd();
        var glValues = TradeModel1Thread_GrubelLloyd();
        foreach (var value in glValues)
        {
            var expected = gl[Array.IndexOf(data.Economies, value.Key.Reporter)];
            if (value.Value != expected)
            {
                throw new InvalidOperationException(
                    $"Grubel-Lloyd of {value.Key} is {value.Value}; the hand loop's {expected}."
                );
            }
        }
        if (glValues.Count != gl.Count(v => v != 0))
        {
            throw new InvalidOperationException(
                "The Grubel-Lloyd reporters differ from the hand loop's."
            );
        }
        Console.WriteLine(
            "// RCA, HHI and Grubel-Lloyd agree with their hand loops (RCA and Grubel-Lloyd exactly, HHI to 20 decimals)"
        );
    }
}
