using TradeModel.Data.Internal;

namespace TradeModel.Data.Baci;

/// <summary>BACI rows read one record at a time by the sequential CSV reader (a source with quotes, or not in UTF-8).</summary>
internal sealed class BaciCsvRows : IRowReader
{
    private readonly CsvSource csv;
    private readonly BaciRowParser parser;
    private readonly BaciRows rows;

    /// <summary>The column of each of <see cref="BaciRowParser.Fields"/>.</summary>
    private readonly int[] columns;

    internal BaciCsvRows(CsvSource csv, BaciRowParser parser, BaciRows rows)
    {
        this.csv = csv;
        this.parser = parser;
        this.rows = rows;
        columns = [.. BaciRowParser.Fields.Select(field => csv.Column(field))];
    }

    public void ReadRow()
    {
        if (!csv.HasAllFields())
        {
            return;
        }
        var failed = parser.Parse(
            csv.Field(columns[0]),
            csv.Field(columns[1]),
            csv.Field(columns[2]),
            csv.Field(columns[3]),
            csv.Field(columns[4]),
            csv.Field(columns[5]),
            out var row,
            out var dollars,
            out var reason
        );
        if (failed >= 0)
        {
            csv.Fail(columns[failed], reason!);
            return;
        }
        row.Line = csv.Line;
        rows.Add(row, dollars);
    }

    public ReadResult Result() => rows.Result();
}
