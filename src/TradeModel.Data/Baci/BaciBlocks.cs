using System.Buffers;
using System.Collections.Concurrent;
using TradeModel.Data.Internal;

namespace TradeModel.Data.Baci;

/// <summary>
/// BACI rows read in blocks of lines: each block split and parsed on a thread of its own (<see cref="Parse(LineBlock)"/>), then
/// applied to the collection in the source's order (<see cref="Apply"/>), so that flows, errors and the report are
/// those of a read line by line.
/// </summary>
internal sealed class BaciBlocks : IBlockParser<BaciBlocks.Parsed>
{
    private readonly BaciRows rows;
    private readonly ReadOptions options;
    private readonly CancellationToken cancellation;
    private readonly long? totalBytes;
    private readonly string[] header;

    // The last progress report (rows −1 before the first).
    private ReadProgress reported = new(-1, 0, null);

    /// <summary>The column of each of <see cref="BaciRowParser.Fields"/>.</summary>
    private readonly int[] columns;

    /// <summary>A parser for each thread that parses at a time: their caches are their own.</summary>
    private readonly ConcurrentBag<BaciRowParser> parsers = [];

    /// <summary>The read's own buffers, so that none outlives it.</summary>
    private readonly ArrayPool<char> texts = ArrayPool<char>.Create();
    private readonly ArrayPool<BaciRow> parsedRows = ArrayPool<BaciRow>.Create();

    internal BaciBlocks(
        string[] header,
        BaciRowParser parser,
        BaciRows rows,
        ReadOptions options,
        long? totalBytes,
        CancellationToken cancellation
    )
    {
        this.header = header;
        this.rows = rows;
        this.options = options;
        this.totalBytes = totalBytes;
        this.cancellation = cancellation;
        columns =
        [
            .. BaciRowParser.Fields.Select(field =>
                CsvSource.ColumnIn(header, field, rows.Report.Source)
            ),
        ];
        parsers.Add(parser);
    }

    /// <summary>The last line applied: the header's (1) at first.</summary>
    internal long LinesBefore { get; private set; } = 1;

    /// <summary>The offset just past the last block applied.</summary>
    internal long BytesBefore { get; private set; }

    /// <summary>A block's rows as parsed: good rows and errors in order, lines counted from the block's start.</summary>
    internal sealed class Parsed
    {
        internal BaciRow[] Rows = [];
        internal int Count;
        internal int Lines;
        internal List<decimal>? Dollars;
        internal List<RowError>? Errors;

        /// <summary>Whether the block is not plain CSV (a quote, a lone carriage return) and must be read by the CSV reader.</summary>
        internal bool NotPlain;
    }

    public Parsed Parse(LineBlock block)
    {
        var bytes = block.Bytes;
        if (!CsvLines.IsPlain(bytes))
        {
            return new Parsed { NotPlain = true };
        }
        if (!parsers.TryTake(out var parser))
        {
            parser = new BaciRowParser(rows.Flows.Classification);
        }
        var chars = CsvLines.Decode(bytes, texts, out var length);
        try
        {
            return Parse(chars.AsSpan(0, length), parser);
        }
        finally
        {
            texts.Return(chars);
            parsers.Add(parser);
        }
    }

