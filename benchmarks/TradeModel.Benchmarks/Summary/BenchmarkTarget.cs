namespace TradeModel.Benchmarks.Summary;

/// <summary>
/// A target of an issue as a ratio of two benchmarks' means in the same run: <see cref="Numerator"/> ÷
/// <see cref="Denominator"/> at most (or, for a speed-up, at least) <see cref="Limit"/>.
/// </summary>
/// <param name="Name">What the target says, in words.</param>
/// <param name="Numerator">The benchmark method on top.</param>
/// <param name="Denominator">The benchmark method below.</param>
/// <param name="Limit">The bound.</param>
/// <param name="AtLeast">True when the ratio must be at least <paramref name="Limit"/> (a speed-up), false for at most.</param>
public sealed record BenchmarkTarget(
    string Name,
    string Numerator,
    string Denominator,
    double Limit,
    bool AtLeast = false
)
{
    /// <summary>The targets of issue #24 that <see cref="AnalysisBenchmarks"/> measures.</summary>
    public static IReadOnlyList<BenchmarkTarget> Analysis { get; } =
    [
        new(
            "(year, exporter, HS2), 1 thread ≤ 1.3× the hand loop of values and quantities",
            "TradeModel1Thread_YearExporterChapter",
            "HandLoopLongWithQuantities_YearExporterChapter",
            1.3
        ),
        new(
            "(year, exporter, HS2), values only (WithoutQuantities), 1 thread ≤ 1.1× the value-only hand loop",
            "TradeModel1ThreadValuesOnly_YearExporterChapter",
            "HandLoopLong_YearExporterChapter",
            1.1
        ),
        new(
            "(year, exporter, HS2), 2 cores ≥ 1.7× faster than 1",
            "TradeModel1Thread_YearExporterChapter",
            "TradeModel_YearExporterChapter",
            1.7,
            AtLeast: true
        ),
        new(
            "(year, HS section), 1 thread ≤ 1.3× the hand loop of values and quantities",
            "TradeModel1Thread_YearSection",
            "HandLoopLongWithQuantities_YearSection",
            1.3
        ),
        new(
            "(year, HS section), values only (WithoutQuantities), 1 thread ≤ 1.1× the value-only hand loop",
            "TradeModel1ThreadValuesOnly_YearSection",
            "HandLoopLong_YearSection",
            1.1
        ),
        new(
            "(year, HS section), 2 cores ≥ 1.7× faster than 1",
            "TradeModel1Thread_YearSection",
            "TradeModel_YearSection",
            1.7,
            AtLeast: true
        ),
        new(
            "YoY by (exporter, HS2), values only (WithoutQuantities), 1 thread ≤ 1.3× its value-only hand loop",
            "TradeModel1ThreadValuesOnly_YearOnYear",
            "HandLoopLong_YearOnYear",
            1.3
        ),
        new(
            "RCA by (exporter, HS2), end to end, 1 thread ≤ 1.3× its hand loop",
            "TradeModel1Thread_Rca",
            "HandLoop_Rca",
            1.3
        ),
        new(
            "HHI over partners, end to end, 1 thread ≤ 1.3× its hand loop",
            "TradeModel1Thread_Hhi",
            "HandLoop_Hhi",
            1.3
        ),
        new(
            "Grubel–Lloyd by reporter over HS2, end to end, 1 thread ≤ 1.3× its hand loop",
            "TradeModel1Thread_GrubelLloyd",
            "HandLoop_GrubelLloyd",
            1.3
        ),
        new(
            "one filtered total: Aggregate(By().Where(f)), 1 thread, as fast as Total(f)",
            "TradeModel1Thread_FilteredTotal",
            "TradeModelTotal_FilteredTotal",
            1.0
        ),
    ];

    /// <summary>The targets of issue #24 that <see cref="ScaleBenchmarks"/> measures.</summary>
    public static IReadOnlyList<BenchmarkTarget> Scale { get; } =
    [
        new(
            "(year, exporter, HS2) on DuckDB ≤ 1.2× the best hand-typed SQL returning the same table, quantities included",
            "TradeModelDuckDb_YearExporterChapter",
            "HandSql_YearExporterChapter",
            1.2
        ),
        new(
            "(year, exporter, HS2) on DuckDB without quantities ≤ 1.1× the same hand-typed SQL without them",
            "TradeModelDuckDbValuesOnly_YearExporterChapter",
            "HandSqlValuesOnly_YearExporterChapter",
            1.1
        ),
    ];

    /// <summary>The targets of issue #24 that <see cref="BaciReadBenchmarks"/> measures.</summary>
    public static IReadOnlyList<BenchmarkTarget> BaciRead { get; } =
    [
        new(
            "BaciFile.Read on every core faster than DuckDB's read_csv into a table on every core",
            "BaciFileRead",
            "DuckDbReadCsv",
            1.0
        ),
    ];

    /// <summary>The targets a benchmark class measures (none for a class without targets).</summary>
    /// <param name="benchmarkClass">The class's name.</param>
    /// <returns>The targets.</returns>
    public static IReadOnlyList<BenchmarkTarget> Of(string benchmarkClass) =>
        benchmarkClass switch
        {
            nameof(AnalysisBenchmarks) => Analysis,
            nameof(ScaleBenchmarks) => Scale,
            nameof(BaciReadBenchmarks) => BaciRead,
            _ => [],
        };

    /// <summary>Whether a ratio meets the target.</summary>
    /// <param name="ratio">The ratio.</param>
    /// <returns>True when it does.</returns>
    public bool IsMetBy(double ratio) => AtLeast ? ratio >= Limit : ratio <= Limit;
}
