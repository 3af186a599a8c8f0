using BenchmarkDotNet.Attributes;
using TradeModel.Classifications;
using TradeModel.Flows;

namespace TradeModel.Benchmarks;

/// <summary>
/// Loading <see cref="AnalysisData"/>'s flows (10 M by default) into a <see cref="TradeFlowCollection"/> through the
/// bulk appender, against a hand-written loop that encodes the same rows into dense arrays (16-bit codes, long values).
/// </summary>
[MemoryDiagnoser]
public class FlowLoadBenchmarks
{
    private AnalysisData data = null!;

    /// <summary>Generates the rows.</summary>
    [GlobalSetup]
    public void Setup() => data = AnalysisData.Generate(AnalysisData.Rows);

    /// <summary>The floor: copy the rows into dense columns (codes and values), checking nothing.</summary>
    /// <returns>The number of rows.</returns>
    [Benchmark(Baseline = true)]
    public int HandEncodeIntoArrays()
    {
        var n = data.Values.Length;
        var reporters = new ushort[n];
        var partners = new ushort[n];
        var categories = new ushort[n];
        var keys = new ushort[n];
        var values = new long[n];
        var categoryOf = data.Subheadings.Select(s => (ushort)s.Index).ToArray();
        for (var i = 0; i < n; i++)
        {
            reporters[i] = data.Exporters[i];
            partners[i] = data.Importers[i];
            categories[i] = categoryOf[data.Products[i]];
            keys[i] = data.Years[i];
            values[i] = data.Values[i];
        }
        return reporters.Length + partners.Length + categories.Length + keys.Length + values.Length;
    }

    /// <summary><see cref="TradeFlowAppender.Append"/> for each row, with every check of a flow.</summary>
    /// <returns>The number of flows.</returns>
    [Benchmark]
    public int Appender() => data.ToCollection().Count;

    /// <summary><c>new TradeFlow(…)</c> and <see cref="TradeFlowCollection.Add"/> for each row: the one-flow path.</summary>
    /// <returns>The number of flows.</returns>
    [Benchmark]
    public int NewTradeFlowAndAdd()
    {
        var flows = new TradeFlowCollection(
            HarmonizedSystem2022.Classification,
            Currency.USD,
            data.Values.Length
        );
        var years = new[]
        {
            ReferencePeriod.ForYear(AnalysisData.FirstYear),
            ReferencePeriod.ForYear(AnalysisData.FirstYear + 1),
        };
        for (var i = 0; i < data.Values.Length; i++)
        {
            flows.Add(
                new TradeFlow(
                    data.Economies[data.Exporters[i]],
                    data.Economies[data.Importers[i]],
                    TradeDirection.Exports,
                    data.Subheadings[data.Products[i]],
                    years[data.Years[i]],
                    new Money(data.Values[i], Currency.USD)
                )
            );
        }
        return flows.Count;
    }
}
