using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using TradeModel.Classifications;
using TradeModel.Data.Internal;
using TradeModel.Data.Rows;
using TradeModel.Economies;
using TradeModel.Flows;
using UnitsNet;
using UnitsNet.Units;

namespace TradeModel.Data.Comtrade;

/// <summary>
/// UN Comtrade's bulk and API CSV: one row per reporter, partner, flow, commodity and period, with columns
/// <c>reporterCode</c>, <c>partnerCode</c>, <c>flowCode</c>, <c>cmdCode</c>, <c>period</c> and <c>primaryValue</c>
/// (US dollars), and optionally <c>classificationCode</c>, <c>qtyUnitCode</c>, <c>qty</c>, <c>netWgt</c>,
/// <c>isAggregate</c>, <c>partner2Code</c>, <c>customsCode</c> and <c>motCode</c>. Other columns are ignored.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Flow codes X, M, RX and RM are exports, imports, re-exports and re-imports; any other code is an error.</item>
/// <item>The value is <c>primaryValue</c>, or <c>fobvalue</c> or <c>cifvalue</c> as <see cref="ComtradeReadOptions.ValueBasis"/>
/// says (a row without that value has none, never its primary value), so that mirror statistics compare both sides on
/// one basis.</item>
/// <item>Partner 0 is the World; codes are UN Comtrade's (<see cref="Economy.FromComtradeCode"/>).</item>
/// <item><c>period</c> is a year (2024) or a month (202401).</item>
/// <item>In an HS edition, a <c>cmdCode</c> of an odd number of digits gets back the leading zero an integer column
/// dropped (pandas writes 010121 as 10121): HS codes have 2, 4 or 6 digits.</item>
/// <item>Aggregates — <c>cmdCode</c> TOTAL, in an HS edition chapters and headings, in any classification its top
/// category (S in EBOPS), or <c>isAggregate</c> 1 — go to
/// <see cref="ReadResult.Aggregates"/>, apart from the 6-digit detail, so the two are never added together.</item>
/// <item>Rows broken down by a second partner, a customs procedure or a mode of transport (<c>partner2Code</c> not 0,
/// <c>customsCode</c> not C00, <c>motCode</c> not 0) are errors: this model has no such dimensions, and adding them
/// to the totals would count trade twice.</item>
/// <item>The quantity is <c>qty</c> in its <see cref="ComtradeQuantityUnits"/> unit; where that unit has no UnitsNet
/// counterpart, the net weight in kilograms when there is one (noted in the report).</item>
/// </list>
/// </remarks>
public static class ComtradeFile
{
    private static readonly string[] WrittenColumns =
    [
        "reporterCode",
        "partnerCode",
        "flowCode",
        "classificationCode",
        "cmdCode",
        "period",
        "primaryValue",
        "qtyUnitCode",
        "qty",
        "isAggregate",
    ];

    /// <summary>Reads a UN Comtrade CSV file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The classification, errors and progress; HS 2022, strict, no progress when null.</param>
    /// <param name="cancellationToken">Cancels a long read.</param>
    /// <returns>The detail flows and, apart, the aggregates, in US dollars, with the report.</returns>
    /// <exception cref="DataFormatException">In strict mode, the first bad row; in any mode, a missing column.</exception>
    public static ReadResult Read(
        string path,
        ComtradeReadOptions? options = null,
        CancellationToken cancellationToken = default
    ) =>
        SourceFile.Read(path, (stream, name) => ReadFrom(stream, name, options, cancellationToken));

    /// <summary>Reads a file asynchronously; see <see cref="Read"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">As for <see cref="Read"/>.</param>
    /// <param name="cancellationToken">Cancels a long read.</param>
    /// <returns>The flows and the report.</returns>
    /// <exception cref="DataFormatException">As for <see cref="Read"/>.</exception>
    public static Task<ReadResult> ReadAsync(
        string path,
        ComtradeReadOptions? options = null,
        CancellationToken cancellationToken = default
    ) =>
        SourceFile.ReadAsync(
            path,
            (stream, name) => ReadFromAsync(stream, name, options, cancellationToken)
        );

