using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DuckDB.NET.Data;
using TradeModel.Analysis;
using TradeModel.Classifications;
using TradeModel.Flows;

namespace TradeModel.Benchmarks;

/// <summary>
/// The analysts' grouped questions over <see cref="AnalysisData"/> (10 M BACI-like flows by default, quantities in
/// tonnes on 98% of them as in real BACI), each against hand-written one-thread loops over dense arrays (long
/// fixed-point sums of values, the floor; long sums of values and of quantities in one pass, what a cube computes;
/// decimal sums) and DuckDB's GROUP BY on the same data already loaded, values and quantities (DuckDB.NET, in-process,
/// both cores). TradeModel runs on all cores and, separately, on one.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public partial class AnalysisBenchmarks
{
    private static readonly ParallelOptions OneThread = new() { MaxDegreeOfParallelism = 1 };

    private AnalysisData data = null!;
    private TradeFlowCollection flows = null!;
    private TradeFlowCollection tradeFlows = null!;
    private decimal[] decimalValues = [];
    private byte[] chapterOf = [];
    private byte[] sectionOf = [];
    private int chapters;
    private int sections;
    private int chapter85;
    private DuckDBConnection duck = null!;
    private FlowQuery yearExporterChapter = null!;
    private FlowQuery yearSection = null!;
    private FlowQuery filteredTotal = null!;
    private FlowFilter filter = null!;

    // With --inProcess every benchmark runs in one process: the 10 M flows and the DuckDB table are made once.
    private static AnalysisBenchmarks? shared;

    /// <summary>Generates the flows, the collection, the baselines' arrays and the DuckDB table (once per process).</summary>
    [GlobalSetup]
    public void Setup()
    {
        if (shared is null || shared.data.Values.Length != AnalysisData.Rows)
        {
            SetupWithoutDuckDb();
            LoadDuckDb();
            shared = this;
            return;
        }
        data = shared.data;
        flows = shared.flows;
        tradeFlows = shared.tradeFlows;
        decimalValues = shared.decimalValues;
        chapterOf = shared.chapterOf;
        sectionOf = shared.sectionOf;
        chapters = shared.chapters;
        sections = shared.sections;
        chapter85 = shared.chapter85;
        duck = shared.duck;
        yearExporterChapter = shared.yearExporterChapter;
        yearSection = shared.yearSection;
        filteredTotal = shared.filteredTotal;
        filter = shared.filter;
    }

    /// <summary>Generates the flows, the collection and the baselines' arrays (for a quick look outside BenchmarkDotNet).</summary>
    public void SetupWithoutDuckDb()
    {
        data = AnalysisData.Generate(AnalysisData.Rows);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var valuesOnly = data.ToCollection();
        var held = GC.GetTotalMemory(forceFullCollection: true) - before;
        Console.WriteLine(
            $"// TradeFlowCollection holds {valuesOnly.Count:N0} flows without quantities in {held:N0} B: {(double)held / valuesOnly.Count:F1} B per flow"
        );
        GC.KeepAlive(valuesOnly);
        valuesOnly = null;
        before = GC.GetTotalMemory(forceFullCollection: true);
        flows = data.ToCollection(tonnes: true);
        var heldWith = GC.GetTotalMemory(forceFullCollection: true) - before;
        Console.WriteLine(
            $"// with quantities in tonnes on 98% of them: {heldWith:N0} B, {(double)heldWith / flows.Count:F1} B per flow"
        );
        tradeFlows = data.ToCollection(tonnes: true, bothDirections: true);
        decimalValues = [.. data.Values.Select(v => (decimal)v)];
        var hs = HarmonizedSystem2022.Classification;
        var chapterList = hs.AtLevel(HarmonizedSystem2022.ChapterLevel).ToList();
        var sectionList = hs.AtLevel(HarmonizedSystem2022.SectionLevel).ToList();
        chapters = chapterList.Count;
        sections = sectionList.Count;
        chapterOf =
        [
            .. data.Subheadings.Select(s =>
                (byte)chapterList.IndexOf(s.AncestorAtLevel(HarmonizedSystem2022.ChapterLevel))
            ),
        ];
        sectionOf =
        [
            .. data.Subheadings.Select(s =>
                (byte)sectionList.IndexOf(s.AncestorAtLevel(HarmonizedSystem2022.SectionLevel))
            ),
        ];
        chapter85 = chapterList.IndexOf(hs["85"]);
        yearExporterChapter = FlowQuery.By(
            FlowDimension.Year,
            FlowDimension.Reporter,
            FlowDimension.CategoryAtLevel(HarmonizedSystem2022.ChapterLevel)
        );
        yearSection = FlowQuery.By(
            FlowDimension.Year,
            FlowDimension.CategoryAtLevel(HarmonizedSystem2022.SectionLevel)
        );
        filter = new FlowFilter(
            Reporter: data.Economies[100],
            Period: ReferencePeriod.ForYear(AnalysisData.FirstYear + 1),
            Category: hs["85"]
        );
        filteredTotal = FlowQuery.By().Where(filter);
        CheckCubeAgainstHandLoop(chapterList);
        CheckIndicatorsAgainstHandLoops(chapterList);
    }

    /// <summary>
    /// Before anything is timed: the cube by (year, exporter, chapter), on all cores, on one, and on one without
    /// quantities, has the hand loop's value in every cell exactly, and its quantity within a part in 10^12 (doubles
    /// against exact thousandths).
    /// </summary>
    private void CheckCubeAgainstHandLoop(List<Category> chapterList)
    {
        var expected = HandLoopLongWithQuantities_YearExporterChapter();
        var e = data.Economies.Length;
        foreach (
            var cube in new[]
            {
                flows.Aggregate(yearExporterChapter),
                flows.Aggregate(yearExporterChapter, OneThread),
                flows.Aggregate(yearExporterChapter.WithoutQuantities(), OneThread),
            }
        )
        {
            var cells = 0;
            foreach (var cell in cube)
            {
                var at =
                    2
                    * (
                        (
                            ((cell.Key.Period!.Value.Year - AnalysisData.FirstYear) * e)
                            + Array.IndexOf(data.Economies, cell.Key.Reporter)
                        ) * chapters
                        + chapterList.IndexOf(cell.Key.Category!)
                    );
                var tonnes = ((UnitsNet.Mass?)cell.Quantity)?.Tonnes ?? 0;
                if (
                    cell.Total!.Value.Amount != expected[at]
                    || (
                        cube.Query.SumsQuantities
                        && Math.Abs(tonnes - (expected[at + 1] / 1000.0))
                            > 1e-12 * Math.Max(1, tonnes)
                    )
                )
                {
                    throw new InvalidOperationException(
                        $"The cube's cell {cell.Key} is {cell.Total} and {tonnes} t; the hand loop's {expected[at]} and {expected[at + 1] / 1000.0} t."
                    );
                }
                cells++;
            }
            if (cells != expected.Where((v, i) => i % 2 == 0 && v != 0).Count())
            {
                throw new InvalidOperationException(
                    $"The cube has {cells} cells, unlike the hand loop."
                );
            }
        }
        Console.WriteLine(
            "// the cubes (all cores, one thread, values only) agree with the hand loop: values exact, quantities within 1e-12"
        );
    }

    private void LoadDuckDb()
    {
        duck = new DuckDBConnection("Data Source=:memory:");
        duck.Open();
        Execute(
            "CREATE TABLE flows (t SMALLINT, i SMALLINT, j SMALLINT, k INTEGER, v DECIMAL(18, 0), q DECIMAL(18, 3))"
        );
        Execute("CREATE TABLE sections (hs2 INTEGER, section SMALLINT)");
        using (var appender = duck.CreateAppender("flows"))
        {
            for (var r = 0; r < data.Values.Length; r++)
            {
                appender
                    .CreateRow()
                    .AppendValue((short)(AnalysisData.FirstYear + data.Years[r]))
                    .AppendValue((short)data.Exporters[r])
                    .AppendValue((short)data.Importers[r])
                    .AppendValue(
                        int.Parse(
                            data.Subheadings[data.Products[r]].Code,
                            System.Globalization.CultureInfo.InvariantCulture
                        )
                    )
                    .AppendValue(decimalValues[r])
                    .AppendValue(
                        data.Tonnes[r] == AnalysisData.NoQuantity
                            ? null
                            : (decimal?)(data.Tonnes[r] / 1000m)
                    )
                    .EndRow();
            }
        }
        using (var appender = duck.CreateAppender("sections"))
        {
            foreach (
                var chapter in HarmonizedSystem2022.Classification.AtLevel(
                    HarmonizedSystem2022.ChapterLevel
                )
            )
            {
                var section = HarmonizedSystem2022
                    .Classification.AtLevel(HarmonizedSystem2022.SectionLevel)
                    .ToList()
                    .IndexOf(chapter.Parent!);
                appender
                    .CreateRow()
                    .AppendValue(
                        int.Parse(chapter.Code, System.Globalization.CultureInfo.InvariantCulture)
                    )
                    .AppendValue((short)section)
                    .EndRow();
            }
        }
    }

    /// <summary>Reports the process's peak working set (the data of every benchmark in it included).</summary>
    [GlobalCleanup]
    public void Cleanup() =>
        Console.WriteLine(
            $"// peak working set {Environment.ProcessId}: {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64:N0} B"
        );

    // (year, exporter, HS2)

    /// <summary>The floor: one thread, long sums into an array indexed by (year, exporter, chapter).</summary>
    /// <returns>The sums.</returns>
    [Benchmark(Baseline = true), BenchmarkCategory("Year, exporter, HS2")]
    public long[] HandLoopLong_YearExporterChapter()
    {
        var e = data.Economies.Length;
        var sums = new long[2 * e * chapters];
        var (years, exporters, products, values) = (
            data.Years,
            data.Exporters,
            data.Products,
            data.Values
        );
        for (var i = 0; i < values.Length; i++)
        {
            sums[(((years[i] * e) + exporters[i]) * chapters) + chapterOf[products[i]]] += values[
                i
            ];
        }
        return sums;
    }

    /// <summary>
    /// The value-only hand loop that also counts each cell's flows, as a cube does (a cell's <c>Flows</c>, and whether a
    /// cell exists when its flows add up to zero): the like-for-like baseline of a value-only query.
    /// </summary>
    /// <returns>The sums and counts.</returns>
    [Benchmark, BenchmarkCategory("Year, exporter, HS2")]
    public long[] HandLoopLongCounted_YearExporterChapter()
    {
        var e = data.Economies.Length;
        var sums = new long[2 * 2 * e * chapters];
        var (years, exporters, products, values) = (
            data.Years,
            data.Exporters,
            data.Products,
            data.Values
        );
        for (var i = 0; i < values.Length; i++)
        {
            var cell = 2 * ((((years[i] * e) + exporters[i]) * chapters) + chapterOf[products[i]]);
            sums[cell] += values[i];
            sums[cell + 1]++;
        }
        return sums;
    }

    /// <summary>
    /// What a cube computes, as a user would write it: one thread, one pass, long sums of values and of quantities
    /// (thousandths of a tonne) by (year, exporter, chapter).
    /// </summary>
    /// <returns>The sums.</returns>
    [Benchmark, BenchmarkCategory("Year, exporter, HS2")]
    public long[] HandLoopLongWithQuantities_YearExporterChapter()
    {
        var e = data.Economies.Length;
        var sums = new long[2 * 2 * e * chapters];
        var (years, exporters, products, values, tonnes) = (
            data.Years,
            data.Exporters,
            data.Products,
            data.Values,
            data.Tonnes
        );
        for (var i = 0; i < values.Length; i++)
        {
            var cell = 2 * ((((years[i] * e) + exporters[i]) * chapters) + chapterOf[products[i]]);
            sums[cell] += values[i];
            if (tonnes[i] != AnalysisData.NoQuantity)
            {
                sums[cell + 1] += tonnes[i];
            }
        }
        return sums;
    }

    /// <summary>
    /// The same hand loop on every core, as a user would split it: a contiguous share of the rows per core, each into
    /// its own sums, added at the end. What this machine's cores give a loop with nothing else to do: the ceiling for
    /// the engine's two-core speed-up.
    /// </summary>
    /// <returns>The sums.</returns>
    [Benchmark, BenchmarkCategory("Year, exporter, HS2")]
    public long[] AllCoresHandLoopLongWithQuantities_YearExporterChapter()
    {
        var e = data.Economies.Length;
        var (years, exporters, products, values, tonnes) = (
            data.Years,
            data.Exporters,
            data.Products,
            data.Values,
            data.Tonnes
        );
        var cores = Environment.ProcessorCount;
        var parts = new long[cores][];
        Parallel.For(
            0,
            cores,
            part =>
            {
                var sums = new long[2 * 2 * e * chapters];
                var end = (int)((long)values.Length * (part + 1) / cores);
                for (var i = (int)((long)values.Length * part / cores); i < end; i++)
                {
                    var cell =
                        2 * ((((years[i] * e) + exporters[i]) * chapters) + chapterOf[products[i]]);
                    sums[cell] += values[i];
                    if (tonnes[i] != AnalysisData.NoQuantity)
                    {
                        sums[cell + 1] += tonnes[i];
                    }
                }
                parts[part] = sums;
            }
        );
        var total = parts[0];
        for (var part = 1; part < cores; part++)
        {
            for (var c = 0; c < total.Length; c++)
            {
                total[c] += parts[part][c];
            }
        }
        return total;
    }

    /// <summary>One thread, decimal sums.</summary>
    /// <returns>The sums.</returns>
    [Benchmark, BenchmarkCategory("Year, exporter, HS2")]
    public decimal[] HandLoopDecimal_YearExporterChapter()
    {
        var e = data.Economies.Length;
        var sums = new decimal[2 * e * chapters];
        var (years, exporters, products) = (data.Years, data.Exporters, data.Products);
        for (var i = 0; i < decimalValues.Length; i++)
        {
            sums[(((years[i] * e) + exporters[i]) * chapters) + chapterOf[products[i]]] +=
                decimalValues[i];
        }
        return sums;
    }

    /// <summary>DuckDB: GROUP BY on the loaded table, results read.</summary>
    /// <returns>The number of groups.</returns>
    [Benchmark, BenchmarkCategory("Year, exporter, HS2")]
    public int DuckDb_YearExporterChapter() =>
        ReadAll("SELECT t, i, k // 10000 AS hs2, SUM(v), SUM(q) FROM flows GROUP BY ALL");

    /// <summary>TradeModel, all cores.</summary>
    /// <returns>The cube.</returns>
    [Benchmark, BenchmarkCategory("Year, exporter, HS2")]
    public FlowCube TradeModel_YearExporterChapter() => flows.Aggregate(yearExporterChapter);

    /// <summary>TradeModel, one thread.</summary>
    /// <returns>The cube.</returns>
    [Benchmark, BenchmarkCategory("Year, exporter, HS2")]
    public FlowCube TradeModel1Thread_YearExporterChapter() =>
        flows.Aggregate(yearExporterChapter, OneThread);

    /// <summary>TradeModel, one thread, the values only (<see cref="FlowQuery.WithoutQuantities"/>).</summary>
    /// <returns>The cube.</returns>
    [Benchmark, BenchmarkCategory("Year, exporter, HS2")]
    public FlowCube TradeModel1ThreadValuesOnly_YearExporterChapter() =>
        flows.Aggregate(yearExporterChapter.WithoutQuantities(), OneThread);

    /// <summary>
    /// The same, then one cell's <see cref="FlowCell.Flows"/> read: a cube of values alone counts its cells' flows when
    /// they are first read (a second pass), so this is what a caller that reads the counts pays, beside the counted hand
    /// loop.
    /// </summary>
    /// <returns>The cube.</returns>
    [Benchmark, BenchmarkCategory("Year, exporter, HS2")]
    public FlowCube TradeModel1ThreadValuesOnlyFlowsRead_YearExporterChapter()
    {
        var cube = flows.Aggregate(yearExporterChapter.WithoutQuantities(), OneThread);
        return cube[0].Flows > 0
            ? cube
            : throw new InvalidOperationException("A cell without flows.");
    }

    // (year, HS section)

    /// <summary>The floor: one thread, long sums by (year, section).</summary>
    /// <returns>The sums.</returns>
    [Benchmark(Baseline = true), BenchmarkCategory("Year, HS section")]
    public long[] HandLoopLong_YearSection()
    {
        var sums = new long[2 * sections];
        var (years, products, values) = (data.Years, data.Products, data.Values);
        for (var i = 0; i < values.Length; i++)
        {
            sums[(years[i] * sections) + sectionOf[products[i]]] += values[i];
        }
        return sums;
    }

    /// <summary>One thread, one pass, long sums of values and of quantities by (year, section).</summary>
    /// <returns>The sums.</returns>
    [Benchmark, BenchmarkCategory("Year, HS section")]
    public long[] HandLoopLongWithQuantities_YearSection()
    {
        var sums = new long[2 * 2 * sections];
        var (years, products, values, tonnes) = (
            data.Years,
            data.Products,
            data.Values,
            data.Tonnes
        );
        for (var i = 0; i < values.Length; i++)
        {
            var cell = 2 * ((years[i] * sections) + sectionOf[products[i]]);
            sums[cell] += values[i];
            if (tonnes[i] != AnalysisData.NoQuantity)
            {
                sums[cell + 1] += tonnes[i];
            }
        }
        return sums;
    }

    /// <summary>One thread, decimal sums by (year, section).</summary>
    /// <returns>The sums.</returns>
    [Benchmark, BenchmarkCategory("Year, HS section")]
    public decimal[] HandLoopDecimal_YearSection()
    {
        var sums = new decimal[2 * sections];
        var (years, products) = (data.Years, data.Products);
        for (var i = 0; i < decimalValues.Length; i++)
        {
            sums[(years[i] * sections) + sectionOf[products[i]]] += decimalValues[i];
        }
        return sums;
    }

    /// <summary>DuckDB: GROUP BY (year, section) through a chapter-to-section table.</summary>
    /// <returns>The number of groups.</returns>
    [Benchmark, BenchmarkCategory("Year, HS section")]
    public int DuckDb_YearSection() =>
        ReadAll(
            "SELECT t, s.section, SUM(v), SUM(q) FROM flows JOIN sections s ON s.hs2 = k // 10000 GROUP BY ALL"
        );

    /// <summary>TradeModel, all cores.</summary>
    /// <returns>The cube.</returns>
    [Benchmark, BenchmarkCategory("Year, HS section")]
    public FlowCube TradeModel_YearSection() => flows.Aggregate(yearSection);

    /// <summary>TradeModel, one thread.</summary>
    /// <returns>The cube.</returns>
    [Benchmark, BenchmarkCategory("Year, HS section")]
    public FlowCube TradeModel1Thread_YearSection() => flows.Aggregate(yearSection, OneThread);

    /// <summary>TradeModel, one thread, the values only (<see cref="FlowQuery.WithoutQuantities"/>).</summary>
    /// <returns>The cube.</returns>
    [Benchmark, BenchmarkCategory("Year, HS section")]
    public FlowCube TradeModel1ThreadValuesOnly_YearSection() =>
        flows.Aggregate(yearSection.WithoutQuantities(), OneThread);

    // YoY growth by (exporter, HS2)

    /// <summary>The floor: the (year, exporter, chapter) long sums, then each line's growth in decimal.</summary>
    /// <returns>The growth rates (0 where undefined).</returns>
    [Benchmark(Baseline = true), BenchmarkCategory("YoY by exporter, HS2")]
    public decimal[] HandLoopLong_YearOnYear()
    {
        var sums = HandLoopLong_YearExporterChapter();
        var lines = sums.Length / 2;
        var growth = new decimal[lines];
        for (var l = 0; l < lines; l++)
        {
            growth[l] = sums[l] > 0 ? (((decimal)sums[lines + l] / sums[l]) - 1m) * 100m : 0m;
        }
        return growth;
    }

    /// <summary>DuckDB: both years' sums and the growth in one GROUP BY.</summary>
    /// <returns>The number of lines.</returns>
    [Benchmark, BenchmarkCategory("YoY by exporter, HS2")]
    public int DuckDb_YearOnYear() =>
        ReadAll(
            $"SELECT i, k // 10000 AS hs2, (SUM(v) FILTER (WHERE t = {AnalysisData.FirstYear + 1}) / NULLIF(SUM(v) FILTER (WHERE t = {AnalysisData.FirstYear}), 0) - 1) * 100 FROM flows GROUP BY ALL"
        );

    /// <summary>TradeModel, all cores: the cube, then <see cref="FlowCube.YearOnYear"/>.</summary>
    /// <returns>The growth lines.</returns>
    [Benchmark, BenchmarkCategory("YoY by exporter, HS2")]
    public IReadOnlyList<FlowGrowth> TradeModel_YearOnYear() =>
        flows
            .Aggregate(yearExporterChapter)
            .YearOnYear(ReferencePeriod.ForYear(AnalysisData.FirstYear + 1));

    /// <summary>TradeModel, one thread.</summary>
    /// <returns>The growth lines.</returns>
    [Benchmark, BenchmarkCategory("YoY by exporter, HS2")]
    public IReadOnlyList<FlowGrowth> TradeModel1Thread_YearOnYear() =>
        flows
            .Aggregate(yearExporterChapter, OneThread)
            .YearOnYear(ReferencePeriod.ForYear(AnalysisData.FirstYear + 1));

    /// <summary>TradeModel, one thread, the values only: growth reads no quantity (<see cref="FlowQuery.WithoutQuantities"/>).</summary>
    /// <returns>The growth lines.</returns>
    [Benchmark, BenchmarkCategory("YoY by exporter, HS2")]
    public IReadOnlyList<FlowGrowth> TradeModel1ThreadValuesOnly_YearOnYear() =>
        flows
            .Aggregate(yearExporterChapter.WithoutQuantities(), OneThread)
            .YearOnYear(ReferencePeriod.ForYear(AnalysisData.FirstYear + 1));

    // One filtered total

    /// <summary>The floor: one exporter's 2024 exports of chapter 85, long sum.</summary>
    /// <returns>The total.</returns>
    [Benchmark(Baseline = true), BenchmarkCategory("One filtered total")]
    public long HandLoopLong_FilteredTotal()
    {
        var total = 0L;
        var (years, exporters, products, values) = (
            data.Years,
            data.Exporters,
            data.Products,
            data.Values
        );
        for (var i = 0; i < values.Length; i++)
        {
            if (years[i] == 1 && exporters[i] == 100 && chapterOf[products[i]] == chapter85)
            {
                total += values[i];
            }
        }
        return total;
    }

    /// <summary>DuckDB: the same total with a WHERE.</summary>
    /// <returns>The number of rows read.</returns>
    [Benchmark, BenchmarkCategory("One filtered total")]
    public int DuckDb_FilteredTotal() =>
        ReadAll(
            $"SELECT SUM(v) FROM flows WHERE t = {AnalysisData.FirstYear + 1} AND i = 100 AND k // 10000 = 85"
        );

    /// <summary>TradeModel, all cores: a query without dimensions.</summary>
    /// <returns>The cube of one cell.</returns>
    [Benchmark, BenchmarkCategory("One filtered total")]
    public FlowCube TradeModel_FilteredTotal() => flows.Aggregate(filteredTotal);

    /// <summary>TradeModel, one thread.</summary>
    /// <returns>The cube of one cell.</returns>
    [Benchmark, BenchmarkCategory("One filtered total")]
    public FlowCube TradeModel1Thread_FilteredTotal() => flows.Aggregate(filteredTotal, OneThread);

    /// <summary>TradeModel's <see cref="TradeFlowCollection.Total(FlowFilter)"/>, one thread.</summary>
    /// <returns>The total.</returns>
    [Benchmark, BenchmarkCategory("One filtered total")]
    public FlowTotal TradeModelTotal_FilteredTotal() => flows.Total(filter);

    private int ReadAll(string sql)
    {
        using var command = duck.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            rows++;
        }
        return rows;
    }

    private void Execute(string sql)
    {
        using var command = duck.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
