using System.Globalization;
using Apache.Arrow;
using Microsoft.Data.Analysis;
using SpreadCheetah;
using TradeModel.Data.Internal;

namespace TradeModel.Data.Export;

/// <summary>
/// Rows and their columns written in each form an export offers: CSV, an Arrow record batch, a DataFrame, an Excel
/// workbook. The column types map the same way in each: text, exact decimal, 32-bit count, double.
/// </summary>
internal static class ExportTable
{
    internal static void WriteCsv<TRow>(
        IReadOnlyList<ExportColumn<TRow>> columns,
        IEnumerable<TRow> rows,
        TextWriter writer
    )
    {
        CsvText.WriteRecord(writer, columns.Select(c => c.Name));
        foreach (var row in rows)
        {
            CsvText.WriteRecord(writer, columns.Select(c => c.Value(row)));
        }
    }

    internal static RecordBatch ToRecordBatch<TRow>(
        IReadOnlyList<ExportColumn<TRow>> columns,
        IReadOnlyCollection<TRow> rows
    )
    {
        var fields = new List<Field>(columns.Count);
        var arrays = new List<IArrowArray>(columns.Count);
        foreach (var column in columns)
        {
            var array = ArrowColumns.Build(column.Type, [.. rows.Select(column.Value)]);
            fields.Add(new Field(column.Name, array.Data.DataType, nullable: true));
            arrays.Add(array);
        }
        return new RecordBatch(new Schema(fields, null), arrays, rows.Count);
    }

    internal static DataFrame ToDataFrame<TRow>(
        IReadOnlyList<ExportColumn<TRow>> columns,
        IReadOnlyCollection<TRow> rows
    ) => new([.. columns.Select(column => FrameColumn(column, rows))]);

    private static DataFrameColumn FrameColumn<TRow>(
        ExportColumn<TRow> column,
        IReadOnlyCollection<TRow> rows
    )
    {
        var values = rows.Select(column.Value);
        return column.Type switch
        {
            _ when column.Type == typeof(decimal) => new DecimalDataFrameColumn(
                column.Name,
                values.Select(v => (decimal?)v)
            ),
            _ when column.Type == typeof(int) => new Int32DataFrameColumn(
                column.Name,
                values.Select(v => (int?)v)
            ),
            _ when column.Type == typeof(double) => new DoubleDataFrameColumn(
                column.Name,
                values.Select(v => (double?)v)
            ),
            _ => new StringDataFrameColumn(column.Name, values.Select(v => (string?)v)),
        };
    }

    internal static async Task WriteExcelAsync<TRow>(
        IReadOnlyList<ExportColumn<TRow>> columns,
        IEnumerable<TRow> rows,
        Stream stream,
        string worksheetName,
        CancellationToken cancellationToken
    )
    {
        var spreadsheet = await Spreadsheet
            .CreateNewAsync(stream, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        await using (spreadsheet.ConfigureAwait(false))
        {
            await spreadsheet
                .StartWorksheetAsync(worksheetName, token: cancellationToken)
                .ConfigureAwait(false);
            await spreadsheet
                .AddRowAsync([.. columns.Select(c => new Cell(c.Name))], cancellationToken)
                .ConfigureAwait(false);
            foreach (var row in rows)
            {
                await spreadsheet
                    .AddRowAsync(
                        [.. columns.Select(c => ExcelCell(c.Value(row)))],
                        cancellationToken
                    )
                    .ConfigureAwait(false);
            }
            await spreadsheet.FinishAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A number where a double holds the value exactly, else the value's exact text: nothing is rounded away.</summary>
    private static Cell ExcelCell(object? value) =>
        value switch
        {
            null => new Cell(),
            decimal amount when (decimal)(double)amount == amount => new Cell((double)amount),
            decimal amount => new Cell(amount.ToString(CultureInfo.InvariantCulture)),
            int count => new Cell(count),
            double quantity => new Cell(quantity),
            _ => new Cell((string)value),
        };
}