    /// <summary>
    /// Reads a Parquet file of UN Comtrade's bulk or API columns (<c>reporterCode, partnerCode, flowCode, cmdCode,
    /// period, primaryValue, …</c>), as pandas or DuckDB write what the API returns: by the same rules as the CSV
    /// (aggregates apart, breakdowns refused, quantities in their unit), codes stored as integers read as their digits
    /// and values stored as doubles read as the decimal of their shortest round-trip text.
    /// </summary>
    /// <param name="path">The Parquet file.</param>
    /// <param name="options">As for <see cref="Read"/>.</param>
    /// <param name="cancellationToken">Cancels a long read.</param>
    /// <returns>The detail flows and, apart, the aggregates, with the report.</returns>
    /// <exception cref="DataFormatException">As for <see cref="Read"/>; the error names the row, from 1, across the file's row groups.</exception>
    /// <remarks>Parquet.Net reads asynchronously: this entry waits for the read, on a thread of its own.</remarks>
    public static ReadResult ReadParquet(
        string path,
        ComtradeReadOptions? options = null,
        CancellationToken cancellationToken = default
    ) =>
        Task.Run(() => ReadParquetAsync(path, options, cancellationToken), cancellationToken)
            .GetAwaiter()
            .GetResult();

    /// <summary>Reads a Parquet file of UN Comtrade's columns asynchronously; see <see cref="ReadParquet"/>.</summary>
    /// <param name="path">The Parquet file.</param>
    /// <param name="options">As for <see cref="Read"/>.</param>
    /// <param name="cancellationToken">Cancels a long read.</param>
    /// <returns>The detail flows and, apart, the aggregates, with the report.</returns>
    /// <exception cref="DataFormatException">As for <see cref="ReadParquet"/>.</exception>
    public static Task<ReadResult> ReadParquetAsync(
        string path,
        ComtradeReadOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        options ??= new ComtradeReadOptions();
        var hs = options.Classification;
        var duplicates = options.Duplicates;
        var valueColumn = options.ValueColumn;
        var keys = new Dictionary<string, string>();
        return SourceFile.ReadAsync(
            path,
            (stream, name) =>
                ParquetTable.ReadAllAsync(
                    stream,
                    name,
                    options,
                    keys,
                    reader => new ParquetTable(reader, name, keys, options),
                    fields => new RowReader(fields, hs, duplicates, valueColumn),
                    cancellationToken
                )
        );
    }

    /// <summary>Reads UN Comtrade rows from a stream (left open).</summary>
    /// <param name="stream">The CSV text.</param>
    /// <param name="sourceName">The name errors give the source.</param>
    /// <param name="options">The classification, errors and progress; HS 2022, strict, no progress when null.</param>
    /// <param name="cancellationToken">Cancels a long read.</param>
    /// <returns>The detail flows and, apart, the aggregates, with the report.</returns>
    /// <exception cref="DataFormatException">In strict mode, the first bad row; in any mode, a missing column.</exception>
    public static ReadResult ReadFrom(
        Stream stream,
        string sourceName,
        ComtradeReadOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        options ??= new ComtradeReadOptions();
        var hs = options.Classification;
        var duplicates = options.Duplicates;
        var valueColumn = options.ValueColumn;
        return CsvSource.ReadAll(
            stream,
            sourceName,
            options,
            csv => new RowReader(csv, hs, duplicates, valueColumn),
            ',',
            cancellationToken
        );
    }

    /// <summary>Reads UN Comtrade rows from a stream (left open) asynchronously; see <see cref="ReadFrom"/>.</summary>
    /// <param name="stream">The CSV text.</param>
    /// <param name="sourceName">The name errors give the source.</param>
    /// <param name="options">As for <see cref="ReadFrom"/>.</param>
    /// <param name="cancellationToken">Cancels a long read.</param>
    /// <returns>The detail flows and, apart, the aggregates, with the report.</returns>
    /// <exception cref="DataFormatException">As for <see cref="ReadFrom"/>.</exception>
    public static async Task<ReadResult> ReadFromAsync(
        Stream stream,
        string sourceName,
        ComtradeReadOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        options ??= new ComtradeReadOptions();
        var hs = options.Classification;
        var duplicates = options.Duplicates;
        var valueColumn = options.ValueColumn;
        return await CsvSource
            .ReadAllAsync(
                stream,
                sourceName,
                options,
                csv => new RowReader(csv, hs, duplicates, valueColumn),
                ',',
                cancellationToken
            )
            .ConfigureAwait(false);
    }