    private Parsed Parse(ReadOnlySpan<char> text, BaciRowParser parser)
    {
        // A BACI line has at least 12 characters (2024,4,8,10121,1,); a guess that is short grows.
        var parsed = new Parsed { Rows = parsedRows.Rent(text.Length / 24 + 16) };
        Span<Range> fields = stackalloc Range[header.Length];
        var lines = new CsvLineSplitter(text);
        while (lines.TryNextLine(fields, out var line, out var count))
        {
            parsed.Lines++;
            if (count == 1 && line.Trim().IsEmpty)
            {
                continue;
            }
            if (parsed.Count == parsed.Rows.Length)
            {
                Grow(parsed);
            }
            ref var row = ref parsed.Rows[parsed.Count++];
            if (count != header.Length)
            {
                var column = Math.Min(count, header.Length);
                Error(
                    parsed,
                    ref row,
                    column,
                    column < count ? line[FieldAt(line, column)] : [],
                    CsvSource.FieldCountReason(count, header.Length)
                );
                continue;
            }
            var failed = parser.Parse(
                line[fields[columns[0]]],
                line[fields[columns[1]]],
                line[fields[columns[2]]],
                line[fields[columns[3]]],
                line[fields[columns[4]]],
                line[fields[columns[5]]],
                out row,
                out var dollars,
                out var reason
            );
            if (failed >= 0)
            {
                var column = columns[failed];
                Error(parsed, ref row, column, line[fields[column]], reason!);
                continue;
            }
            row.Line = parsed.Lines;
            if (row.Scale == BaciRow.DecimalScale)
            {
                row.Units = (parsed.Dollars ??= []).Count;
                parsed.Dollars.Add(dollars);
            }
        }
        return parsed;

        void Error(
            Parsed parsed,
            ref BaciRow row,
            int column,
            ReadOnlySpan<char> text,
            string reason
        )
        {
            // The line is made whole when the block is applied.
            row = new BaciRow
            {
                Line = parsed.Lines,
                Scale = BaciRow.ErrorScale,
                Units = (parsed.Errors ??= []).Count,
            };
            parsed.Errors.Add(
                new RowError(
                    rows.Report.Source,
                    parsed.Lines,
                    column + 1,
                    column < header.Length ? header[column] : "",
                    text.ToString(),
                    reason
                )
            );
        }
    }

    /// <summary>The range of a line's field at <paramref name="index"/>, which it has.</summary>
    private static Range FieldAt(ReadOnlySpan<char> line, int index)
    {
        Span<Range> fields = stackalloc Range[index + 1];
        CsvLines.Split(line, fields);
        return fields[index];
    }

    private void Grow(Parsed parsed)
    {
        var larger = parsedRows.Rent(parsed.Rows.Length * 2);
        parsed.Rows.AsSpan(0, parsed.Count).CopyTo(larger);
        parsedRows.Return(parsed.Rows);
        parsed.Rows = larger;
    }

    public bool Apply(LineBlock block, Parsed parsed)
    {
        if (parsed.NotPlain)
        {
            return false;
        }
        var report = rows.Report;
        var every = options.ProgressEvery;
        var blockStart = block.EndOffset - block.Length;
        var applied = parsed.Rows.AsSpan(0, parsed.Count);
        for (var i = 0; i < applied.Length; i++)
        {
            ref var row = ref applied[i];
            row.Line += LinesBefore;
            if (row.Scale == BaciRow.ErrorScale)
            {
                rows.Reject(parsed.Errors![(int)row.Units] with { Line = row.Line });
            }
            else
            {
                rows.Add(
                    row,
                    row.Scale == BaciRow.DecimalScale ? parsed.Dollars![(int)row.Units] : 0m
                );
            }
            if (report.RowsRead % every == 0)
            {
                cancellation.ThrowIfCancellationRequested();
                // The bytes of the block's rows so far, as a share of its rows: a small file, one block, does not
                // report all its bytes read at its first row.
                Report(
                    new ReadProgress(
                        report.RowsRead,
                        blockStart + ((long)block.Length * (i + 1) / applied.Length),
                        totalBytes
                    )
                );
            }
        }
        LinesBefore += parsed.Lines;
        BytesBefore = block.EndOffset;
        return true;
    }

    /// <summary>The last progress report, after the last row.</summary>
    internal void Finish()
    {
        cancellation.ThrowIfCancellationRequested();
        Report(new ReadProgress(rows.Report.RowsRead, BytesBefore, totalBytes));
    }

    /// <summary>Reports how far the read has come, unless the last report said just that.</summary>
    private void Report(ReadProgress now)
    {
        if (now != reported)
        {
            reported = now;
            options.Progress?.Report(now);
        }
    }

    public void Release(Parsed parsed)
    {
        if (parsed.Rows.Length > 0)
        {
            parsedRows.Return(parsed.Rows);
            parsed.Rows = [];
        }
    }
}
