// Processes a Parquet dataset partition by partition, with one partition's cube in memory at a time, and merges the
// partial cubes exactly: the way work is split across processes or machines. Usage:
//   dotnet run -c Release --project docs/examples/TradeModel.PartitionExample [-- <dataset folder>]
// Without a folder, a small deterministic dataset (three years) is written to a temporary folder first.
using System.Globalization;
using TradeModel;
using TradeModel.Analysis;
using TradeModel.Classifications;
using TradeModel.Data.Parquet;
using TradeModel.DuckDb;
using TradeModel.Economies;
using TradeModel.Flows;

var hs = HarmonizedSystem2022.Classification;
var dataset = args.Length > 0 ? args[0] : await WriteSampleAsync(hs);
var query = FlowQuery
    .By(FlowDimension.Year, FlowDimension.CategoryAtLevel(HarmonizedSystem2022.SectionLevel))
    .Where(new FlowFilter(Direction: TradeDirection.Exports));

// One engine per partition: each answers for its files only, and its cube is all that is kept.
var parts = new List<FlowCube>();
foreach (var partition in Directory.GetDirectories(dataset).Order(StringComparer.Ordinal))
{
    using var engine = DuckDbFlowEngine.OverParquet(
        partition,
        hs,
        Currency.USD,
        new DuckDbEngineOptions { MemoryLimit = "256MB" }
    );
    var cube = engine.Aggregate(query);
    parts.Add(cube);
    Console.WriteLine(
        $"{Path.GetFileName(partition)}: {cube.Count} cells, {cube.Sum(c => c.Flows):N0} flows"
    );
}

var merged = FlowCube.Merge(parts);
using (var whole = DuckDbFlowEngine.OverParquet(dataset, hs, Currency.USD))
{
    var direct = whole.Aggregate(query);
    var equal = direct
        .Select(c => (c.Key, c.Total, c.Flows, c.FlowsWithoutValue))
        .SequenceEqual(merged.Select(c => (c.Key, c.Total, c.Flows, c.FlowsWithoutValue)));
    Console.WriteLine($"Merged cube equals the cube of the whole dataset: {equal}");
    if (!equal)
    {
        return 1;
    }
}

var last = merged.Periods[^1];
Console.WriteLine();
Console.WriteLine($"Exports by HS section, growth in {last}:");
foreach (var line in merged.YearOnYear(last).Take(8))
{
    Console.WriteLine(
        string.Create(
            CultureInfo.InvariantCulture,
            $"  {line.Key.Category!.Code, -4} {line.Current?.ToString("N0", CultureInfo.InvariantCulture) ?? "missing", 24} {line.Growth, 8}"
        )
    );
}
return 0;

static async Task<string> WriteSampleAsync(Classification hs)
{
    var folder = Path.Combine(Path.GetTempPath(), "trademodel-partition-example");
    if (Directory.Exists(folder))
    {
        Directory.Delete(folder, recursive: true);
    }
    var random = new Random(7);
    var economies = Economy.Countries.Take(40).ToArray();
    var subheadings = hs.AtLevel(HarmonizedSystem2022.SubheadingLevel).ToArray();
    var flows = new TradeFlowCollection(hs, Currency.USD);
    var appender = flows.CreateAppender();
    for (var i = 0; i < 30_000; i++)
    {
        appender.Append(
            economies[random.Next(economies.Length)],
            economies[random.Next(economies.Length)],
            i % 2 == 0 ? TradeDirection.Exports : TradeDirection.Imports,
            subheadings[random.Next(subheadings.Length)],
            ReferencePeriod.ForYear(2022 + (i % 3)),
            random.Next(1, 1_000_000) / 10m
        );
    }
    await TradeParquet.WritePartitionedAsync(flows, folder);
    return folder;
}
