using System.Globalization;
using System.Text;
using Sylvan.Data.Csv;

namespace TradeModel.Data.Internal;

/// <summary>
/// One CSV source read with Sylvan.Data.Csv: columns found by header name (ignoring case), line numbers, progress,
/// cancellation, and the errors and reports every reader shares. Reading keeps only the current record, never the
/// whole text.
/// </summary>
internal sealed class CsvSource : ITableSource, IDisposable
{
    private readonly CountingStream stream;
    private readonly StreamReader text;
    private readonly ReadOptions options;
    private readonly CancellationToken cancellation;
    private readonly string[] header;

    private CsvSource(
        CountingStream stream,
        StreamReader text,
        CsvDataReader reader,
        string source,
        ReadOptions options,
        CancellationToken cancellation,
        Continuation? from = null
    )
    {
        this.stream = stream;
        this.text = text;
        this.options = options;
        this.cancellation = cancellation;
        Reader = reader;
        Report = from?.Report ?? new ReadReport(source, options.MaxErrorsKept);
        header = from?.Header ?? [.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetName)];
        Line = from?.LinesBefore ?? 1;
        bytesBefore = from?.BytesBefore ?? 0;
        totalBytes = from is null ? stream.TotalBytes : from.TotalBytes;
        if (header.Length == 0 || (header.Length == 1 && header[0].Length == 0))
        {
            throw new DataFormatException(
                new RowError(source, 1, 1, "", "", "is not a header: the source is empty.")
            );
        }
    }

    private readonly long bytesBefore;
    private readonly long? totalBytes;

    // The last progress report (rows −1 before the first).
    private ReadProgress reported = new(-1, 0, null);

    /// <summary>
    /// Where a source read in part by another reader goes on: its header, its report, the lines and bytes before the
    /// rest, and the whole source's length.
    /// </summary>
    internal sealed record Continuation(
        string[] Header,
        ReadReport Report,
        long LinesBefore,
        long BytesBefore,
        long? TotalBytes
    );

    public CsvDataReader Reader { get; }

    public ReadReport Report { get; }

    public string Source => Report.Source;

    /// <summary>The current record's line: the header is line 1.</summary>
    public long Line { get; private set; } = 1;

    public bool Collecting => options.Errors == ErrorMode.Collect;

    /// <summary>A capacity for the rows of this source: its length over a typical row's bytes, so that columns are not regrown.</summary>
    public int EstimatedRows(int bytesPerRow) =>
        totalBytes is { } total ? (int)Math.Clamp(total / bytesPerRow, 1024, 1L << 28) : 1024;

    public static CsvSource Open(
        Stream source,
        string name,
        ReadOptions? options,
        bool leaveOpen,
        CancellationToken cancellation,
        char delimiter = ','
    ) =>
        OpenAsync(source, name, options, leaveOpen, cancellation, delimiter, synchronous: true)
            .GetAwaiter()
            .GetResult();

    /// <summary>
    /// Opens a source and reads its header. With <paramref name="synchronous"/>, the header is read with the
    /// reader's synchronous API and the task has completed when it returns.
    /// </summary>
    public static async Task<CsvSource> OpenAsync(
        Stream source,
        string name,
        ReadOptions? options,
        bool leaveOpen,
        CancellationToken cancellation,
        char delimiter = ',',
        bool synchronous = false,
        Continuation? from = null
    )
    {
        ArgumentNullException.ThrowIfNull(source);
        var counting = new CountingStream(source, leaveOpen);
        var text = new StreamReader(
            counting,
            Encoding.UTF8,
            detectEncodingFromByteOrderMarks: true
        );
        CsvDataReader reader;
        try
        {
            var readerOptions = ReaderOptions(delimiter, hasHeaders: from is null);
            reader = synchronous
                ? CsvDataReader.Create(text, readerOptions)
                : await CsvDataReader
                    .CreateAsync(text, readerOptions, cancellation)
                    .ConfigureAwait(false);
        }
        catch (CsvFormatException e)
        {
            var error = HeaderError(e, name, counting);
            text.Dispose();
            throw error;
        }
        return new CsvSource(
            counting,
            text,
            reader,
            name,
            options ?? new ReadOptions(),
            cancellation,
            from
        );
    }

    /// <summary>Why a source's header could not be read, as a data format error.</summary>
    private static DataFormatException HeaderError(
        CsvFormatException e,
        string name,
        CountingStream source
    ) =>
        e switch
        {
            CsvMissingHeadersException => Empty(name),
            // Opening reads ahead past the header: the record too long is the header or the first data row, told apart
            // by where the first line ends (a line of at most that many bytes has at most that many characters).
            CsvRecordTooLargeException => TooLong(
                name,
                source.FirstLineEnd is >= 0 and < MaxRecordChars ? 2 : 1,
                e.RowNumber
            ),
            _ => new DataFormatException(
                new RowError(
                    name,
                    1,
                    Math.Max(e.FieldOrdinal, 0) + 1,
                    "",
                    "",
                    $"is a header that cannot be split into fields ({e.Message})."
                )
            ),
        };

    /// <summary>
    /// Reads a whole source: opens it, makes the format's row reader from its header, feeds it every record, and
    /// returns what the row reader made of them.
    /// </summary>
    public static ReadResult ReadAll(
        Stream source,
        string name,
        ReadOptions options,
        Func<CsvSource, IRowReader> rows,
        char delimiter,
        CancellationToken cancellation
    ) =>
        ReadAllAsync(source, name, options, rows, delimiter, cancellation, synchronous: true)
            .GetAwaiter()
            .GetResult();

    /// <inheritdoc cref="ReadAll"/>
    /// <param name="source">The source, left open.</param>
    /// <param name="name">The name errors give the source.</param>
    /// <param name="options">Errors and progress.</param>
    /// <param name="rows">The format's row reader, made from the source's header.</param>
    /// <param name="delimiter">The field delimiter.</param>
    /// <param name="cancellation">Cancels the read.</param>
    /// <param name="synchronous">Whether to read with the synchronous API (the task has then completed).</param>
    /// <param name="from">Where the source goes on when another reader read its start (its header is then not in the stream).</param>
    public static async Task<ReadResult> ReadAllAsync(
        Stream source,
        string name,
        ReadOptions options,
        Func<CsvSource, IRowReader> rows,
        char delimiter,
        CancellationToken cancellation,
        bool synchronous = false,
        Continuation? from = null
    )
    {
        cancellation.ThrowIfCancellationRequested();
        using var csv = await OpenAsync(
                source,
                name,
                options,
                leaveOpen: true,
                cancellation,
                delimiter,
                synchronous,
                from
            )
            .ConfigureAwait(false);
        var reader = rows(csv);
        while (synchronous ? csv.Read() : await csv.ReadAsync().ConfigureAwait(false))
        {
            reader.ReadRow();
        }
        return reader.Result();
    }

    private static DataFormatException Empty(string name) =>
        new(new RowError(name, 1, 1, "", "", "is not a header: the source is empty."));

    /// <summary>The longest record read: 1 MiB of characters, far beyond any row of a trade file.</summary>
    private const int MaxRecordChars = 1 << 20;

    private static CsvDataReaderOptions ReaderOptions(char delimiter, bool hasHeaders) =>
        new()
        {
            MaxBufferSize = MaxRecordChars,
            HasHeaders = hasHeaders,
            Delimiter = delimiter,
            HeaderComparer = StringComparer.OrdinalIgnoreCase,
        };

    /// <summary>The column's index, or −1 for an optional column that is absent.</summary>
    /// <exception cref="DataFormatException">A required column is absent.</exception>
    public int Column(string name, bool required = true) =>
        ColumnIn(header, name, Source, required);

    /// <summary>A column's index in a header, or −1 for an optional column that is absent.</summary>
    /// <exception cref="DataFormatException">A required column is absent.</exception>
    public static int ColumnIn(string[] header, string name, string source, bool required = true)
    {
        var index = Array.FindIndex(
            header,
            h => string.Equals(h.Trim(), name, StringComparison.OrdinalIgnoreCase)
        );
        if (index < 0 && required)
        {
            throw new DataFormatException(
                new RowError(
                    source,
                    1,
                    1,
                    name,
                    string.Join(",", header),
                    $"is the header, which lacks the column '{name}'."
                )
            );
        }
        return index;
    }

    public string NameOf(int column) => column >= 0 && column < header.Length ? header[column] : "";

    /// <summary>Moves to the next record that is not blank; false at the end.</summary>
    /// <exception cref="DataFormatException">The text cannot be split into fields (a quote not closed, text after a closing quote): the rest of the source cannot be read reliably, in either mode.</exception>
    public bool Read()
    {
        try
        {
            while (Reader.Read())
            {
                if (Advance())
                {
                    return true;
                }
            }
        }
        catch (CsvFormatException e)
        {
            throw e is CsvRecordTooLargeException
                ? TooLong(Source, Line + 1, e.RowNumber)
                : Malformed(e);
        }
        Finish();
        return false;
    }

    /// <inheritdoc cref="Read"/>
    public async ValueTask<bool> ReadAsync()
    {
        try
        {
            while (await Reader.ReadAsync(cancellation).ConfigureAwait(false))
            {
                if (Advance())
                {
                    return true;
                }
            }
        }
        catch (CsvFormatException e)
        {
            throw e is CsvRecordTooLargeException
                ? TooLong(Source, Line + 1, e.RowNumber)
                : Malformed(e);
        }
        Finish();
        return false;
    }

    /// <summary>A record longer than the reader's buffer: the rest of the source cannot be read reliably.</summary>
    private static DataFormatException TooLong(string source, long line, int row) =>
        new(
            new RowError(
                source,
                line,
                1,
                "",
                "",
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"is a record longer than the reader's buffer of {MaxRecordChars:N0} characters (Sylvan row {row}); no trade file has such a record, so the rest of the source cannot be read reliably."
                )
            )
        );

    /// <summary>Malformed quoting: the record after the last one read, named as well as the parser can.</summary>
    private DataFormatException Malformed(CsvFormatException e) =>
        new(
            new RowError(
                Source,
                Line + 1,
                Math.Max(e.FieldOrdinal, 0) + 1,
                NameOf(e.FieldOrdinal),
                "",
                $"is where the text cannot be split into fields ({e.Message}); a quoted field must be closed and followed by a comma or the end of the line. The rest of the source cannot be read reliably."
            )
        );

    /// <summary>The field's characters; empty for an absent optional column (−1) or a short record.</summary>
    public ReadOnlySpan<char> Field(int column) =>
        column >= 0 && column < Reader.RowFieldCount ? Reader.GetFieldSpan(column) : [];

    /// <summary>The field's text, trimmed; empty for an absent optional column (−1).</summary>
    public string Text(int column) => Field(column).Trim().ToString();

    /// <summary>Whether the record has as many fields as the header; otherwise notes the error.</summary>
    public bool HasAllFields()
    {
        if (Reader.RowFieldCount == header.Length)
        {
            return true;
        }
        Fail(
            Math.Min(Reader.RowFieldCount, header.Length),
            FieldCountReason(Reader.RowFieldCount, header.Length)
        );
        return false;
    }

    /// <summary>
    /// Why a record of <paramref name="fields"/> fields does not fit a header of <paramref name="columns"/>, said of
    /// the field at <c>Math.Min(fields, columns)</c>.
    /// </summary>
    public static string FieldCountReason(int fields, int columns) =>
        fields < columns
            ? $"stands for a missing field: the record has {fields} fields where the header has {columns}."
            : $"is an extra field: the record has {fields} fields where the header has {columns}.";

    /// <summary>A bad row: thrown in strict mode, recorded in collect mode.</summary>
    /// <param name="column">The column's index (from 0).</param>
    /// <param name="reason">Why, as a predicate of the quoted text: "is not a UN Comtrade economy code."</param>
    public void Fail(int column, string reason)
    {
        var error = new RowError(
            Source,
            Line,
            Math.Max(column, 0) + 1,
            NameOf(column),
            Field(column).ToString(),
            reason
        );
        if (!Collecting)
        {
            throw new DataFormatException(error);
        }
        Report.Reject(error);
    }

    public void Accept() => Report.Accept();

    public void Dispose()
    {
        Reader.Dispose();
        text.Dispose();
        stream.Dispose();
    }

    private bool Advance()
    {
        Line++;
        if (Reader.RowFieldCount <= 1 && Reader.GetFieldSpan(0).Trim().IsEmpty)
        {
            return false;
        }
        // At the start of a record every row before it is counted: a report after each ProgressEvery-th row.
        if (
            Report.RowsRead > 0
            && Report.RowsRead % options.ProgressEvery == 0
            && Report.RowsRead != reported.Rows
        )
        {
            cancellation.ThrowIfCancellationRequested();
            ReportProgress();
        }
        return true;
    }

    private void Finish()
    {
        cancellation.ThrowIfCancellationRequested();
        ReportProgress();
    }

    /// <summary>Reports how far the read has come, unless the last report said just that.</summary>
    private void ReportProgress()
    {
        var now = new ReadProgress(Report.RowsRead, bytesBefore + stream.BytesRead, totalBytes);
        if (now != reported)
        {
            reported = now;
            options.Progress?.Report(now);
        }
    }
}
