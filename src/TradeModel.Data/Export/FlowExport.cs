using Apache.Arrow;
using TradeModel.Data.Internal;
using TradeModel.Flows;
using UnitsNet;

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
    private static readonly string[] Header =
    [
        "reporter",
        "partner",
        "direction",
        "category",
        "period",
        "value",
        "currency",
        "status",
        "quantity",
        "unit",
    ];

    /// <summary>Writes the flows as CSV (RFC 4180, invariant): a header, then a record per flow.</summary>
    /// <param name="flows">The flows.</param>
    /// <param name="writer">Where the text goes.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteCsv(this TradeFlowCollection flows, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(flows);
        ArgumentNullException.ThrowIfNull(writer);
        CsvText.WriteRecord(writer, Header);
        var currency = flows.Currency.Code;
        foreach (var flow in flows)
        {
            CsvText.WriteRecord(writer, Fields(flow, currency));
        }
    }

    /// <summary>
    /// The flows as an Apache Arrow record batch: texts as utf8, <c>value</c> as decimal128(38, s) with s the largest
    /// scale of the values (exact), <c>quantity</c> as float64; every column nullable.
    /// </summary>
    /// <param name="flows">The flows.</param>
    /// <returns>The record batch, one row per flow.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="flows"/> is null.</exception>
    public static RecordBatch ToRecordBatch(this TradeFlowCollection flows)
    {
        ArgumentNullException.ThrowIfNull(flows);
        var currency = flows.Currency.Code;
        var rows = flows.Select(f => Fields(f, currency)).ToList();
        var fields = new List<Field>(Header.Length);
        var arrays = new List<IArrowArray>(Header.Length);
        for (var column = 0; column < Header.Length; column++)
        {
            var type = Header[column] switch
            {
                "value" => typeof(decimal),
                "quantity" => typeof(double),
                _ => typeof(string),
            };
            var array = ArrowColumns.Build(type, [.. rows.Select(r => r[column])]);
            fields.Add(new Field(Header[column], array.Data.DataType, nullable: true));
            arrays.Add(array);
        }
        return new RecordBatch(new Schema(fields, null), arrays, rows.Count);
    }

    private static object?[] Fields(TradeFlow flow, string currency) =>
        [
            flow.Reporter.Code,
            flow.Partner.Code,
            flow.Direction.ToString(),
            flow.Category.Code,
            flow.Period.ToString(),
            flow.Value?.Amount,
            currency,
            flow.Status.ToString(),
            flow.Quantity is { } q ? (double)q.Value : null,
            flow.Quantity is { } u ? QuantityUnitText.Format(u.Unit) : null,
        ];
}
