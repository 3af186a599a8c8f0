using TradeModel.Data.Sdmx;

namespace TradeModel.Data.Tests.Reliability;

/// <summary>A record longer than the CSV reader's buffer is refused at its own line, saying so, whichever line it is.</summary>
public sealed class LongRecordTests
{
    private const string Header =
        "DATAFLOW,REF_AREA,COUNTERPART_AREA,ACCOUNTING_ENTRY,INT_ACC_ITEM,TIME_PERIOD,OBS_VALUE,CURRENCY\n";

    private const string Row = "TM:X,CN,W1,C,S,2024,1,CNY\n";

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void A_record_longer_than_the_buffer_is_refused_at_its_line(int line)
    {
        var rows = Enumerable.Repeat(Row, line - 2).ToList();
        var huge = "TM:X,CN,W1,C,S,2024," + new string('1', 3_000_000) + ",CNY\n";
        var csv = Header + string.Concat(rows) + huge + Row;

        var error = Assert.Throws<DataFormatException>(() =>
            SdmxCsv.ReadFrom(
                Fixture.Text(csv),
                "long.csv",
                new SdmxReadOptions { Errors = ErrorMode.Collect },
                TestContext.Current.CancellationToken
            )
        );

        Assert.Equal(line, error.Error.Line);
        Assert.Contains("longer than", error.Error.Reason, StringComparison.Ordinal);
    }
}
