using TradeModel.Data;
using TradeModel.Interactive.Internal;
using TradeModel.Releases;

namespace TradeModel.Interactive.Display;

internal static partial class Views
{
    private static TableView Release(IReadOnlyList<ReleaseRow> rows)
    {
        var (shown, note) = Head(rows, rows.Count, "rows");
        return Table(
            "Release table",
            ["", "Current", "Previous", "Growth", "Share", "Contribution"],
            [
                .. shown.Select(r => new ViewRow([
                    r.Label,
                    r.Current,
                    r.Previous,
                    r.Growth.ToString(1),
                    r.Share.ToString(1),
                    r.Contribution.ToString(1),
                ])),
            ],
            Columns(1, 5),
            note
        );
    }

    /// <summary>Published figures against what the unrounded inputs allow, in an analyst's words.</summary>
    private static TableView Checks(IReadOnlyList<ConsistencyCheck> checks)
    {
        var (shown, note) = Head(checks, checks.Count, "checks");
        var failing = checks.Count(c => !c.IsConsistent);
        return new TableView(
            failing == 0
                ? $"All {checks.Count} published figures agree with their inputs"
                : $"{failing} of {checks.Count} published figures cannot come from their inputs",
            ["Figure", "Published (as rounded)", "Possible from the inputs", "Agrees"],
            [
                .. shown.Select(c => new TableRow([
                    c.Statement,
                    Range(c.Published, Decimals(c.Published)),
                    Range(c.Implied, Decimals(c.Published) + 1),
                    c.IsConsistent ? "yes" : "NO",
                ])),
            ],
            Columns(1, 3),
            note
        );
    }

    /// <summary>An interval in words, rounded outward (<see cref="DecimalInterval.RoundOutward"/>), trailing zeros left out.</summary>
    private static string Range(DecimalInterval interval, int decimals)
    {
        var shown = interval.RoundOutward(decimals);
        var format = "0." + new string('#', decimals);
        return shown.Lower == shown.Upper
            ? shown.Lower.ToString(format, Invariant)
            : $"{shown.Lower.ToString(format, Invariant)} to {shown.Upper.ToString(format, Invariant)}";
    }

    /// <summary>The decimals of a published figure's rounding interval (7523.75 to 7523.85 is a figure of 1 decimal: 2 here).</summary>
    private static int Decimals(DecimalInterval published) =>
        Math.Max(published.Lower.Scale, published.Upper.Scale);

    /// <summary>A read report: rows accepted and rejected, then the first errors by line and column.</summary>
    private static TableView Report(ReadReport report, int? flows)
    {
        var (shown, note) = Head(report.Errors, report.Errors.Count, "errors");
        var title =
            $"{report.Source}: {report.RowsRead:N0} rows read, {report.Accepted:N0} accepted, {report.Rejected:N0} rejected"
            + (flows is { } n ? $" · {n:N0} flows" : "");
        return new TableView(
            title,
            ["Line", "Column", "Text", "Reason"],
            [
                .. shown.Select(e => new TableRow([
                    e.Line.ToString("N0", Invariant),
                    $"{e.Column} {e.ColumnName}",
                    e.Text,
                    e.Reason,
                ])),
            ],
            [true, false, false, false],
            note
        );
    }
}
