using TradeModel.Data.Parquet;
using TradeModel.Flows;
using TradeModel.Orleans.Datasets;
using TradeModel.Tests.Analysis;

namespace TradeModel.Orleans.Tests;

/// <summary>Random flows in the shape the engines' tests use (several units, missing values, outliers), written as a partitioned Parquet dataset in a temporary folder every silo reads.</summary>
internal static class Datasets
{
    internal static async Task<(
        TradeFlowCollection Flows,
        FlowDataset Dataset,
        string Folder
    )> Write(int seed, int count, int partitions)
    {
        var flows = RandomFlows.Make(seed, count);
        var folder = Path.Combine(
            Path.GetTempPath(),
            "trademodel-orleans",
            Guid.NewGuid().ToString("N")
        );
        var parts = Enumerable
            .Range(0, partitions)
            .Select(_ => new TradeFlowCollection(flows.Classification, flows.Currency))
            .ToArray();
        var i = 0;
        foreach (var flow in flows)
        {
            parts[i++ % partitions].Add(flow);
        }
        for (var p = 0; p < partitions; p++)
        {
            await TradeParquet.WriteFileAsync(
                parts[p],
                Path.Combine(folder, $"part-{p:D2}.parquet"),
                TestContext.Current.CancellationToken
            );
        }
        return (
            flows,
            FlowDataset.FromParquetFolder(folder, flows.Classification, flows.Currency),
            folder
        );
    }
}
