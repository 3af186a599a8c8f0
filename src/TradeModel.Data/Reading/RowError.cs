using System.Globalization;

namespace TradeModel.Data;

/// <summary>Why one row could not be read, and where it is.</summary>
/// <param name="Source">The file name or the name the caller gave the source.</param>
/// <param name="Line">The record's line: the header is line 1, the first data row line 2 (a quoted field spanning lines counts as one).</param>
/// <param name="Column">The column, from 1.</param>
/// <param name="ColumnName">The column's name in the header.</param>
/// <param name="Text">The field's text as read.</param>
/// <param name="Reason">Why it is not valid.</param>
public sealed record RowError(
    string Source,
    long Line,
    int Column,
    string ColumnName,
    string Text,
    string Reason
)
{
    /// <summary>"BACI_HS22_Y2024.csv, line 17, column 2 (i): '999' is not a UN Comtrade economy code."</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Source}, line {Line}, column {Column} ({ColumnName}): '{Text}' {Reason}"
        );
}
