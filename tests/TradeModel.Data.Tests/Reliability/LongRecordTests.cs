using TradeModel.Data.Sdmx;

namespace TradeModel.Data.Tests.Reliability;

/// <summary>A record longer than the CSV reader's buffer is refused at its own line, saying so, whichever line it is.</summary>
public sealed class LongRecordTests
{
    private const string Header =
        "DATAFLOW,REF_AREA,COUNTERPART_AREA,ACCOUNTING_ENTRY,INT_ACC_ITEM,TIME_PERIOD,OBS_VALUE,CURRENCY\n";

    private const string Row = "TM:X,CN,W1,C,S,2024,1,CNY\n";

    [Theory]
    [InlineData(1, true)]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(3, false)]
    [InlineData(5, false)]
    public void A_record_longer_than_the_buffer_is_refused_at_its_line_on_any_stream(
        int line,
        bool seekable
    )
    {
        var csv =
            line == 1
                ? Header.TrimEnd('\n') + new string('X', 3_000_000) + "\n" + Row
                : Header
                    + string.Concat(Enumerable.Repeat(Row, line - 2))
                    + "TM:X,CN,W1,C,S,2024,"
                    + new string('1', 3_000_000)
                    + ",CNY\n"
                    + Row;
        Stream stream = seekable ? Fixture.Text(csv) : new ForwardOnlyStream(Fixture.Text(csv));

        var error = Assert.Throws<DataFormatException>(() =>
            SdmxCsv.ReadFrom(
                stream,
                "long.csv",
                new SdmxReadOptions { Errors = ErrorMode.Collect },
                TestContext.Current.CancellationToken
            )
        );

        Assert.Equal(line, error.Error.Line);
        Assert.Contains("longer than", error.Error.Reason, StringComparison.Ordinal);
    }

    /// <summary>A stream that can only be read forward, as a network response or a pipe.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) =>
            inner.Read(buffer, offset, count);

        public override void Flush() { }

        public override long Seek(long offset, SeekOrigin origin) =>
            throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) =>
            throw new NotSupportedException();
    }
}
