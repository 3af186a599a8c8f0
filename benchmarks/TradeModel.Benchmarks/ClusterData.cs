using System.Globalization;
using TradeModel.Classifications;
using TradeModel.Data.Parquet;
using TradeModel.Flows;
using TradeModel.Orleans.Datasets;

namespace TradeModel.Benchmarks;

/// <summary>
/// The Parquet dataset the cluster benchmarks share: <c>TRADEMODEL_CLUSTER_ROWS</c> BACI-shaped flows (1 M by default,
/// quantities in tonnes on 98% of rows, two years) cut into <c>TRADEMODEL_CLUSTER_PARTITIONS</c> files (20 by default)
/// of consecutive rows, as a year's BACI file cut by exporter is: each file holds a few exporters of one year, so the
/// partial cubes barely overlap. Written once into <c>TRADEMODEL_CLUSTER_DIR</c> (the temporary folder by default).
/// </summary>
internal static class ClusterData
{
    /// <summary>The flows in the dataset.</summary>
    internal static int Rows =>
        int.TryParse(Environment.GetEnvironmentVariable("TRADEMODEL_CLUSTER_ROWS"), out var rows)
            ? rows
            : 1_000_000;

    /// <summary>The files of the dataset.</summary>
    internal static int Partitions =>
        int.TryParse(
            Environment.GetEnvironmentVariable("TRADEMODEL_CLUSTER_PARTITIONS"),
            out var parts
        )
            ? parts
            : 20;

    /// <summary>The dataset's folder, written unless it is there.</summary>
    /// <returns>The folder.</returns>
    internal static string Folder()
    {
        var folder = Path.Combine(
            Environment.GetEnvironmentVariable("TRADEMODEL_CLUSTER_DIR") ?? Path.GetTempPath(),
            string.Create(
                CultureInfo.InvariantCulture,
                $"trademodel-cluster-ranges-{Rows}-{Partitions}"
            )
        );
        if (Directory.Exists(folder))
        {
            return folder;
        }
        var data = AnalysisData.Generate(Rows, firstYear: 2023, seed: 28);
        var writing = folder + ".writing";
        if (Directory.Exists(writing))
        {
            Directory.Delete(writing, recursive: true);
        }
        for (var p = 0; p < Partitions; p++)
        {
            var start = (int)((long)Rows * p / Partitions);
            var end = (int)((long)Rows * (p + 1) / Partitions);
            var part = new TradeFlowCollection(
                HarmonizedSystem2022.Classification,
                Currency.USD,
                end - start
            );
            data.AppendRange(part.CreateAppender(), start, end - start, tonnes: true);
            TradeParquet
                .WriteFileAsync(
                    part,
                    Path.Combine(
                        writing,
                        string.Create(CultureInfo.InvariantCulture, $"part-{p:D3}.parquet")
                    )
                )
                .GetAwaiter()
                .GetResult();
        }
        // Complete or not there: a run stopped halfway leaves only the folder being written.
        Directory.Move(writing, folder);
        return folder;
    }

    /// <summary>The dataset over <paramref name="folder"/>.</summary>
    /// <param name="folder">The folder.</param>
    /// <returns>The dataset.</returns>
    internal static FlowDataset Dataset(string folder) =>
        FlowDataset.FromParquetFolder(folder, HarmonizedSystem2022.Classification, Currency.USD);
}
