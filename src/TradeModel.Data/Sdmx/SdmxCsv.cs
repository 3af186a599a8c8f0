using System.Globalization;
using TradeModel.Classifications;
using TradeModel.Data.Internal;
using TradeModel.Data.Rows;
using TradeModel.Economies;
using TradeModel.Flows;

namespace TradeModel.Data.Sdmx;

/// <summary>
/// SDMX-CSV data messages (versions 1.0 and 2.0) as statistical offices publish balance-of-payments services:
/// one observation per row, dimensions in columns (REF_AREA, COUNTERPART_AREA, ACCOUNTING_ENTRY, INT_ACC_ITEM,
/// TIME_PERIOD…), then OBS_VALUE and attributes (OBS_STATUS, CONF_STATUS, UNIT_MULT, CURRENCY or UNIT_MEASURE).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>The version is read from the header: DATAFLOW first is 1.0; STRUCTURE, STRUCTURE_ID, ACTION is 2.0 (rows with
/// ACTION D, deletions, are errors: they are not observations).</item>
/// <item>UNIT_MULT scales the value exactly (3175.56 with UNIT_MULT 9 is 3,175,560,000,000); the report counts the rows
/// each multiplier was applied to (<c>unit multiplier 9</c>).</item>
/// <item>OBS_STATUS and CONF_STATUS become the flow's status (<see cref="SdmxCodes.TryGetStatus"/>); an empty or NaN
/// value is missing, never zero.</item>
/// <item>All values must be in one currency: the first row's, or <see cref="SdmxReadOptions.Currency"/>.</item>
/// </list>
/// </remarks>
public static class SdmxCsv
{
    /// <summary>Reads an SDMX-CSV file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Dimensions, classification, errors and progress; balance-of-payments services, strict, when null.</param>
    /// <param name="cancellationToken">Cancels a long read.</param>
    /// <returns>The flows and the report.</returns>
    /// <exception cref="DataFormatException">In strict mode, the first bad row; in any mode, a missing column or no currency.</exception>
    public static ReadResult Read(
        string path,
        SdmxReadOptions? options = null,
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
        SdmxReadOptions? options = null,
        CancellationToken cancellationToken = default
    ) =>
        SourceFile.ReadAsync(
            path,
            (stream, name) => ReadFromAsync(stream, name, options, cancellationToken)
        );

    /// <summary>Reads SDMX-CSV from a stream (left open).</summary>
    /// <param name="stream">The CSV text.</param>
    /// <param name="sourceName">The name errors give the source.</param>
    /// <param name="options">Dimensions, classification, errors and progress; balance-of-payments services, strict, when null.</param>
    /// <param name="cancellationToken">Cancels a long read.</param>
    /// <returns>The flows and the report.</returns>
    /// <exception cref="DataFormatException">In strict mode, the first bad row; in any mode, a missing column or no currency.</exception>
    public static ReadResult ReadFrom(
        Stream stream,
        string sourceName,
        SdmxReadOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        options ??= new SdmxReadOptions();
        var given = options;
        return CsvSource.ReadAll(
            stream,
            sourceName,
            options,
            csv => new RowReader(csv, given),
            ',',
            cancellationToken
        );
    }

    /// <summary>Reads SDMX-CSV from a stream (left open) asynchronously; see <see cref="ReadFrom"/>.</summary>
    /// <param name="stream">The CSV text.</param>
    /// <param name="sourceName">The name errors give the source.</param>
    /// <param name="options">As for <see cref="ReadFrom"/>.</param>
    /// <param name="cancellationToken">Cancels a long read.</param>
    /// <returns>The flows and the report.</returns>
    /// <exception cref="DataFormatException">As for <see cref="ReadFrom"/>.</exception>
    public static async Task<ReadResult> ReadFromAsync(
        Stream stream,
        string sourceName,
        SdmxReadOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        options ??= new SdmxReadOptions();
        var given = options;
        return await CsvSource
            .ReadAllAsync(
                stream,
                sourceName,
                options,
                csv => new RowReader(csv, given),
                ',',
                cancellationToken
            )
            .ConfigureAwait(false);
    }

