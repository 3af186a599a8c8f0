using Apache.Arrow;
using Microsoft.Data.Analysis;
using TradeModel.Analysis;

namespace TradeModel.Data.Export;

/// <summary>
/// A cube handed to the next tool: as CSV, as an Apache Arrow record batch (the way to pandas, polars, R and DuckDB
/// without a file), as a <c>Microsoft.Data.Analysis</c> DataFrame, or as an Excel workbook. Every form has the same
/// tidy columns: for each of the query's dimensions a code column (<c>year</c>, <c>reporter</c>, <c>partner</c>,
/// <c>direction</c>, <c>category</c>, <c>grouping</c>) and, for economies and categories, a name column
/// (<c>reporter_name</c>); then <c>value</c> (the exact total, empty where the cell has no value), <c>currency</c>,
/// <c>flows</c> and <c>flows_without_value</c>; and when the query sums quantities, <c>quantity_t</c> (one column per
/// unit the cells have, by its abbreviation) and <c>flows_with_quantity</c>. One row per cell, in the cube's order.
/// </summary>
/// <example>
/// <code language="csharp">
/// var cube = flows.Aggregate(FlowQuery.By(FlowDimension.Year, FlowDimension.Reporter));
/// using (var csv = File.CreateText("by-year-and-reporter.csv")) cube.WriteCsv(csv);
/// RecordBatch batch = cube.ToRecordBatch();   // value is decimal128(38, s): exact
/// DataFrame frame = cube.ToDataFrame();       // value is a DecimalDataFrameColumn
/// </code>
/// </example>
public static class CubeExport
{
    /// <summary>
    /// Writes the cube as CSV (RFC 4180, invariant): a header, then a record per cell. Values are written exactly,
    /// with their scale (<c>1234.50</c>); quantities in their round-trip form.
    /// </summary>
    /// <param name="cube">The cube.</param>
    /// <param name="writer">Where the text goes.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteCsv(this FlowCube cube, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(cube);
        ArgumentNullException.ThrowIfNull(writer);
        ExportTable.WriteCsv(CubeColumns.Of(cube), cube, writer);
    }

    /// <summary>
    /// The cube as an Apache Arrow record batch: texts as utf8, <c>value</c> as decimal128(38, s) with s the largest
    /// scale of the values (decimal256(76, s) when a value's whole digits and s do not fit 38), exact; counts as int32, quantities as float64; every
    /// column nullable.
    /// </summary>
    /// <param name="cube">The cube.</param>
    /// <returns>The record batch, one row per cell.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cube"/> is null.</exception>
    public static RecordBatch ToRecordBatch(this FlowCube cube)
    {
        ArgumentNullException.ThrowIfNull(cube);
        return ExportTable.ToRecordBatch(CubeColumns.Of(cube), cube);
    }

    /// <summary>
    /// The cube as a <c>Microsoft.Data.Analysis</c> DataFrame (which notebooks display as a table): texts as
    /// <see cref="StringDataFrameColumn"/>, <c>value</c> as a <see cref="DecimalDataFrameColumn"/> (exact), counts as
    /// <see cref="Int32DataFrameColumn"/>, quantities as <see cref="DoubleDataFrameColumn"/>.
    /// </summary>
    /// <param name="cube">The cube.</param>
    /// <returns>The DataFrame, one row per cell.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cube"/> is null.</exception>
    public static DataFrame ToDataFrame(this FlowCube cube)
    {
        ArgumentNullException.ThrowIfNull(cube);
        return ExportTable.ToDataFrame(CubeColumns.Of(cube), cube);
    }

    /// <summary>
    /// Writes the cube as an Excel workbook (.xlsx) with one worksheet, through SpreadCheetah: a header row, then a
    /// row per cell. Excel holds numbers as doubles: a value that a double holds exactly (every value of up to 15
    /// significant digits) is written as a number, any other as its exact text, so nothing is rounded away.
    /// </summary>
    /// <param name="cube">The cube.</param>
    /// <param name="stream">Where the workbook goes (left open).</param>
    /// <param name="worksheetName">The worksheet's name; "Cube" when null.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the workbook is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cube"/> or <paramref name="stream"/> is null.</exception>
    public static Task WriteExcelAsync(
        this FlowCube cube,
        Stream stream,
        string? worksheetName = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(cube);
        ArgumentNullException.ThrowIfNull(stream);
        return ExportTable.WriteExcelAsync(
            CubeColumns.Of(cube),
            cube,
            stream,
            worksheetName ?? "Cube",
            cancellationToken
        );
    }
}