    /// <summary>
    /// Writes flows (and, when given, aggregates) as UN Comtrade CSV with the columns this reader reads; a file
    /// written and read again gives the same flows.
    /// </summary>
    /// <param name="flows">The detail flows, in US dollars.</param>
    /// <param name="aggregates">Aggregate rows, written with <c>isAggregate</c> 1, or null.</param>
    /// <param name="writer">Where the CSV goes.</param>
    /// <exception cref="ArgumentException">
    /// A flow Comtrade cannot hold: not in US dollars, of a period that is neither a year nor a month, of an economy
    /// with no UN Comtrade code, or without a value. The message names the flow.
    /// </exception>
    public static void Write(
        TradeFlowCollection flows,
        TradeFlowCollection? aggregates,
        TextWriter writer
    )
    {
        ArgumentNullException.ThrowIfNull(flows);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(string.Join(',', WrittenColumns));
        writer.Write('\n');
        WriteRows(flows, false, writer);
        if (aggregates is not null)
        {
            WriteRows(aggregates, true, writer);
        }
    }

    /// <summary>
    /// Writes flows (and aggregates) as a UN Comtrade CSV file, atomically: the file appears complete under its name or
    /// not at all, and an existing file is replaced only once the new one is written.
    /// </summary>
    /// <param name="flows">The detail flows, in US dollars.</param>
    /// <param name="aggregates">Aggregate rows, or null.</param>
    /// <param name="path">The file; its folder is created if needed.</param>
    /// <exception cref="ArgumentException">As for <see cref="Write(TradeFlowCollection, TradeFlowCollection?, TextWriter)"/>; the file is left as it was.</exception>
    public static void WriteFile(
        TradeFlowCollection flows,
        TradeFlowCollection? aggregates,
        string path
    ) => AtomicFile.WriteText(path, text => Write(flows, aggregates, text));

    private static void WriteRows(TradeFlowCollection flows, bool aggregate, TextWriter writer)
    {
        if (flows.Currency != Currency.USD)
        {
            throw new ArgumentException(
                $"UN Comtrade values are in US dollars; the flows are in {flows.Currency.Code}.",
                nameof(flows)
            );
        }
        var invariant = CultureInfo.InvariantCulture;
        var classification = ClassificationCodeOf(flows.Classification);
        foreach (var flow in flows)
        {
            var period = flow.Period.Kind switch
            {
                PeriodKind.Year => flow.Period.Year.ToString("0000", invariant),
                PeriodKind.Month => string.Create(
                    invariant,
                    $"{flow.Period.Year:0000}{flow.Period.Number:00}"
                ),
                _ => null,
            };
            if (
                period is null
                || flow.Value is null
                || flow.Reporter.ComtradeCode is null
                || flow.Partner.ComtradeCode is null
            )
            {
                throw new ArgumentException(
                    $"UN Comtrade cannot hold the flow {flow}: it needs a year or month, a value and economies with Comtrade codes.",
                    nameof(flows)
                );
            }
            var (unitCode, quantity) =
                flow.Quantity is { } q && ComtradeQuantityUnits.TryGetCode(q.Unit, out var code)
                    ? (code.ToString(invariant), ((double)q.Value).ToString("R", invariant))
                    : ("-1", "");
            writer.Write(
                string.Join(
                    ',',
                    flow.Reporter.ComtradeCode.Value.ToString(invariant),
                    flow.Partner.ComtradeCode.Value.ToString(invariant),
                    FlowCode(flow.Direction),
                    classification,
                    flow.Category.Code,
                    period,
                    flow.Value.Value.Amount.ToString(invariant),
                    unitCode,
                    quantity,
                    aggregate ? "1" : "0"
                )
            );
            writer.Write('\n');
        }
    }

    private static string FlowCode(TradeDirection direction) =>
        direction switch
        {
            TradeDirection.Exports => "X",
            TradeDirection.Imports => "M",
            TradeDirection.ReExports => "RX",
            _ => "RM",
        };

    /// <summary>H0 … H6 for HS 1992 … HS 2022; empty for other classifications.</summary>
    private static string ClassificationCodeOf(Classification classification) =>
        classification.Name switch
        {
            "HS 1992" => "H0",
            "HS 1996" => "H1",
            "HS 2002" => "H2",
            "HS 2007" => "H3",
            "HS 2012" => "H4",
            "HS 2017" => "H5",
            "HS 2022" => "H6",
            _ => "",
        };

