using System.Globalization;
using TradeModel.Classifications;
using TradeModel.Data.Internal;
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
/// <item>Partner 0 is the World; codes are UN Comtrade's (<see cref="Economy.FromComtradeCode"/>).</item>
/// <item><c>period</c> is a year (2024) or a month (202401).</item>
/// <item>Aggregates — <c>cmdCode</c> TOTAL, chapters and headings, or <c>isAggregate</c> 1 — go to
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
    )
    {
        options ??= new ComtradeReadOptions();
        var hs = options.Classification;
        return CsvSource.ReadFile(
            path,
            options,
            csv => new RowReader(csv, hs),
            ',',
            cancellationToken
        );
    }

    /// <summary>Reads a file asynchronously; see <see cref="Read"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">As for <see cref="Read"/>.</param>
    /// <param name="cancellationToken">Cancels a long read.</param>
    /// <returns>The flows and the report.</returns>
    /// <exception cref="DataFormatException">As for <see cref="Read"/>.</exception>
    public static async Task<ReadResult> ReadAsync(
        string path,
        ComtradeReadOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        options ??= new ComtradeReadOptions();
        var hs = options.Classification;
        return await CsvSource
            .ReadFileAsync(path, options, csv => new RowReader(csv, hs), ',', cancellationToken)
            .ConfigureAwait(false);
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
        return CsvSource.ReadAll(
            stream,
            sourceName,
            options,
            csv => new RowReader(csv, hs),
            ',',
            cancellationToken
        );
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
        private readonly CsvSource csv;
        private readonly Classification classification;
        private readonly string classificationCode;
        private readonly TradeFlowAppender detail;
        private readonly TradeFlowAppender aggregates;
        private readonly Dictionary<int, Economy> economies = [];
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
        private readonly int partner2Code;
        private readonly int customsCode;
        private readonly int motCode;

        internal RowReader(CsvSource csv, Classification classification)
        {
            this.csv = csv;
            this.classification = classification;
            classificationCode = ClassificationCodeOf(classification);
            Detail = new TradeFlowCollection(classification, Currency.USD, 1024);
            Aggregates = new TradeFlowCollection(classification, Currency.USD);
            detail = Detail.CreateAppender();
            aggregates = Aggregates.CreateAppender();
            reporter = csv.Column("reporterCode");
            partner = csv.Column("partnerCode");
            flowCode = csv.Column("flowCode");
            cmdCode = csv.Column("cmdCode");
            period = csv.Column("period");
            value = csv.Column("primaryValue");
            classificationColumn = csv.Column("classificationCode", required: false);
            qtyUnitCode = csv.Column("qtyUnitCode", required: false);
            qty = csv.Column("qty", required: false);
            netWgt = csv.Column("netWgt", required: false);
            isAggregate = csv.Column("isAggregate", required: false);
            partner2Code = csv.Column("partner2Code", required: false);
            customsCode = csv.Column("customsCode", required: false);
            motCode = csv.Column("motCode", required: false);
        }

        internal TradeFlowCollection Detail { get; }

        internal TradeFlowCollection Aggregates { get; }

        public ReadResult Result() => new(Detail, csv.Report, Aggregates);

        public void ReadRow()
        {
            if (
                !csv.HasAllFields()
                || !IsWholeFlow()
                || !TryClassification()
                || !TryEconomy(reporter, out var from)
                || !TryEconomy(partner, out var to)
                || !TryDirection(out var direction)
                || !TryCategory(out var category)
                || !TryPeriod(out var when)
                || !TryValue(out var amount)
                || !TryQuantity(out var quantity, out var unit)
            )
            {
                return;
            }
            var aggregate =
                category.Code.Length < 6
                || category.Parent is null
                || csv.Text(isAggregate) is "1" or "true" or "True";
            (aggregate ? aggregates : detail).Append(
                from,
                to,
                direction,
                category,
                when,
                amount,
                amount is null ? ObservationStatus.Missing : ObservationStatus.Normal,
                quantity,
                unit
            );
            if (aggregate)
            {
                csv.Report.Note("aggregate rows kept apart");
            }
            csv.Accept();
        }

        private bool IsWholeFlow()
        {
            foreach (
                var (column, whole) in new[]
                {
                    (partner2Code, "0"),
                    (customsCode, "C00"),
                    (motCode, "0"),
                }
            )
            {
                var text = csv.Text(column);
                if (
                    column >= 0
                    && text.Length > 0
                    && !string.Equals(text, whole, StringComparison.OrdinalIgnoreCase)
                )
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
            var text = csv.Text(classificationColumn);
            if (
                text.Length == 0
                || classificationCode.Length == 0
                || string.Equals(text, classificationCode, StringComparison.OrdinalIgnoreCase)
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

        private bool TryEconomy(int column, out Economy economy)
        {
            economy = null!;
            if (
                !int.TryParse(
                    csv.Field(column).Trim(),
                    NumberStyles.None,
                    CultureInfo.InvariantCulture,
                    out var code
                )
            )
            {
                csv.Fail(column, "is not a numeric UN Comtrade economy code.");
                return false;
            }
            if (economies.TryGetValue(code, out economy!))
            {
                return true;
            }
            if (!Economy.TryFromComtradeCode(code, out var found))
            {
                csv.Fail(column, "is not a UN Comtrade economy code this model knows.");
                return false;
            }
            economies[code] = economy = found;
            return true;
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

        private bool TryCategory(out Category category) =>
            csv.TryCategory(cmdCode, classification, out category);

        private bool TryPeriod(out ReferencePeriod when)
        {
            var text = csv.Text(period);
            when = default;
            var ok =
                int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                && text.Length switch
                {
                    4 => number is >= 1 and <= 9999
                        && Set(ReferencePeriod.ForYear(number), out when),
                    6 => number / 100 is >= 1 and <= 9999
                        && number % 100 is >= 1 and <= 12
                        && Set(ReferencePeriod.ForMonth(number / 100, number % 100), out when),
                    _ => false,
                };
            if (!ok)
            {
                csv.Fail(period, "is not a year (2024) or a month (202401).");
            }
            return ok;
        }

        private static bool Set(ReferencePeriod value, out ReferencePeriod target)
        {
            target = value;
            return true;
        }

        private bool TryValue(out decimal? amount)
        {
            amount = null;
            var text = csv.Field(value).Trim();
            if (text.IsEmpty)
            {
                return true;
            }
            if (!ExactDecimal.TryParse(text, out var parsed, out var reason))
            {
                csv.Fail(value, $"is not an exact value in US dollars: {reason}");
                return false;
            }
            if (parsed < 0m)
            {
                csv.Fail(value, "is a negative value.");
                return false;
            }
            amount = parsed;
            return true;
        }

        private bool TryQuantity(out double quantity, out Enum? unit)
        {
            quantity = double.NaN;
            unit = null;
            foreach (var column in new[] { qty, netWgt })
            {
                if (csv.Text(column).Length > 0 && !TryNumber(column, out _))
                {
                    csv.Fail(column, "is not a quantity: a finite number of at least 0, or blank.");
                    return false;
                }
            }
            if (
                int.TryParse(
                    csv.Text(qtyUnitCode),
                    NumberStyles.AllowLeadingSign,
                    CultureInfo.InvariantCulture,
                    out var code
                )
                && ComtradeQuantityUnits.TryGetUnit(code, out var mapped, out var factor)
                && TryNumber(qty, out var amount)
            )
            {
                (quantity, unit) = (amount * factor, mapped);
            }
            else if (TryNumber(netWgt, out var kilograms))
            {
                csv.Report.Note("quantity from net weight (kg)");
                (quantity, unit) = (kilograms, MassUnit.Kilogram);
            }
            else if (csv.Text(qty).Length > 0)
            {
                csv.Report.Note(
                    "quantity in a unit with no UnitsNet counterpart and no net weight: none kept"
                );
            }
            return true;
        }

        private bool TryNumber(int column, out double number)
        {
            number = double.NaN;
            return column >= 0
                && double.TryParse(
                    csv.Field(column).Trim(),
                    NumberStyles.Float,
                    CultureInfo.InvariantCulture,
                    out number
                )
                && double.IsFinite(number)
                && number >= 0;
        }
    }
}
