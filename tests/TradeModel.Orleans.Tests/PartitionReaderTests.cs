using TradeModel.Orleans.Datasets;

namespace TradeModel.Orleans.Tests;

/// <summary>The readers a silo can read a partition with give the same flows; a missing file is an error.</summary>
public sealed class PartitionReaderTests
{
    [Fact]
    public async Task The_DuckDB_reader_reads_the_flows_the_Parquet_reader_reads()
    {
        var (_, dataset, _) = await Datasets.Write(seed: 35, count: 1_500, partitions: 2);
        var partition = dataset.Partitions[1];

        var parquet = new ParquetPartitionReader().Read(
            partition,
            dataset.Classification,
            dataset.Currency,
            TestContext.Current.CancellationToken
        );
        var duckDb = new DuckDbPartitionReader().Read(
            partition,
            dataset.Classification,
            dataset.Currency,
            TestContext.Current.CancellationToken
        );

        Assert.Equal(750, parquet.Count);
        // Values equal as decimals: a reader may keep another number of trailing zeros.
        Assert.Equal(parquet.Select(Describe).Order(), duckDb.Select(Describe).Order());
    }

    [Fact]
    public void The_DuckDB_reader_refuses_a_missing_file_naming_it()
    {
        var missing = Path.Combine(
            Path.GetTempPath(),
            "trademodel-orleans",
            "no-such-part.parquet"
        );

        var error = Assert.Throws<ArgumentException>(() =>
            new DuckDbPartitionReader().Read(
                new DatasetPartition("no-such-part", missing),
                Classifications.HarmonizedSystem2022.Classification,
                Currency.USD,
                TestContext.Current.CancellationToken
            )
        );

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    private static (
        string Period,
        string Reporter,
        string Partner,
        Flows.TradeDirection Direction,
        string Category,
        decimal? Value,
        Flows.ObservationStatus Status,
        string? Quantity
    ) Describe(Flows.TradeFlow flow) =>
        (
            flow.Period.ToString(),
            flow.Reporter.Code!,
            flow.Partner.Code!,
            flow.Direction,
            flow.Category.Code,
            flow.Value?.Amount,
            flow.Status,
            flow.Quantity is { } q
                ? string.Create(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"{(double)q.Value:R} {q.Unit}"
                )
                : null
        );
}
