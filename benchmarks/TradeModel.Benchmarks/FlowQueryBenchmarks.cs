using BenchmarkDotNet.Attributes;
using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Flows;

namespace TradeModel.Benchmarks;

/// <summary>
/// Querying a million HS 2022 flows (one reporter's exports and imports by partner and subheading) with
/// <see cref="TradeFlowCollection"/>, against a hand-written loop over plain arrays holding the same dense codes.
/// </summary>
[MemoryDiagnoser]
public class FlowQueryBenchmarks
{
    private const int FlowCount = 1_000_000;

    private TradeFlowCollection flows = null!;
    private FlowFilter exportsOfChapter85 = null!;
    private FlowFilter exportsToPartner = null!;

    // The baseline's columns: the same flows as dense codes, and the chapter as a mask over subheadings.
    private int[] reporterIds = null!;
    private int[] partnerIds = null!;
    private byte[] directions = null!;
    private int[] categoryIds = null!;
    private decimal[] values = null!;
    private bool[] inChapter85 = null!;

    /// <summary>Builds the flows: China reporting to 100 partners, in both directions, cycling through the subheadings.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var hs = HarmonizedSystem2022.Classification;
        var subheadings = hs.AtLevel(HarmonizedSystem2022.SubheadingLevel).ToArray();
        var china = Economy.FromCode("CHN");
        var partners = Economy.Countries.Where(e => e != china).Take(100).ToArray();
        var period = ReferencePeriod.ForYear(2024);
        flows = new TradeFlowCollection(hs, Currency.USD, FlowCount);
        reporterIds = new int[FlowCount];
        partnerIds = new int[FlowCount];
        directions = new byte[FlowCount];
        categoryIds = new int[FlowCount];
        values = new decimal[FlowCount];
        for (var i = 0; i < FlowCount; i++)
        {
            var direction = i % 2 == 0 ? TradeDirection.Exports : TradeDirection.Imports;
            var subheading = subheadings[(i / 2) % subheadings.Length];
            var partner = i % partners.Length;
            var value = 1_000m + (i % 9_973) * 0.37m;
            flows.Add(
                new TradeFlow(
                    china,
                    partners[partner],
                    direction,
                    subheading,
                    period,
                    new Money(value, Currency.USD)
                )
            );
            reporterIds[i] = 0;
            partnerIds[i] = partner;
            directions[i] = (byte)direction;
            categoryIds[i] = subheading.Index;
            values[i] = value;
        }
        var chapter85 = hs["85"];
        inChapter85 = [.. hs.Categories.Select(c => c.AddsUpTo(chapter85))];
        exportsOfChapter85 = new FlowFilter(
            Reporter: china,
            Direction: TradeDirection.Exports,
            Category: chapter85
        );
        exportsToPartner = new FlowFilter(
            Reporter: china,
            Partner: partners[7],
            Direction: TradeDirection.Exports
        );
    }

    /// <summary>Baseline: the reporter's exports of chapter 85 summed by a loop over arrays (the same three criteria).</summary>
    /// <returns>The total.</returns>
    [Benchmark(Baseline = true)]
    public decimal HandWrittenLoop()
    {
        var total = 0m;
        for (var i = 0; i < values.Length; i++)
        {
            if (
                reporterIds[i] == 0
                && directions[i] == (byte)TradeDirection.Exports
                && inChapter85[categoryIds[i]]
            )
            {
                total += values[i];
            }
        }
        return total;
    }

    /// <summary><see cref="TradeFlowCollection.Total(FlowFilter)"/>: exports of chapter 85 (reporter, direction and category criteria).</summary>
    /// <returns>The total.</returns>
    [Benchmark]
    public FlowTotal TotalOfChapter() => flows.Total(exportsOfChapter85);

    /// <summary>Baseline for a partner query: the reporter's exports to one partner summed by a loop over arrays.</summary>
    /// <returns>The total.</returns>
    [Benchmark]
    public decimal HandWrittenPartnerLoop()
    {
        var total = 0m;
        for (var i = 0; i < values.Length; i++)
        {
            if (
                reporterIds[i] == 0
                && partnerIds[i] == 7
                && directions[i] == (byte)TradeDirection.Exports
            )
            {
                total += values[i];
            }
        }
        return total;
    }

    /// <summary><see cref="TradeFlowCollection.Total(FlowFilter)"/>: exports to one partner.</summary>
    /// <returns>The total.</returns>
    [Benchmark]
    public FlowTotal TotalToPartner() => flows.Total(exportsToPartner);

    /// <summary><see cref="TradeFlowCollection.TotalsAtLevel"/>: exports by HS chapter.</summary>
    /// <returns>The totals.</returns>
    [Benchmark]
    public IReadOnlyDictionary<Category, Money> ExportsByChapter() =>
        flows.TotalsAtLevel(
            HarmonizedSystem2022.ChapterLevel,
            new FlowFilter(Direction: TradeDirection.Exports)
        );
}
