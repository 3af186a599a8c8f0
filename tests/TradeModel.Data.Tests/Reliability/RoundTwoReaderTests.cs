using TradeModel.Data.Baci;
using TradeModel.Data.Comtrade;
using TradeModel.Data.Mapped;
using TradeModel.Data.Sdmx;
using TradeModel.Flows;

namespace TradeModel.Data.Tests.Reliability;

/// <summary>
/// The readers' defects of the second outside hostile-input run (SDMX-JSON's have their own suite), each failing on
/// the code before its fix.
/// </summary>
public sealed class RoundTwoReaderTests
{
    public static TheoryData<string> CsvReaders() => ["BACI", "Comtrade", "SDMX-CSV", "Mapped"];

    [Theory]
    [MemberData(nameof(CsvReaders))]
    public void A_read_with_a_cancelled_token_reads_nothing(string reader)
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        using var source = new UnreadableStream();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            _ = reader switch
            {
                "BACI" => BaciFile.ReadFrom(source, "x.csv", cancellationToken: cancelled.Token),
                "Comtrade" => ComtradeFile.ReadFrom(
                    source,
                    "x.csv",
                    cancellationToken: cancelled.Token
                ),
                "SDMX-CSV" => SdmxCsv.ReadFrom(source, "x.csv", cancellationToken: cancelled.Token),
                _ => MappedCsv.ReadFrom(
                    source,
                    "x.csv",
                    Mapped.MappedCsvTests.Options,
                    cancelled.Token
                ),
            }
        );
    }

    [Theory]
    [InlineData("Q", ObservationStatus.Confidential)]
    [InlineData("O", ObservationStatus.Missing)]
    [InlineData("H", ObservationStatus.Missing)]
    public void An_SDMX_status_for_a_suppressed_or_absent_value_is_read_as_such(
        string code,
        ObservationStatus expected
    )
    {
        var csv =
            "DATAFLOW,REF_AREA,COUNTERPART_AREA,ACCOUNTING_ENTRY,INT_ACC_ITEM,TIME_PERIOD,OBS_VALUE,CURRENCY,OBS_STATUS\n"
            + $"TM:X,CN,W1,C,S,2024,,CNY,{code}\n";

        var flow = SdmxCsv
            .ReadFrom(
                Fixture.Text(csv),
                "status.csv",
                cancellationToken: TestContext.Current.CancellationToken
            )
            .Flows.Single();

        Assert.Equal(expected, flow.Status);
        Assert.Null(flow.Value);
    }

    [Theory]
    [InlineData("B")]
    [InlineData("U")]
    public void An_SDMX_qualifier_the_model_has_no_status_for_is_refused_not_read_as_normal(
        string code
    )
    {
        var csv =
            "DATAFLOW,REF_AREA,COUNTERPART_AREA,ACCOUNTING_ENTRY,INT_ACC_ITEM,TIME_PERIOD,OBS_VALUE,CURRENCY,OBS_STATUS\n"
            + $"TM:X,CN,W1,C,S,2024,1,CNY,{code}\n";

        var error = Assert.Throws<DataFormatException>(() =>
            SdmxCsv.ReadFrom(
                Fixture.Text(csv),
                "status.csv",
                cancellationToken: TestContext.Current.CancellationToken
            )
        );

        Assert.Equal("OBS_STATUS", error.Error.ColumnName);
    }

    /// <summary>A source that fails if anything reads it.</summary>
    private sealed class UnreadableStream : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) =>
            throw new IOException("The source was read.");

        public override int Read(Span<byte> buffer) =>
            throw new IOException("The source was read.");
    }
}
