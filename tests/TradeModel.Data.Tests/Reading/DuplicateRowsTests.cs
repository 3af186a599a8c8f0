using TradeModel.Data.Baci;
using TradeModel.Data.Comtrade;
using TradeModel.Data.Mapped;
using TradeModel.Data.Parquet;
using TradeModel.Data.Sdmx;

namespace TradeModel.Data.Tests.Reading;

/// <summary>
/// A row that repeats an earlier row's flow (the same reporter, partner, direction, category and period) is a second
/// flow by default, as the file says; with <see cref="DuplicateRows.Refuse"/> it is an error naming the line it repeats.
/// </summary>
public sealed class DuplicateRowsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<string> CsvFormats() => ["BACI", "Comtrade", "SDMX-CSV", "Mapped"];

    [Theory]
    [MemberData(nameof(CsvFormats))]
    public void A_repeated_row_is_a_second_flow_unless_repeats_are_refused(string format)
    {
        var (text, rows) = WithFirstRowRepeated(format);

        var kept = Read(format, text, DuplicateRows.Keep, ErrorMode.Strict);
        var error = Assert.Throws<DataFormatException>(() =>
            Read(format, text, DuplicateRows.Refuse, ErrorMode.Strict)
        );

        Assert.Equal(rows + 1, kept.Report.Accepted);
        Assert.Equal(rows + 2, error.Error.Line);
        Assert.Contains("repeats the flow of line 2", error.Error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CsvFormats))]
    public void In_collect_mode_the_first_row_is_kept_and_the_repeat_reported(string format)
    {
        var (text, rows) = WithFirstRowRepeated(format);

        var result = Read(format, text, DuplicateRows.Refuse, ErrorMode.Collect);

        Assert.Equal((long)rows, result.Report.Accepted);
        Assert.Equal(rows + 2, Assert.Single(result.Report.Errors).Line);
        Assert.Equal(
            Read(format, Original(format), DuplicateRows.Keep, ErrorMode.Strict).Flows.Count,
            result.Flows.Count
        );
    }

    [Fact]
    public async Task A_Parquet_row_that_repeats_a_flow_is_refused_by_its_row_number()
    {
        var flows = BaciFile
            .Read(Fixture.Path("Baci/BACI_HS22_Y2024_V202501.csv"), cancellationToken: Token)
            .Flows;
        var twice = new Flows.TradeFlowCollection(flows.Classification, flows.Currency);
        twice.AddRange(flows);
        twice.Add(flows.First());
        using var file = new MemoryStream();
        await TradeParquet.WriteAsync(twice, file, Token);
        file.Position = 0;

        var error = await Assert.ThrowsAsync<DataFormatException>(() =>
            TradeParquet.ReadFromAsync(
                file,
                "twice.parquet",
                new ParquetReadOptions { Duplicates = DuplicateRows.Refuse },
                Token
            )
        );

        Assert.Equal(twice.Count, error.Error.Line);
        Assert.Contains("repeats the flow of line 1", error.Error.Reason, StringComparison.Ordinal);
    }

    private static string Original(string format) =>
        File.ReadAllText(
            Fixture.Path(
                format switch
                {
                    "BACI" => "Baci/BACI_HS22_Y2024_V202501.csv",
                    "Comtrade" => "Comtrade/comtrade-2024.csv",
                    "SDMX-CSV" => "Sdmx/bop-services-cn.csv",
                    _ => "mapped-exports.csv",
                }
            )
        );

    /// <summary>The fixture with its first data row written again at the end, and its count of rows before.</summary>
    private static (string Text, int Rows) WithFirstRowRepeated(string format)
    {
        var lines = Original(format)
            .Split('\n')
            .Select(l => l.TrimEnd('\r'))
            .Where(l => l.Length > 0)
            .ToList();
        return (string.Join('\n', lines.Append(lines[1])) + "\n", lines.Count - 1);
    }

    private static ReadResult Read(
        string format,
        string text,
        DuplicateRows duplicates,
        ErrorMode errors
    ) =>
        format switch
        {
            "BACI" => BaciFile.ReadFrom(
                Fixture.Text(text),
                "repeat.csv",
                new BaciReadOptions { Duplicates = duplicates, Errors = errors },
                Token
            ),
            "Comtrade" => ComtradeFile.ReadFrom(
                Fixture.Text(text),
                "repeat.csv",
                new ComtradeReadOptions { Duplicates = duplicates, Errors = errors },
                Token
            ),
            "SDMX-CSV" => SdmxCsv.ReadFrom(
                Fixture.Text(text),
                "repeat.csv",
                new SdmxReadOptions { Duplicates = duplicates, Errors = errors },
                Token
            ),
            _ => MappedCsv.ReadFrom(
                Fixture.Text(text),
                "repeat.csv",
                Mapped.MappedCsvTests.Options with
                {
                    Duplicates = duplicates,
                    Errors = errors,
                },
                Token
            ),
        };
}
