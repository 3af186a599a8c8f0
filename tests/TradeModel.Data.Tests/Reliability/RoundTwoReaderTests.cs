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
    [InlineData("B", "Time series break")]
    [InlineData("U", "Low reliability")]
    public void An_SDMX_qualifier_is_read_and_kept_as_the_flow_s_flag_never_lost(
        string code,
        string meaning
    )
    {
        var csv =
            "DATAFLOW,REF_AREA,COUNTERPART_AREA,ACCOUNTING_ENTRY,INT_ACC_ITEM,TIME_PERIOD,OBS_VALUE,CURRENCY,OBS_STATUS\n"
            + "TM:X,CN,W1,C,S,2023,1,CNY,A\n"
            + $"TM:X,CN,W1,C,S,2024,2,CNY,{code}\n";

        var result = SdmxCsv.ReadFrom(
            Fixture.Text(csv),
            "status.csv",
            cancellationToken: TestContext.Current.CancellationToken
        );

        Assert.Equal(2, result.Flows.Count);
        Assert.Equal(ObservationStatus.Normal, result.Flows.ElementAt(1).Status);
        Assert.Equal(new FlowFlag(1, "OBS_STATUS", code, meaning), Assert.Single(result.Flags));
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
