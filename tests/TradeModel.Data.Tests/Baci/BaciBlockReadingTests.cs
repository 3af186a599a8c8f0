using System.Globalization;
using System.Text;
using TradeModel.Classifications;
using TradeModel.Data.Baci;
using TradeModel.Data.Internal;

namespace TradeModel.Data.Tests.Baci;

/// <summary>
/// A BACI source is read in blocks of lines, parsed on every core and applied in order. These specifications hold it
/// to the read line by line by the CSV reader: the same flows in the same order, the same errors at the same lines and
/// columns, the same report, wherever the blocks end.
/// </summary>
public sealed class BaciBlockReadingTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static readonly Classification Hs = HarmonizedSystem2022.Classification;

    [Theory]
    [InlineData(64, false, false)]
    [InlineData(97, true, false)]
    [InlineData(512, false, true)]
    [InlineData(4096, true, true)]
    [InlineData(BaciFile.BlockBytes, false, false)]
    public async Task Rows_read_in_blocks_give_the_flows_errors_and_report_of_a_read_line_by_line(
        int blockBytes,
        bool crlf,
        bool byteOrderMark
    )
    {
        var text = Source(seed: blockBytes, rows: 3_000, crlf);
        var options = new BaciReadOptions
        {
            Errors = ErrorMode.Collect,
            Duplicates = DuplicateRows.Refuse,
        };

        var expected = LineByLine(Bytes(text, byteOrderMark), options);
        var read = await InBlocks(
            Bytes(text, byteOrderMark),
            options,
            blockBytes,
            synchronous: false
        );
        var readSynchronously = await InBlocks(
            Bytes(text, byteOrderMark),
            options,
            blockBytes,
            synchronous: true
        );

        Assert.True(expected.Report.Rejected > 100, "the source has errors of every kind");
        AssertSame(expected, read);
        AssertSame(expected, readSynchronously);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Any_number_of_threads_gives_the_flows_and_report_of_every_core(int threads)
    {
        var text = Source(seed: 12, rows: 2_000, crlf: false);
        var everyCore = new BaciReadOptions { Errors = ErrorMode.Collect };

        var expected = await InBlocks(Bytes(text, false), everyCore, 200, synchronous: true);
        var read = await InBlocks(
            Bytes(text, false),
            everyCore with
            {
                MaxDegreeOfParallelism = threads,
            },
            200,
            synchronous: false
        );

        AssertSame(expected, read);
        AssertSame(LineByLine(Bytes(text, false), everyCore), read);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void A_thread_count_of_zero_or_below_minus_one_is_refused(int threads)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new BaciReadOptions { MaxDegreeOfParallelism = threads }
        );

        Assert.Equal(nameof(BaciReadOptions.MaxDegreeOfParallelism), error.ParamName);
    }

    [Fact]
    public async Task A_stream_that_gives_a_few_bytes_at_a_time_reads_as_a_whole_one()
    {
        var text = Source(seed: 3, rows: 500, crlf: false);
        var options = new BaciReadOptions { Errors = ErrorMode.Collect };

        var expected = LineByLine(Bytes(text, false), options);
        using var trickle = new TrickleStream(Bytes(text, false), 7);
        var read = await BaciFile.ReadRowsAsync(trickle, "BACI.csv", options, 256, true, Token);

        AssertSame(expected, read);
    }

    [Fact]
    public async Task A_quoted_field_part_way_through_hands_the_rest_to_the_CSV_reader_with_its_lines_right()
    {
        var lines = Source(seed: 5, rows: 1_000, crlf: false).Split('\n');
        // Line 700 quotes its year: from its block on, the CSV reader splits the records, and counts on from there.
        var quoted = 699;
        lines[quoted] = "\"" + lines[quoted][..4] + "\"" + lines[quoted][4..];
        var text = string.Join('\n', lines);
        var options = new BaciReadOptions { Errors = ErrorMode.Collect };

        var expected = LineByLine(Bytes(text, false), options);
        var read = await InBlocks(Bytes(text, false), options, 200, synchronous: true);

        Assert.Contains(expected.Report.Errors, e => e.Line > quoted + 1);
        AssertSame(expected, read);
    }

    [Fact]
    public async Task A_line_longer_than_a_block_hands_the_rest_to_the_CSV_reader()
    {
        var lines = Source(seed: 6, rows: 300, crlf: false).Split('\n');
        lines[150] += new string(' ', 300);
        var text = string.Join('\n', lines);
        var options = new BaciReadOptions { Errors = ErrorMode.Collect };

        var expected = LineByLine(Bytes(text, false), options);
        var read = await InBlocks(Bytes(text, false), options, 128, synchronous: true);

        AssertSame(expected, read);
    }

    [Fact]
    public async Task A_UTF16_source_is_read_by_the_CSV_reader_from_its_start()
    {
        var text = Source(seed: 7, rows: 200, crlf: true);
        var bytes = Encoding
            .Unicode.GetPreamble()
            .Concat(Encoding.Unicode.GetBytes(text))
            .ToArray();
        var options = new BaciReadOptions { Errors = ErrorMode.Collect };

        var read = await InBlocks(bytes, options, 128, synchronous: false);

        AssertSame(LineByLine(Bytes(text, false), options), read);
    }

    [Fact]
    public async Task In_strict_mode_the_error_thrown_is_the_first_bad_row_of_the_source()
    {
        var text = Source(seed: 8, rows: 2_000, crlf: false);
        var options = new BaciReadOptions();

        var expected = Assert.Throws<DataFormatException>(() =>
            LineByLine(Bytes(text, false), options)
        );
        var thrown = await Assert.ThrowsAsync<DataFormatException>(() =>
            InBlocks(Bytes(text, false), options, 128, synchronous: false)
        );

        Assert.Equal(expected.Error, thrown.Error);
    }

    [Fact]
    public async Task Progress_in_blocks_counts_rows_and_bytes_forward_to_the_whole_source()
    {
        var text = Source(seed: 9, rows: 1_000, crlf: false);
        var bytes = Bytes(text, false);
        var reports = new List<ReadProgress>();
        var options = new BaciReadOptions
        {
            Errors = ErrorMode.Collect,
            Progress = new SyncProgress(reports),
            ProgressEvery = 10,
        };

        var read = await InBlocks(bytes, options, 300, synchronous: true);

        Assert.True(reports.Count >= read.Report.RowsRead / 10);
        Assert.Equal(read.Report.RowsRead, reports[^1].Rows);
        Assert.Equal(bytes.Length, reports[^1].Bytes);
        Assert.All(
            reports.Zip(reports.Skip(1)),
            pair =>
                Assert.True(
                    pair.First.Rows <= pair.Second.Rows && pair.First.Bytes <= pair.Second.Bytes
                )
        );
    }

    [Fact]
    public async Task A_file_of_one_block_reports_its_fraction_growing_with_its_rows_not_whole_at_the_first()
    {
        var bytes = Bytes(Source(seed: 10, rows: 361, crlf: false), false);
        var reports = new List<ReadProgress>();
        var options = new BaciReadOptions
        {
            Errors = ErrorMode.Collect,
            Progress = new SyncProgress(reports),
            ProgressEvery = 10,
        };

        await InBlocks(bytes, options, BaciFile.BlockBytes, synchronous: true);

        Assert.True(reports[0].Fraction < 0.1, $"the first report says {reports[0].Fraction:P0}");
        Assert.True(
            reports[^2].Fraction is > 0.9 and < 1.0,
            $"the last but one says {reports[^2].Fraction:P0}"
        );
        Assert.Equal(1.0, reports[^1].Fraction);
    }

    /// <summary>
    /// A BACI source with every kind of row: good ones with values of every form and quantities or none, the same flow
    /// twice, blank and white lines, and each kind of bad field, record and code.
    /// </summary>
    private static string Source(int seed, int rows, bool crlf)
    {
        var random = new Random(seed);
        var products = Hs
            .Categories.Where(c => c.Code.Length == 6 && char.IsAsciiDigit(c.Code[0]))
            .Select(c => c.Code)
            .Take(400)
            .ToArray();
        int[] economies = [156, 842, 490, 276, 4, 699, 251, 36, 392];
        var end = crlf ? "\r\n" : "\n";
        var text = new StringBuilder("t,i,j,k,v,q").Append(end);
        var invariant = CultureInfo.InvariantCulture;
        for (var n = 0; n < rows; n++)
        {
            var year = 2020 + random.Next(3);
            var exporter = economies[random.Next(economies.Length)];
            var importer = economies[random.Next(economies.Length)];
            var product = products[random.Next(products.Length)];
            if (product[0] == '0' && random.Next(4) == 0)
            {
                product = product[1..];
            }
            var value = random.Next(5) switch
            {
                0 => random.Next(1, 1000).ToString(invariant),
                1 => (random.Next(1, 100_000) / 10m).ToString(invariant),
                2 => "79228162514264337593543950.335",
                _ => (random.Next(1, 10_000_000) / 1000m).ToString("0.000", invariant),
            };
            var quantity = random.Next(4) switch
            {
                0 => "NA",
                1 => "",
                _ => (random.Next(1, 1_000_000) / 1000.0).ToString("R", invariant),
            };
            var line = string.Create(
                invariant,
                $"{year},{exporter},{importer},{product},{value},{quantity}"
            );
            line = random.Next(40) switch
            {
                0 => "x" + line,
                1 => line.Replace($",{exporter},", ",999,", StringComparison.Ordinal),
                2 => line.Replace($",{product},", ",999999,", StringComparison.Ordinal),
                3 => line.Replace($",{value},", ",-5,", StringComparison.Ordinal),
                4 => line[..line.LastIndexOf(',')] + ",lots",
                5 => line[..line.LastIndexOf(',')],
                6 => line + ",extra",
                7 => "",
                8 => "   ",
                9 => line.Replace($",{value},", ",1e3,", StringComparison.Ordinal),
                _ => line,
            };
            text.Append(line).Append(end);
            if (random.Next(50) == 0)
            {
                text.Append(line).Append(end);
            }
        }
        return text.ToString();
    }

    private static byte[] Bytes(string text, bool byteOrderMark) =>
        byteOrderMark
            ? [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]
            : Encoding.UTF8.GetBytes(text);

    /// <summary>The reference: the CSV reader, one record at a time.</summary>
    private static ReadResult LineByLine(byte[] bytes, BaciReadOptions options)
    {
        using var stream = new MemoryStream(bytes);
        return CsvSource.ReadAll(
            stream,
            "BACI.csv",
            options,
            csv => new BaciCsvRows(
                csv,
                new BaciRowParser(Hs),
                new BaciRows(Hs, options, csv.Report, 16)
            ),
            ',',
            Token
        );
    }

    private static async Task<ReadResult> InBlocks(
        byte[] bytes,
        BaciReadOptions options,
        int blockBytes,
        bool synchronous
    )
    {
        using var stream = new MemoryStream(bytes);
        return await BaciFile.ReadRowsAsync(
            stream,
            "BACI.csv",
            options,
            blockBytes,
            synchronous,
            Token
        );
    }

    private static void AssertSame(ReadResult expected, ReadResult actual)
    {
        Assert.Equal(Fixture.Rows(expected.Flows), Fixture.Rows(actual.Flows));
        Assert.Equal(expected.Report.Accepted, actual.Report.Accepted);
        Assert.Equal(expected.Report.Rejected, actual.Report.Rejected);
        Assert.Equal(expected.Report.Errors, actual.Report.Errors);
        Assert.Equal(expected.Report.Notes, actual.Report.Notes);
        Assert.Equal(expected.CodesAsWritten, actual.CodesAsWritten);
    }

    /// <summary>A stream that gives at most a few bytes a read, as a network or zip stream may.</summary>
    private sealed class TrickleStream(byte[] bytes, int most) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override int Read(byte[] buffer, int offset, int count) =>
            base.Read(buffer, offset, Math.Min(count, most));

        public override int Read(Span<byte> buffer) =>
            base.Read(buffer[..Math.Min(buffer.Length, most)]);
    }

    /// <summary>Progress that records reports as they happen (Progress&lt;T&gt; posts them later).</summary>
    private sealed class SyncProgress(List<ReadProgress> reports) : IProgress<ReadProgress>
    {
        public void Report(ReadProgress value) => reports.Add(value);
    }
}
