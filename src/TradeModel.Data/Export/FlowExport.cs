using Apache.Arrow;
using Microsoft.Data.Analysis;
using TradeModel.Flows;

namespace TradeModel.Data.Export;

/// <summary>
/// A flow collection handed to the next tool, in TradeModel's own columns (those of <c>TradeParquetSchema</c>):
/// <c>reporter</c> and <c>partner</c> (the economies' codes: CHN, WLD, S19), <c>direction</c> (Exports, Imports,
/// ReExports, ReImports), <c>category</c> (its code), <c>period</c> (SDMX notation: 2024, 2024-Q3, 2024-03),
/// <c>value</c> (exact, empty when the flow has none), <c>currency</c>, <c>status</c>, <c>quantity</c> and <c>unit</c>
/// (the UnitsNet unit as <c>MassUnit.Tonne</c>). One row per flow, in the collection's order. A CSV written so reads
/// back into the same flows with <c>MappedCsv</c> and <c>FlowLayout.TradeModelColumns</c>.
/// </summary>
/// <example>
/// <code language="csharp">
/// using (var csv = File.CreateText("flows.csv")) flows.WriteCsv(csv);
/// var again = MappedCsv.Read("flows.csv", new MappedCsvOptions { Layout = FlowLayout.TradeModelColumns(flows.Classification) });
/// </code>
/// </example>
public static class FlowExport
{
    /// <summary>Writes the flows as CSV (RFC 4180, invariant): a header, then a record per flow.</summary>
    /// <param name="flows">The flows.</param>
    /// <param name="writer">Where the text goes.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteCsv(this TradeFlowCollection flows, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(flows);
        ArgumentNullException.ThrowIfNull(writer);
        ExportTable.WriteCsv(Columns(flows), flows, writer);
    }

    /// <summary>
    /// The flows as an Apache Arrow record batch: texts as utf8, <c>value</c> as decimal128(38, s) with s the largest
    /// scale of the values (decimal256(76, s) when a value's whole digits and s do not fit 38), exact; <c>quantity</c>
    /// as float64; every column nullable.
    /// </summary>
    /// <param name="flows">The flows.</param>
    /// <returns>The record batch, one row per flow.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="flows"/> is null.</exception>
    public static RecordBatch ToRecordBatch(this TradeFlowCollection flows)
    {
        ArgumentNullException.ThrowIfNull(flows);
        return ExportTable.ToRecordBatch(Columns(flows), flows);
    }

    /// <summary>The flows as a <c>Microsoft.Data.Analysis</c> DataFrame: texts, the exact value as a decimal column, the quantity as doubles.</summary>
    /// <param name="flows">The flows.</param>
    /// <returns>The DataFrame, one row per flow.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="flows"/> is null.</exception>
    public static DataFrame ToDataFrame(this TradeFlowCollection flows)
    {
        ArgumentNullException.ThrowIfNull(flows);
        return ExportTable.ToDataFrame(Columns(flows), flows);
    }

    /// <summary>
    /// Writes the flows as an Excel workbook (.xlsx) with one worksheet: a value a double holds exactly as a number,
    /// any other as its exact text (see <see cref="CubeExport.WriteExcelAsync"/>).
    /// </summary>
    /// <param name="flows">The flows.</param>
    /// <param name="stream">Where the workbook goes (left open).</param>
    /// <param name="worksheetName">The worksheet's name; "Flows" when null.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the workbook is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="flows"/> or <paramref name="stream"/> is null.</exception>
    public static Task WriteExcelAsync(
        this TradeFlowCollection flows,
        Stream stream,
        string? worksheetName = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(flows);
        ArgumentNullException.ThrowIfNull(stream);
        return ExportTable.WriteExcelAsync(
            Columns(flows),
            flows,
            stream,
            worksheetName ?? "Flows",
            cancellationToken
        );
    }

    private static ExportColumn<TradeFlow>[] Columns(TradeFlowCollection flows)
    {
        var currency = flows.Currency.Code;
        return
        [
            new("reporter", typeof(string), f => f.Reporter.Code),
            new("partner", typeof(string), f => f.Partner.Code),
            new("direction", typeof(string), f => f.Direction.ToString()),
            new("category", typeof(string), f => f.Category.Code),
            new("period", typeof(string), f => f.Period.ToString()),
            new("value", typeof(decimal), f => f.Value?.Amount),
            new("currency", typeof(string), _ => currency),
            new("status", typeof(string), f => f.Status.ToString()),
            new("quantity", typeof(double), f => f.Quantity is { } q ? (double)q.Value : null),
            new(
                "unit",
                typeof(string),
                f => f.Quantity is { } q ? QuantityUnitText.Format(q.Unit) : null
            ),
        ];
    }
}