    /// <summary>The per-file state of a read.</summary>
    private sealed class RowReader : IRowReader
    {
        private const string UnknownEconomy =
            "is not a numeric UN Comtrade economy code this model knows.";

        private readonly ITableSource csv;
        private readonly Classification classification;
        private readonly string classificationCode;
        private readonly FlowRows detail;
        private readonly TradeFlowCollection aggregates;
        private readonly TradeFlowAppender aggregateAppender;
        private readonly int reporter;
        private readonly int partner;
        private readonly int flowCode;
        private readonly int cmdCode;
        private readonly int period;
        private readonly int value;
        private readonly int classificationColumn;
        private readonly int qtyUnitCode;
        private readonly int qty;
        private readonly int netWgt;
        private readonly int isAggregate;
        private readonly (int Column, string Whole)[] breakdowns;

        internal RowReader(
            ITableSource csv,
            Classification classification,
            DuplicateRows duplicates,
            string valueColumn
        )
        {
            this.csv = csv;
            this.classification = classification;
            classificationCode = ClassificationCodeOf(classification);
            detail = new FlowRows(
                csv,
                classification,
                Currency.USD,
                csv.EstimatedRows(160),
                duplicates
            );
            aggregates = new TradeFlowCollection(classification, Currency.USD);
            aggregateAppender = aggregates.CreateAppender();
            reporter = csv.Column("reporterCode");
            partner = csv.Column("partnerCode");
            flowCode = csv.Column("flowCode");
            cmdCode = csv.Column("cmdCode");
            period = csv.Column("period");
            value = csv.Column(valueColumn);
            classificationColumn = csv.Column("classificationCode", required: false);
            qtyUnitCode = csv.Column("qtyUnitCode", required: false);
            qty = csv.Column("qty", required: false);
            netWgt = csv.Column("netWgt", required: false);
            isAggregate = csv.Column("isAggregate", required: false);
            breakdowns =
            [
                (csv.Column("partner2Code", required: false), "0"),
                (csv.Column("customsCode", required: false), "C00"),
                (csv.Column("motCode", required: false), "0"),
            ];
        }

        public ReadResult Result() => detail.Result(aggregates);

        public void ReadRow()
        {
            if (
                !csv.HasAllFields()
                || !IsWholeFlow()
                || !TryClassification()
                || !detail.TryEconomy(reporter, TryEconomy, UnknownEconomy, out var from)
                || !detail.TryEconomy(partner, TryEconomy, UnknownEconomy, out var to)
                || !TryDirection(out var direction)
                || !detail.TryCategory(cmdCode, TryCommodity, NotACommodity, out var category)
                || !detail.TryPeriod(
                    period,
                    TryPeriod,
                    "is not a year (2024) or a month (202401).",
                    out var when
                )
                || !TryValue(out var amount)
                || !TryQuantity(out var quantity, out var unit)
            )
            {
                return;
            }
            var status = amount is null ? ObservationStatus.Missing : ObservationStatus.Normal;
            if (
                // In an HS edition, chapters and headings; in any classification, its top and what is marked.
                (classificationCode.Length > 0 && category.Value.Code.Length < 6)
                || category.Value.Parent is null
                || csv.Text(isAggregate) is "1" or "true" or "True"
            )
            {
                // Aggregates are few: they go apart through the plain appender, so the detail's codes stay its own.
                aggregateAppender.Append(
                    from.Value,
                    to.Value,
                    direction,
                    category.Value,
                    when.Value,
                    amount,
                    status,
                    quantity,
                    unit?.Value
                );
                csv.Report.Note("aggregate rows kept apart");
                csv.Accept();
                return;
            }
            detail.Append(
                Currency.USD,
                from,
                to,
                direction,
                category,
                when,
                amount,
                status,
                quantity,
                unit,
                value
            );
        }

        /// <summary>
        /// A commodity code as written, or, in an HS edition, with the leading zero an integer column dropped restored
        /// (HS codes have 2, 4 or 6 digits: pandas writes 010121 as 10121, 0101 as 101).
        /// </summary>
        private bool TryCommodity(string text, [NotNullWhen(true)] out Category? category) =>
            classification.TryGet(text, out category)
            || (
                classificationCode.Length > 0
                && text.Length % 2 == 1
                && text.All(char.IsAsciiDigit)
                && classification.TryGet("0" + text, out category)
            );

