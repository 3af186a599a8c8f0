using System.Globalization;
using System.Text.RegularExpressions;
using TradeModel.Classifications;
using TradeModel.Data.Internal;
using TradeModel.Data.Rows;
using TradeModel.Economies;
using TradeModel.Flows;
using UnitsNet;
using UnitsNet.Units;

namespace TradeModel.Data.Baci;

/// <summary>
/// CEPII's BACI: bilateral trade by HS 6-digit product, one CSV per year and HS vintage
/// (<c>BACI_HS22_Y2024_V202501.csv</c>), with columns <c>t,i,j,k,v,q</c>: year, exporter, importer (BACI/UN Comtrade
/// numeric codes, <see cref="Economy.FromComtradeCode"/>), product, value in thousands of US dollars (three decimals)
/// and quantity in metric tonnes (blank or <c>NA</c> when unknown).
/// </summary>
/// <remarks>
/// <para>
/// Each row becomes the exports of <c>i</c> to <c>j</c> in year <c>t</c>, valued in US dollars (v × 1,000, exactly)
/// with the quantity as a UnitsNet mass in tonnes, or none. A product code that lost its leading zero in a
/// spreadsheet (<c>10121</c>) is read as <c>010121</c>. Unknown economies and products, bad numbers and negative
/// values are errors naming the line and column, never skipped.
/// </para>
/// <para>
/// The file's HS vintage is the classification's: pass the classification of the vintage the file is in (HS 2022,
/// the default, is built in). When the source is a file whose name says its vintage (<c>HS17</c>), a classification
/// of another vintage is refused before any row is read.
/// </para>
/// </remarks>
/// <example>
/// <code language="csharp">
/// var result = BaciFile.Read("BACI_HS22_Y2023_V202501.csv", new BaciReadOptions { Errors = ErrorMode.Collect });
/// Console.WriteLine(result.Report);   // BACI_HS22_Y2023_V202501.csv: 361 rows read, 361 accepted, 0 rejected.
/// TradeFlowCollection flows = result.Flows;
/// </code>
/// </example>
public static partial class BaciFile
{
    private const string Header = "t,i,j,k,v,q";

    /// <summary>At least the three decimals BACI writes, and every further one the value has.</summary>
    private const string ThousandsFormat = "0.000#########################";

    /// <summary>Reads a BACI file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The HS vintage, errors and progress; HS 2022, strict, no progress when null.</param>
    /// <param name="cancellationToken">Cancels a long read.</param>
    /// <returns>The flows, in US dollars, and the report.</returns>
    /// <exception cref="DataFormatException">In strict mode, the first bad row; in any mode, a missing column or a file of another vintage.</exception>
    public static ReadResult Read(
        string path,
        BaciReadOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(path);
        // The file's name states its HS vintage; the stream entry reads the rows in it.
        var inVintage = (options ?? new BaciReadOptions()) with
        {
            Classification = ClassificationFor(path, options?.Classification),
        };
        return SourceFile.Read(
            path,
            (stream, name) => ReadFrom(stream, name, inVintage, cancellationToken)
        );
    }

    /// <summary>Reads BACI rows from a stream (left open).</summary>
    /// <param name="stream">The CSV text, UTF-8 with or without a byte order mark.</param>
    /// <param name="sourceName">The name errors give the source.</param>
    /// <param name="options">The HS vintage of the rows, errors and progress; HS 2022, strict, no progress when null.</param>
    /// <param name="cancellationToken">Cancels a long read.</param>
    /// <returns>The flows, in US dollars, and the report.</returns>
    /// <exception cref="DataFormatException">In strict mode, the first bad row; in any mode, a missing column.</exception>
    public static ReadResult ReadFrom(
        Stream stream,
        string sourceName,
        BaciReadOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        return ReadRowsAsync(
                stream,
                sourceName,
                options ?? new BaciReadOptions(),
                BlockBytes,
                synchronous: true,
                cancellationToken
            )
            .GetAwaiter()
            .GetResult();
    }

    /// <summary>Reads a BACI file asynchronously; see <see cref="Read(string, BaciReadOptions?, CancellationToken)"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The HS vintage, errors and progress; HS 2022, strict, no progress when null.</param>
    /// <param name="cancellationToken">Cancels a long read.</param>
    /// <returns>The flows, in US dollars, and the report.</returns>
    /// <exception cref="DataFormatException">In strict mode, the first bad row; in any mode, a missing column or a file of another vintage.</exception>
    public static async Task<ReadResult> ReadAsync(
        string path,
        BaciReadOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(path);
        var inVintage = (options ?? new BaciReadOptions()) with
        {
            Classification = ClassificationFor(path, options?.Classification),
        };
        return await SourceFile
            .ReadAsync(
                path,
                (stream, name) => ReadFromAsync(stream, name, inVintage, cancellationToken)
            )
            .ConfigureAwait(false);
    }