    /// <summary>
    /// Writes flows as SDMX-CSV with the balance-of-payments services dimensions: REF_AREA, COUNTERPART_AREA,
    /// ACCOUNTING_ENTRY (C for exports, D for imports), INT_ACC_ITEM, TIME_PERIOD, then OBS_VALUE (in units, UNIT_MULT
    /// 0), OBS_STATUS and CURRENCY. Economies are written as their <see cref="Economy.Code"/>.
    /// </summary>
    /// <param name="flows">The flows.</param>
    /// <param name="dataflow">The dataflow the rows belong to, e.g. <c>IMF:BOP(1.0)</c>.</param>
    /// <param name="version">SDMX-CSV 1.0 or 2.0.</param>
    /// <param name="writer">Where the CSV goes.</param>
    /// <exception cref="ArgumentException">A flow is re-exports or re-imports (BPM6 has no such entry), or of an economy with no code.</exception>
    public static void Write(
        TradeFlowCollection flows,
        string dataflow,
        SdmxCsvVersion version,
        TextWriter writer
    )
    {
        ArgumentNullException.ThrowIfNull(flows);
        ArgumentNullException.ThrowIfNull(dataflow);
        ArgumentNullException.ThrowIfNull(writer);
        var prefix = version == SdmxCsvVersion.V2 ? "STRUCTURE,STRUCTURE_ID,ACTION" : "DATAFLOW";
        writer.Write(
            prefix
                + ",REF_AREA,COUNTERPART_AREA,ACCOUNTING_ENTRY,INT_ACC_ITEM,TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MULT,CURRENCY\n"
        );
        var lead = version == SdmxCsvVersion.V2 ? $"dataflow,{Quote(dataflow)},I" : Quote(dataflow);
        foreach (var flow in flows)
        {
            var entry = flow.Direction switch
            {
                TradeDirection.Exports => "C",
                TradeDirection.Imports => "D",
                _ => throw new ArgumentException(
                    $"SDMX balance-of-payments entries are credits or debits; the flow {flow} is neither.",
                    nameof(flows)
                ),
            };
            if (flow.Reporter.Code is null || flow.Partner.Code is null)
            {
                throw new ArgumentException(
                    $"The flow {flow} has an economy with no code to write.",
                    nameof(flows)
                );
            }
            writer.Write(
                string.Join(
                    ',',
                    lead,
                    flow.Reporter.Code,
                    flow.Partner.Code,
                    entry,
                    Quote(flow.Category.Code),
                    flow.Period.ToString(null, CultureInfo.InvariantCulture),
                    flow.Value?.Amount.ToString(CultureInfo.InvariantCulture) ?? "",
                    SdmxCodes.CodeOf(flow.Status),
                    "0",
                    flows.Currency.Code
                )
            );
            writer.Write('\n');
        }
    }

    /// <summary>
    /// Writes flows as an SDMX-CSV file, atomically: the file appears complete under its name or not at all, and an
    /// existing file is replaced only once the new one is written.
    /// </summary>
    /// <param name="flows">The flows.</param>
    /// <param name="dataflow">The dataflow the rows belong to, e.g. <c>IMF:BOP(1.0)</c>.</param>
    /// <param name="version">SDMX-CSV 1.0 or 2.0.</param>
    /// <param name="path">The file; its folder is created if needed.</param>
    /// <exception cref="ArgumentException">As for <see cref="Write(TradeFlowCollection, string, SdmxCsvVersion, TextWriter)"/>; the file is left as it was.</exception>
    public static void WriteFile(
        TradeFlowCollection flows,
        string dataflow,
        SdmxCsvVersion version,
        string path
    ) => AtomicFile.WriteText(path, text => Write(flows, dataflow, version, text));

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\n\r") >= 0
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;

    /// <summary>The per-file state of a read.</summary>
    private sealed class RowReader : IRowReader
    {
        private readonly CsvSource csv;
        private readonly SdmxRows observations;
        private readonly int action;
        private readonly int currency;

        internal RowReader(CsvSource csv, SdmxReadOptions options)
        {
            this.csv = csv;
            var v2 = csv.Column("STRUCTURE", required: false) == 0;
            if (!v2)
            {
                csv.Column("DATAFLOW");
            }
            action = v2 ? csv.Column("ACTION") : -1;
            observations = new SdmxRows(csv, options, csv.Column, csv.EstimatedRows(96));
            currency = csv.Column("CURRENCY", required: false) is >= 0 and var c
                ? c
                : csv.Column("UNIT_MEASURE", required: false);
            if (currency < 0 && options.Currency is null)
            {
                throw new DataFormatException(
                    new RowError(
                        csv.Source,
                        1,
                        1,
                        "CURRENCY",
                        "",
                        "is missing, and no currency was given in the options: values need one."
                    )
                );
            }
        }

        public ReadResult Result() => observations.Result();

        public void ReadRow()
        {
            if (csv.HasAllFields() && IsObservation())
            {
                observations.Read(currency);
            }
        }

        private bool IsObservation()
        {
            if (action < 0 || csv.Text(action) is "" or "I" or "A" or "R" or "M")
            {
                return true;
            }
            csv.Fail(
                action,
                "is an action other than information, append, replace or merge: the row is not an observation."
            );
            return false;
        }
    }
}