        private string NotACommodity =>
            classificationCode.Length > 0
                ? $"is not a code of {classification.Name}, even with a leading zero restored."
                : $"is not a code of {classification.Name}.";

        private bool IsWholeFlow()
        {
            foreach (var (column, whole) in breakdowns)
            {
                var text = csv.Field(column).Trim();
                if (!text.IsEmpty && !text.Equals(whole, StringComparison.OrdinalIgnoreCase))
                {
                    csv.Fail(
                        column,
                        $"is a breakdown ({csv.NameOf(column)} not {whole}), which this model does not hold; it would count trade twice."
                    );
                    return false;
                }
            }
            return true;
        }

        private bool TryClassification()
        {
            var text = csv.Field(classificationColumn).Trim();
            if (
                text.IsEmpty
                || classificationCode.Length == 0
                || text.Equals(classificationCode, StringComparison.OrdinalIgnoreCase)
            )
            {
                return true;
            }
            csv.Fail(
                classificationColumn,
                $"is not {classificationCode}, the code of {classification.Name} in which the rows are read."
            );
            return false;
        }

        private static bool TryEconomy(string text, [NotNullWhen(true)] out Economy? economy)
        {
            economy = null;
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                && Economy.TryFromComtradeCode(code, out economy);
        }

        private bool TryDirection(out TradeDirection direction)
        {
            (var ok, direction) = csv.Text(flowCode).ToUpperInvariant() switch
            {
                "X" => (true, TradeDirection.Exports),
                "M" => (true, TradeDirection.Imports),
                "RX" => (true, TradeDirection.ReExports),
                "RM" => (true, TradeDirection.ReImports),
                _ => (false, default),
            };
            if (!ok)
            {
                csv.Fail(flowCode, "is not a flow code this model holds (X, M, RX, RM).");
            }
            return ok;
        }

        /// <summary>A year (2024) or a month (202401).</summary>
        private static bool TryPeriod(string text, out ReferencePeriod when)
        {
            when = default;
            if (
                !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            )
            {
                return false;
            }
            switch (text.Length)
            {
                case 4 when number is >= 1 and <= 9999:
                    when = ReferencePeriod.ForYear(number);
                    return true;
                case 6 when number / 100 is >= 1 and <= 9999 && number % 100 is >= 1 and <= 12:
                    when = ReferencePeriod.ForMonth(number / 100, number % 100);
                    return true;
                default:
                    return false;
            }
        }

        private bool TryValue(out decimal? amount)
        {
            if (!detail.TryValue(value, 0, out amount))
            {
                return false;
            }
            if (amount < 0m)
            {
                csv.Fail(value, "is a negative value.");
                return false;
            }
            return true;
        }

        /// <summary>
        /// <c>qty</c> in its <c>qtyUnitCode</c> unit when UnitsNet has one; else the net weight in kilograms; else none.
        /// </summary>
        private bool TryQuantity(out double quantity, out Coded<Enum>? unit)
        {
            unit = null;
            if (
                !detail.TryQuantity(qty, out var stated)
                || !detail.TryQuantity(netWgt, out var kilograms)
            )
            {
                quantity = double.NaN;
                return false;
            }
            if (
                !double.IsNaN(stated)
                && int.TryParse(
                    csv.Field(qtyUnitCode).Trim(),
                    NumberStyles.AllowLeadingSign,
                    CultureInfo.InvariantCulture,
                    out var code
                )
                && ComtradeQuantityUnits.TryGetUnit(code, out var mapped, out var factor)
            )
            {
                (quantity, unit) = (stated * factor, detail.Unit(mapped));
            }
            else if (!double.IsNaN(kilograms))
            {
                csv.Report.Note("quantity from net weight (kg)");
                (quantity, unit) = (kilograms, detail.Unit(MassUnit.Kilogram));
            }
            else
            {
                quantity = double.NaN;
                if (!double.IsNaN(stated))
                {
                    csv.Report.Note(
                        "quantity in a unit with no UnitsNet counterpart and no net weight: none kept"
                    );
                }
            }
            return true;
        }
    }
}
