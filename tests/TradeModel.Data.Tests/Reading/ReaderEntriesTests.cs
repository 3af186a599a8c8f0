using TradeModel.Data.Baci;
using TradeModel.Data.Comtrade;
using TradeModel.Data.Mapped;
using TradeModel.Data.Parquet;
using TradeModel.Data.Sdmx;

namespace TradeModel.Data.Tests.Reading;

/// <summary>
/// Every reader has the same four entries: a path or a stream, read synchronously or asynchronously; all four read the
/// same flows and the same report.
/// </summary>
public sealed class ReaderEntriesTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<string> Formats() =>
        ["BACI", "Comtrade", "SDMX-CSV", "SDMX-JSON", "Mapped", "Parquet"];

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task A_path_or_a_stream_read_synchronously_or_not_gives_the_same_flows_and_report(
        string format
    )
    {
        var path = await FileOf(format);
        var name = System.IO.Path.GetFileName(path);
        ReadResult[] results;
        try
        {
            results =
            [
                ReadPath(format, path),
                await ReadPathAsync(format, path),
                ReadStream(format, path, name),
                await ReadStreamAsync(format, path, name),
            ];
        }
        finally
        {
            Forget(format, path);
        }

        Assert.True(results[0].Report.Accepted > 0);
        Assert.All(
            results,
            r => Assert.Equal(Fixture.Rows(results[0].Flows), Fixture.Rows(r.Flows))
        );
        Assert.All(results, r => Assert.Equal(results[0].Report.ToString(), r.Report.ToString()));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Every_reader_reports_its_progress_up_to_the_last_row(string format)
    {
        var path = await FileOf(format);
        var reports = new List<ReadProgress>();
        var progress = new Collector(reports);

        ReadResult result;
        try
        {
            result = format switch
            {
                "BACI" => BaciFile.Read(
                    path,
                    new() { Progress = progress, ProgressEvery = 2 },
                    Token
                ),
                "Comtrade" => ComtradeFile.Read(path, new() { Progress = progress }, Token),
                "SDMX-CSV" => SdmxCsv.Read(path, new() { Progress = progress }, Token),
                "SDMX-JSON" => SdmxJson.Read(path, new() { Progress = progress }, Token),
                "Mapped" => MappedCsv.Read(
                    path,
                    Mapped.MappedCsvTests.Options with
                    {
                        Progress = progress,
                    },
                    Token
                ),
                _ => TradeParquet.Read(path, new() { Progress = progress }, Token),
            };
        }
        finally
        {
            Forget(format, path);
        }

        Assert.NotEmpty(reports);
        Assert.Equal(result.Report.RowsRead, reports[^1].Rows);
    }

    [Theory]
    [InlineData("BACI")]
    [InlineData("Comtrade")]
    [InlineData("SDMX-CSV")]
    [InlineData("Mapped")]
    public async Task A_text_reader_reports_after_every_ProgressEvery_rows_with_that_many_rows_read(
        string format
    )
    {
        var path = await FileOf(format);
        var reports = new List<ReadProgress>();
        var progress = new Collector(reports);

        var result = format switch
        {
            "BACI" => BaciFile.Read(path, new() { Progress = progress, ProgressEvery = 2 }, Token),
            "Comtrade" => ComtradeFile.Read(
                path,
                new() { Progress = progress, ProgressEvery = 2 },
                Token
            ),
            "SDMX-CSV" => SdmxCsv.Read(
                path,
                new() { Progress = progress, ProgressEvery = 2 },
                Token
            ),
            _ => MappedCsv.Read(
                path,
                Mapped.MappedCsvTests.Options with
                {
                    Progress = progress,
                    ProgressEvery = 2,
                },
                Token
            ),
        };

        // 2, 4, 6, … rows, then the last report at the end of the read.
        var rows = result.Report.RowsRead;
        Assert.True(rows >= 3, $"{rows} rows");
        long[] expected = [.. Enumerable.Range(1, (int)(rows / 2)).Select(k => 2L * k)];
        if (rows % 2 != 0)
        {
            expected = [.. expected, rows];
        }
        Assert.Equal(expected, reports.Select(r => r.Rows));
    }

    /// <summary>Deletes the Parquet file written for a test; the fixtures stay.</summary>
    private static void Forget(string format, string path)
    {
        if (format == "Parquet")
        {
            File.Delete(path);
        }
    }

    private static async Task<string> FileOf(string format)
    {
        switch (format)
        {
            case "BACI":
                return Fixture.Path("Baci/BACI_HS22_Y2024_V202501.csv");
            case "Comtrade":
                return Fixture.Path("Comtrade/comtrade-2024.csv");
            case "SDMX-CSV":
                return Fixture.Path("Sdmx/bop-services-cn.csv");
            case "SDMX-JSON":
                return Fixture.Path("Sdmx/bop-services-cn.json");
            case "Mapped":
                return Fixture.Path("mapped-exports.csv");
            default:
                var path = System.IO.Path.Combine(
                    System.IO.Path.GetTempPath(),
                    $"trademodel-entries-{Guid.NewGuid():N}.parquet"
                );
                var flows = BaciFile
                    .Read(
                        Fixture.Path("Baci/BACI_HS22_Y2024_V202501.csv"),
                        cancellationToken: Token
                    )
                    .Flows;
                await using (var file = File.Create(path))
                {
                    await TradeParquet.WriteAsync(flows, file, Token);
                }
                return path;
        }
    }

    private static ReadResult ReadPath(string format, string path) =>
        format switch
        {
            "BACI" => BaciFile.Read(path, cancellationToken: Token),
            "Comtrade" => ComtradeFile.Read(path, cancellationToken: Token),
            "SDMX-CSV" => SdmxCsv.Read(path, cancellationToken: Token),
            "SDMX-JSON" => SdmxJson.Read(path, cancellationToken: Token),
            "Mapped" => MappedCsv.Read(path, Mapped.MappedCsvTests.Options, Token),
            _ => TradeParquet.Read(path, cancellationToken: Token),
        };

    private static Task<ReadResult> ReadPathAsync(string format, string path) =>
        format switch
        {
            "BACI" => BaciFile.ReadAsync(path, cancellationToken: Token),
            "Comtrade" => ComtradeFile.ReadAsync(path, cancellationToken: Token),
            "SDMX-CSV" => SdmxCsv.ReadAsync(path, cancellationToken: Token),
            "SDMX-JSON" => SdmxJson.ReadAsync(path, cancellationToken: Token),
            "Mapped" => MappedCsv.ReadAsync(path, Mapped.MappedCsvTests.Options, Token),
            _ => TradeParquet.ReadAsync(path, cancellationToken: Token),
        };

    private static ReadResult ReadStream(string format, string path, string name)
    {
        using var stream = File.OpenRead(path);
        return format switch
        {
            // The file name states the HS vintage; a stream's rows are read in the options' vintage (HS 2022 by default).
            "BACI" => BaciFile.ReadFrom(stream, name, cancellationToken: Token),
            "Comtrade" => ComtradeFile.ReadFrom(stream, name, cancellationToken: Token),
            "SDMX-CSV" => SdmxCsv.ReadFrom(stream, name, cancellationToken: Token),
            "SDMX-JSON" => SdmxJson.ReadFrom(stream, name, cancellationToken: Token),
            "Mapped" => MappedCsv.ReadFrom(stream, name, Mapped.MappedCsvTests.Options, Token),
            _ => TradeParquet.ReadFrom(stream, name, cancellationToken: Token),
        };
    }

    private static async Task<ReadResult> ReadStreamAsync(string format, string path, string name)
    {
        await using var stream = File.OpenRead(path);
        return format switch
        {
            "BACI" => await BaciFile.ReadFromAsync(stream, name, cancellationToken: Token),
            "Comtrade" => await ComtradeFile.ReadFromAsync(stream, name, cancellationToken: Token),
            "SDMX-CSV" => await SdmxCsv.ReadFromAsync(stream, name, cancellationToken: Token),
            "SDMX-JSON" => await SdmxJson.ReadFromAsync(stream, name, cancellationToken: Token),
            "Mapped" => await MappedCsv.ReadFromAsync(
                stream,
                name,
                Mapped.MappedCsvTests.Options,
                Token
            ),
            _ => await TradeParquet.ReadFromAsync(stream, name, cancellationToken: Token),
        };
    }

    /// <summary>Progress as it is reported, synchronously (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class Collector(List<ReadProgress> reports) : IProgress<ReadProgress>
    {
        public void Report(ReadProgress value) => reports.Add(value);
    }
}
