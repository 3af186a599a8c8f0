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

    /// <summary>The unit of every quantity, boxed once rather than per row.</summary>
    private static readonly Enum Tonne = MassUnit.Tonne;

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
        options ??= new BaciReadOptions();
        var hs = options.Classification ?? HarmonizedSystem2022.Classification;
        var duplicates = options.Duplicates;
        return Converted(
            CsvSource.ReadAll(
                stream,
                sourceName,
                options,
                csv => new RowReader(csv, hs, duplicates),
                ',',
                cancellationToken
            ),
            options
        );
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
        options ??= new BaciReadOptions();
        var hs = options.Classification ?? HarmonizedSystem2022.Classification;
        var duplicates = options.Duplicates;
        return Converted(
            await CsvSource
                .ReadAllAsync(
                    stream,
                    sourceName,
                    options,
                    csv => new RowReader(csv, hs, duplicates),
                    ',',
                    cancellationToken
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

    /// <summary>The per-file state of a read: column positions, caches of economies, products and years.</summary>
    private sealed class RowReader : IRowReader
    {
        private readonly CsvSource csv;
        private readonly Classification classification;

        /// <summary>The collection's code + 1 of each economy seen, by its numeric code (0 when not seen yet).</summary>
        private readonly int[] economies = new int[1000];

        /// <summary>The collection's code + 1 of each product seen, by heading (the code's first four digits) and then subheading.</summary>
        private readonly int[]?[] products = new int[]?[10_000];
        private readonly Dictionary<int, int> years = [];

        /// <summary>The flows read so far, when repeats are refused; null when they are kept (and not looked for).</summary>
        private readonly RepeatedFlows? repeats;
        private readonly int tonne;
        private int lastYear;
        private int lastPeriod;
        private readonly int t;
        private readonly int i;
        private readonly int j;
        private readonly int k;
        private readonly int v;
        private readonly int q;

        internal RowReader(CsvSource csv, Classification classification, DuplicateRows duplicates)
        {
            this.csv = csv;
            this.classification = classification;
            repeats = duplicates == DuplicateRows.Refuse ? new RepeatedFlows() : null;
            // A BACI row has about 28 bytes; sizing the columns up front saves regrowing them.
            Flows = new TradeFlowCollection(classification, Currency.USD, csv.EstimatedRows(28));
            appender = Flows.CreateCodedAppender();
            tonne = appender.CodeOf(Tonne);
            t = csv.Column("t");
            i = csv.Column("i");
            j = csv.Column("j");
            k = csv.Column("k");
            v = csv.Column("v");
            q = csv.Column("q");
        }

        internal TradeFlowCollection Flows { get; }

        private readonly CodedFlowAppender appender;

        public ReadResult Result()
        {
            // The room made from the file's size goes back: a read holds 16 bytes a flow (24 with quantities).
            Flows.TrimExcess();
            return new(Flows, csv.Report, codesAsWritten: written.Codes);
        }

        private readonly WrittenCodes written = new();

        public void ReadRow()
        {
            if (!csv.HasAllFields())
            {
                return;
            }
            // Each part's code in the collection is cached per distinct code of the file, so the row goes in as codes
            // through the public coded appender, which checks every part as TradeFlowAppender.Append does.
            if (
                !TryYear(out var period)
                || !TryEconomy(i, out var exporter)
                || !TryEconomy(j, out var importer)
                || !TryProduct(out var product)
                || !TryValue(out var units, out var scale, out var dollars)
                || !TryQuantity(out var tonnes)
            )
            {
                return;
            }
            if (repeats is not null && IsRepeat(exporter, importer, product, period))
            {
                return;
            }
            if (scale >= 0)
            {
                appender.AppendFixedPoint(
                    exporter,
                    importer,
                    TradeDirection.Exports,
                    product,
                    period,
                    units,
                    scale,
                    tonnes,
                    double.IsNaN(tonnes) ? -1 : tonne
                );
            }
            else
            {
                appender.Append(
                    exporter,
                    importer,
                    TradeDirection.Exports,
                    product,
                    period,
                    dollars,
                    ObservationStatus.Normal,
                    tonnes,
                    double.IsNaN(tonnes) ? -1 : tonne
                );
            }
            csv.Accept();
        }

        /// <summary>Whether the row repeats an earlier flow (then noted as an error); otherwise notes the flow.</summary>
        private bool IsRepeat(int exporter, int importer, int product, int period)
        {
            var key = RepeatedFlows.KeyOf(
                exporter,
                importer,
                TradeDirection.Exports,
                product,
                period
            );
            if (repeats!.TryGetFirst(key, out var first))
            {
                csv.Fail(-1, RepeatedFlows.Reason(first));
                return true;
            }
            repeats.Add(key, csv.Line);
            return false;
        }

        private bool TryYear(out int period)
        {
            period = 0;
            if (!AsciiNumber.TryParseUnsigned(csv.Field(t), out var year) || year is < 1 or > 9999)
            {
                csv.Fail(t, "is not a year.");
                return false;
            }
            if (year == lastYear)
            {
                period = lastPeriod;
                return true;
            }
            if (!years.TryGetValue(year, out period))
            {
                period = appender.CodeOf(ReferencePeriod.ForYear(year));
                years[year] = period;
            }
            (lastYear, lastPeriod) = (year, period);
            return true;
        }

        private bool TryEconomy(int column, out int economy)
        {
            economy = 0;
            if (!AsciiNumber.TryParseUnsigned(csv.Field(column), out var code))
            {
                csv.Fail(column, "is not a numeric economy code.");
                return false;
            }
            if ((uint)code < (uint)economies.Length && economies[code] > 0)
            {
                economy = economies[code] - 1;
                return true;
            }
            if (!Economy.TryFromComtradeCode(code, out var found))
            {
                csv.Fail(column, "is not a BACI or UN Comtrade economy code.");
                return false;
            }
            economy = appender.CodeOf(found);
            written.Add(found, code.ToString(CultureInfo.InvariantCulture), csv.Report);
            if ((uint)code < (uint)economies.Length)
            {
                economies[code] = economy + 1;
            }
            return true;
        }

        private bool TryProduct(out int product)
        {
            product = 0;
            var text = csv.Field(k).Trim();
            // Five or six digits: NumberStyles.None would accept no more than that.
            if (text.Length is < 5 or > 6 || !AsciiNumber.TryParseDigits(text, out var code))
            {
                csv.Fail(k, "is not an HS 6-digit product code.");
                return false;
            }
            if (products[code / 100] is { } subheadings && subheadings[code % 100] > 0)
            {
                product = subheadings[code % 100] - 1;
                return true;
            }
            var sixDigits = code.ToString("000000", CultureInfo.InvariantCulture);
            if (!classification.TryGet(sixDigits, out var found) || found.Code.Length != 6)
            {
                csv.Fail(k, $"is not a 6-digit product of {classification.Name}.");
                return false;
            }
            product = appender.CodeOf(found);
            (products[code / 100] ??= new int[100])[code % 100] = product + 1;
            return true;
        }

        /// <summary>
        /// The value in dollars as <paramref name="units"/> × 10^-<paramref name="scale"/>. The common field, digits with
        /// three decimals, is a whole number of dollars and needs no general parser; any other goes through the exact
        /// decimal reader, and a value that does not fit 64 bits comes as <paramref name="dollars"/> with scale −1.
        /// </summary>
        private bool TryValue(out long units, out int scale, out decimal dollars)
        {
            dollars = 0m;
            var text = csv.Field(v).Trim();
            if (ExactDecimal.TryParseFixedPoint(text, out var mantissa, out var decimals))
            {
                if (decimals >= 3)
                {
                    (units, scale) = (mantissa, decimals - 3);
                    return true;
                }
                if (mantissa <= long.MaxValue / 1000)
                {
                    units =
                        mantissa
                        * (
                            decimals switch
                            {
                                0 => 1000L,
                                1 => 100L,
                                _ => 10L,
                            }
                        );
                    scale = 0;
                    return true;
                }
            }
            (units, scale) = (0, 0);
            if (!ExactDecimal.TryParse(text, out var thousands, out var reason))
            {
                csv.Fail(v, $"is not an exact value in thousands of US dollars: {reason}");
                return false;
            }
            if (thousands < 0m)
            {
                csv.Fail(v, "is a negative value.");
                return false;
            }
            try
            {
                dollars = Magnitude.Thousand.ToUnits(thousands);
            }
            catch (OverflowException)
            {
                csv.Fail(v, "is too large in US dollars for System.Decimal.");
                return false;
            }
            scale = -1;
            return true;
        }

        private bool TryQuantity(out double tonnes)
        {
            tonnes = double.NaN;
            var text = csv.Field(q).Trim();
            if (text.IsEmpty || text.Equals("NA", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
            if (
                !double.TryParse(
                    text,
                    NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                    CultureInfo.InvariantCulture,
                    out tonnes
                ) || !double.IsFinite(tonnes)
            )
            {
                tonnes = double.NaN;
                csv.Fail(q, "is not a quantity in tonnes, blank or NA.");
                return false;
            }
            return true;
        }
    }
}