    /// <summary>Reads BACI rows from a stream (left open) asynchronously; see <see cref="ReadFrom"/>.</summary>
    /// <param name="stream">The CSV text, UTF-8 with or without a byte order mark.</param>
    /// <param name="sourceName">The name errors give the source.</param>
    /// <param name="options">As for <see cref="ReadFrom"/>.</param>
    /// <param name="cancellationToken">Cancels a long read.</param>
    /// <returns>The flows, in US dollars, and the report.</returns>
    /// <exception cref="DataFormatException">As for <see cref="ReadFrom"/>.</exception>
    public static async Task<ReadResult> ReadFromAsync(
        Stream stream,
        string sourceName,
        BaciReadOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        return await ReadRowsAsync(
                stream,
                sourceName,
                options ?? new BaciReadOptions(),
                BlockBytes,
                synchronous: false,
                cancellationToken
            )
            .ConfigureAwait(false);
    }

    /// <summary>The size of a block of lines parsed at a time: 1 MiB, about 35,000 BACI rows.</summary>
    internal const int BlockBytes = 1 << 20;

    /// <summary>
    /// Reads BACI rows: in blocks of lines parsed on every core and applied in order, or, for a source whose lines
    /// alone do not tell its records (quoted fields, UTF-16), from where that shows on with the sequential CSV reader.
    /// Either way the flows, errors and report are those of a read line by line.
    /// </summary>
    /// <param name="stream">The source, left open.</param>
    /// <param name="sourceName">The name errors give the source.</param>
    /// <param name="options">The HS vintage, errors and progress.</param>
    /// <param name="blockBytes">The size of a block (tests make it small, to put block ends everywhere).</param>
    /// <param name="synchronous">Whether to read with the stream's synchronous API (the task has then completed).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    internal static async Task<ReadResult> ReadRowsAsync(
        Stream stream,
        string sourceName,
        BaciReadOptions options,
        int blockBytes,
        bool synchronous,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(stream);
        cancellationToken.ThrowIfCancellationRequested();
        var hs = options.Classification ?? HarmonizedSystem2022.Classification;
        var parser = new BaciRowParser(hs);
        using var blocks = await LineBlocks
            .OpenAsync(stream, blockBytes, synchronous, cancellationToken)
            .ConfigureAwait(false);
        var capacity = BaciRows.CapacityFor(blocks.TotalBytes);
        if (blocks.Header is not { } header)
        {
            using var whole = blocks.Rest([]);
            return await LineByLine(
                    whole,
                    csv => new BaciRows(hs, options, csv.Report, capacity),
                    null
                )
                .ConfigureAwait(false);
        }
        var rows = new BaciRows(
            hs,
            options,
            new ReadReport(sourceName, options.MaxErrorsKept),
            capacity
        );
        var reader = new BaciBlocks(
            header,
            parser,
            rows,
            options,
            blocks.TotalBytes,
            cancellationToken
        );
        var unread = await BlockPipeline
            .RunAsync(
                blocks,
                reader,
                options.MaxDegreeOfParallelism == -1
                    ? Environment.ProcessorCount
                    : options.MaxDegreeOfParallelism,
                synchronous,
                cancellationToken
            )
            .ConfigureAwait(false);
        if (unread.Count == 0 && !blocks.Stopped)
        {
            reader.Finish();
            return Converted(rows.Result(), options);
        }
        using var rest = blocks.Rest(unread);
        return await LineByLine(
                rest,
                _ => rows,
                new CsvSource.Continuation(
                    header,
                    rows.Report,
                    reader.LinesBefore,
                    reader.BytesBefore,
                    blocks.TotalBytes
                )
            )
            .ConfigureAwait(false);

