using Apache.Arrow;
using Microsoft.Data.Analysis;
using TradeModel.Releases;

namespace TradeModel.Data.Export;

/// <summary>
/// A release table (<see cref="ReleaseRow"/>s) handed to the next tool, exact and unrounded: <c>label</c>,
/// <c>current</c> and <c>previous</c> (the values, empty where missing), <c>currency</c>, then <c>growth</c>,
/// <c>share</c> and <c>contribution</c> (percent and percentage points, unrounded), each with a <c>…_undefined</c>
/// column that gives the reason where the figure has none (ZeroBase, MissingValue…). Rounding is the reader's, for
/// display: the figures here are the ones to check published, rounded figures against.
/// </summary>
public static class ReleaseExport
{
    /// <summary>Writes the table as CSV (RFC 4180, invariant).</summary>
    /// <param name="rows">The table's rows.</param>
    /// <param name="writer">Where the text goes.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteCsv(this IReadOnlyList<ReleaseRow> rows, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(writer);
        ExportTable.WriteCsv(Columns, rows, writer);
    }

    /// <summary>The table as an Apache Arrow record batch (values and figures as exact decimal128, or decimal256 where 38 digits cannot hold them at one scale).</summary>
    /// <param name="rows">The table's rows.</param>
    /// <returns>The record batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    public static RecordBatch ToRecordBatch(this IReadOnlyList<ReleaseRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return ExportTable.ToRecordBatch(Columns, rows);
    }

    /// <summary>The table as a <c>Microsoft.Data.Analysis</c> DataFrame (values and figures as decimal columns).</summary>
    /// <param name="rows">The table's rows.</param>
    /// <returns>The DataFrame.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    public static DataFrame ToDataFrame(this IReadOnlyList<ReleaseRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return ExportTable.ToDataFrame(Columns, rows);
    }

    /// <summary>Writes the table as an Excel workbook (.xlsx); see <see cref="CubeExport.WriteExcelAsync"/> for numbers.</summary>
    /// <param name="rows">The table's rows.</param>
    /// <param name="stream">Where the workbook goes (left open).</param>
    /// <param name="worksheetName">The worksheet's name; "Release" when null.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the workbook is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or <paramref name="stream"/> is null.</exception>
    public static Task WriteExcelAsync(
        this IReadOnlyList<ReleaseRow> rows,
        Stream stream,
        string? worksheetName = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(stream);
        return ExportTable.WriteExcelAsync(
            Columns,
            rows,
            stream,
            worksheetName ?? "Release",
            cancellationToken
        );
    }

    private static readonly ExportColumn<ReleaseRow>[] Columns =
    [
        new("label", typeof(string), r => r.Label),
        new("current", typeof(decimal), r => r.Current?.Amount),
        new("previous", typeof(decimal), r => r.Previous?.Amount),
        new("currency", typeof(string), r => (r.Current ?? r.Previous)?.Currency.Code),
        new("growth", typeof(decimal), r => Figure(r.Growth)),
        new("growth_undefined", typeof(string), r => Reason(r.Growth)),
        new("share", typeof(decimal), r => Figure(r.Share)),
        new("share_undefined", typeof(string), r => Reason(r.Share)),
        new("contribution", typeof(decimal), r => Figure(r.Contribution)),
        new("contribution_undefined", typeof(string), r => Reason(r.Contribution)),
    ];

    private static decimal? Figure(PercentFigure figure) =>
        figure.TryGetValue(out var value) ? value : null;

    private static string? Reason(PercentFigure figure) =>
        figure.IsDefined ? null : figure.Reason.ToString();
}