        // The source, or its rest, read by the CSV reader one record at a time into the rows given.
        async Task<ReadResult> LineByLine(
            Stream text,
            Func<CsvSource, BaciRows> into,
            CsvSource.Continuation? from
        ) =>
            Converted(
                await CsvSource
                    .ReadAllAsync(
                        text,
                        sourceName,
                        options,
                        csv => new BaciCsvRows(csv, parser, into(csv)),
                        ',',
                        cancellationToken,
                        synchronous,
                        from
                    )
                    .ConfigureAwait(false),
                options
            );
    }

    /// <summary>The HS vintage a BACI file name states ("HS22" in <c>BACI_HS22_Y2024_V202501.csv</c>), or null.</summary>
    /// <param name="fileName">A file name or path.</param>
    /// <returns>"HS92", "HS96", "HS02", "HS07", "HS12", "HS17" or "HS22", or null when the name states none.</returns>
    public static string? VintageOf(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var match = VintageInName().Match(Path.GetFileName(fileName));
        return match.Success ? match.Groups[1].Value.ToUpperInvariant() : null;
    }

    /// <summary>
    /// Writes flows as a BACI file: the exports of one year, valued in US dollars, of a classification's 6-digit
    /// products, with quantities in tonnes (or <c>NA</c>). Values are written in thousands with as many decimals as
    /// they need (at least three), so a file read and written again is the same file.
    /// </summary>
    /// <param name="flows">The flows.</param>
    /// <param name="writer">Where the CSV goes.</param>
    /// <exception cref="ArgumentException">
    /// A flow BACI cannot hold: not exports, not in US dollars, not a calendar year, without a value, of an economy
    /// with no UN Comtrade code, with a quantity that is not a mass, or with a value of more than 25 decimals (which
    /// thousands cannot hold). The message names the flow. Nothing is written past it.
    /// </exception>
    public static void Write(TradeFlowCollection flows, TextWriter writer) =>
        Write(flows, writer, NoCodes);

    /// <summary>
    /// Writes flows as a BACI file with the economy codes given (a read's <see cref="ReadResult.CodesAsWritten"/>, or a
    /// release's <see cref="BaciCountryCodes.Codes"/>), so that Italy read as 380 is written as 380; an economy
    /// without one is written with its UN Comtrade code. See <see cref="Write(TradeFlowCollection, TextWriter)"/>.
    /// </summary>
    /// <param name="flows">The flows.</param>
    /// <param name="writer">Where the CSV goes.</param>
    /// <param name="codes">The code to write for each economy that has one here.</param>
    /// <exception cref="ArgumentException">As for <see cref="Write(TradeFlowCollection, TextWriter)"/>, or a code given is not a whole number.</exception>
    public static void Write(
        TradeFlowCollection flows,
        TextWriter writer,
        IReadOnlyDictionary<Economy, string> codes
    )
    {
        ArgumentNullException.ThrowIfNull(flows);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(codes);
        foreach (var (economy, code) in codes)
        {
            if (code.Length == 0 || !code.All(char.IsAsciiDigit))
            {
                throw new ArgumentException(
                    $"The code '{code}' given for {economy} is not a BACI country code (a whole number).",
                    nameof(codes)
                );
            }
        }
        if (flows.Currency != Currency.USD)
        {
            throw new ArgumentException(
                $"BACI values are in US dollars; the flows are in {flows.Currency.Code}.",
                nameof(flows)
            );
        }
        writer.Write(Header);
        writer.Write('\n');
        Span<char> buffer = stackalloc char[64];
        foreach (var flow in flows)
        {
            WriteRow(flow, writer, buffer, codes);
        }
    }

    /// <summary>
    /// Writes flows as a BACI file, atomically: the file appears complete under its name or not at all, and an
    /// existing file is replaced only once the new one is written; see <see cref="Write(TradeFlowCollection, TextWriter)"/>.
    /// </summary>
    /// <param name="flows">The flows, in US dollars.</param>
    /// <param name="path">The file; its folder is created if needed.</param>
    /// <exception cref="ArgumentException">As for <see cref="Write(TradeFlowCollection, TextWriter)"/>; the file is left as it was.</exception>
    public static void WriteFile(TradeFlowCollection flows, string path) =>
        AtomicFile.WriteText(path, text => Write(flows, text));

    /// <summary>Writes flows as a BACI file atomically, with the economy codes given; see <see cref="Write(TradeFlowCollection, TextWriter, IReadOnlyDictionary{Economy, string})"/>.</summary>
    /// <param name="flows">The flows, in US dollars.</param>
    /// <param name="path">The file; its folder is created if needed.</param>
    /// <param name="codes">The code to write for each economy that has one here.</param>
    /// <exception cref="ArgumentException">As for the writer form; the file is left as it was.</exception>
    public static void WriteFile(
        TradeFlowCollection flows,
        string path,
        IReadOnlyDictionary<Economy, string> codes
    ) => AtomicFile.WriteText(path, text => Write(flows, text, codes));

    private static readonly Dictionary<Economy, string> NoCodes = [];

    private static void WriteRow(
        TradeFlow flow,
        TextWriter writer,
        Span<char> buffer,
        IReadOnlyDictionary<Economy, string> codes
    )
    {
        var problem =
            flow.Direction != TradeDirection.Exports ? "it is not exports"
            : flow.Period.Kind != PeriodKind.Year ? "its period is not a calendar year"
            : flow.Value is null ? "it has no value"
            : flow.Reporter.ComtradeCode is null || flow.Partner.ComtradeCode is null
                ? "an economy has no UN Comtrade code"
            : flow.Quantity is { } q && q is not Mass ? "its quantity is not a mass"
            : null;
        if (problem is not null)
        {
            throw new ArgumentException(
                $"BACI cannot hold the flow {flow}: {problem}.",
                nameof(flow)
            );
        }
        var thousands = Magnitude.Thousand.FromUnits(flow.Value!.Value.Amount);
        var invariant = CultureInfo.InvariantCulture;
        writer.Write(flow.Period.Year.ToString(invariant));
        writer.Write(',');
        writer.Write(
            codes.GetValueOrDefault(flow.Reporter)
                ?? flow.Reporter.ComtradeCode!.Value.ToString(invariant)
        );
        writer.Write(',');
        writer.Write(
            codes.GetValueOrDefault(flow.Partner)
                ?? flow.Partner.ComtradeCode!.Value.ToString(invariant)
        );
        writer.Write(',');
        writer.Write(flow.Category.Code);
        writer.Write(',');
        thousands.TryFormat(buffer, out var written, ThousandsFormat, invariant);
        writer.Write(buffer[..written]);
        writer.Write(',');
        if (flow.Quantity is Mass mass)
        {
            writer.Write(mass.Tonnes.ToString("R", invariant));
        }
        else
        {
            writer.Write("NA");
        }
        writer.Write('\n');
    }

    /// <summary>The flows read, converted to another edition when the options ask for it.</summary>
    private static ReadResult Converted(ReadResult read, BaciReadOptions options)
    {
        if (
            options.ConvertToEdition is not { } year
            || read.Flows.Classification == HarmonizedSystem.Edition(year)
        )
        {
            return read;
        }
        if (
            !int.TryParse(
                read.Flows.Classification.Version,
                NumberStyles.None,
                CultureInfo.InvariantCulture,
                out var from
            )
            || !ReferenceEquals(
                HarmonizedSystem.Editions.Contains(from) ? HarmonizedSystem.Edition(from) : null,
                read.Flows.Classification
            )
        )
        {
            throw new ArgumentException(
                $"Converting to HS {year} needs flows in a built-in HS edition; these are in {read.Flows.Classification.Name}.",
                nameof(options)
            );
        }
        var conversion = read.Flows.ConvertTo(HsCorrelation.Between(from, year));
        read.Report.Note(
            string.Create(CultureInfo.InvariantCulture, $"converted from HS {from} to HS {year}")
        );
        if (conversion.UnmappedFlows > 0)
        {
            read.Report.Note(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"flows with no link to HS {year} (value {conversion.Unmapped}), not converted"
                )
            );
        }
        return new ReadResult(conversion.Flows, read.Report, codesAsWritten: read.CodesAsWritten);
    }

    /// <summary>The classification a file is read in: the caller's, checked against the vintage its name states, or that vintage, or HS 2022.</summary>
    internal static Classification ClassificationFor(string path, Classification? given)
    {
        var vintage = VintageOf(path);
        if (given is null)
        {
            return vintage is not null && HarmonizedSystem.TryGetEdition(vintage, out var edition)
                ? edition
                : HarmonizedSystem2022.Classification;
        }
        if (
            vintage is not null
            && !string.Equals(NameOf(vintage), given.Name, StringComparison.OrdinalIgnoreCase)
        )
        {
            throw new DataFormatException(
                new RowError(
                    Path.GetFileName(path),
                    0,
                    0,
                    "",
                    vintage,
                    $"is the HS vintage the file's name states, but the rows are to be read in {given.Name}: pass the classification of {NameOf(vintage)}, or none."
                )
            );
        }
        return given;
    }

    /// <summary>"HS22" → "HS 2022", "HS92" → "HS 1992".</summary>
    private static string NameOf(string vintage)
    {
        var year = int.Parse(vintage.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"HS {(year > 50 ? 1900 + year : 2000 + year)}"
        );
    }

    [GeneratedRegex(
        @"(?:^|[_\-.])(HS(?:92|96|02|07|12|17|22))(?:[_\-.]|$)",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex VintageInName();
}
