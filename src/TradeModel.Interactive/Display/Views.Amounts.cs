using TradeModel.Interactive.Internal;

namespace TradeModel.Interactive.Display;

internal static partial class Views
{
    /// <summary>
    /// A table whose amount columns read as an analyst's table does: each column of amounts of one currency in one
    /// magnitude, chosen by its largest amount ("Total (USD bn)" over 2.93, 0.41…), two decimals; the exact amount in
    /// each cell's tooltip; a missing amount as "–". A column of amounts under a million, or of several currencies, shows
    /// each in full.
    /// </summary>
    private static TableView Table(
        string title,
        IReadOnlyList<string> header,
        List<ViewRow> rows,
        IReadOnlyList<bool> numeric,
        string? note
    )
    {
        var headers = header.ToArray();
        var cells = rows.Select(r => new string[header.Count]).ToArray();
        var titles = rows.Select(r => new string?[header.Count]).ToArray();
        for (var c = 0; c < header.Count; c++)
        {
            var column = rows.Select(r => r.Cells[c]).ToList();
            if (!column.Any(v => v is Money))
            {
                for (var r = 0; r < rows.Count; r++)
                {
                    cells[r][c] = column[r] as string ?? "–";
                }
            }
            else if (AmountColumn(column, cells, titles, c) is { } unit)
            {
                headers[c] = header[c].Length == 0 ? unit : $"{header[c]} ({unit})";
            }
        }
        return new TableView(
            title,
            headers,
            [.. rows.Select((r, i) => new TableRow(cells[i], r.Indent, titles[i]))],
            numeric,
            note
        );
    }

    /// <summary>
    /// Lays out a column of amounts (texts among them pass through) and returns its unit for the header ("USD bn"), or
    /// null when each amount is shown in full.
    /// </summary>
    private static string? AmountColumn(
        List<object?> column,
        string[][] cells,
        string?[][] titles,
        int c
    )
    {
        var amounts = column.OfType<Money>().ToList();
        var currency = amounts[0].Currency;
        var oneCurrency = amounts.All(m => m.Currency == currency);
        var largest = amounts.Max(m => Math.Abs(m.Amount));
        var (magnitude, unit) =
            largest >= 1e12m ? (Magnitude.Trillion, "tn")
            : largest >= 1e9m ? (Magnitude.Billion, "bn")
            : largest >= 1e6m ? (Magnitude.Million, "mn")
            : (Magnitude.One, "");
        var compact = oneCurrency && unit.Length > 0;
        for (var r = 0; r < column.Count; r++)
        {
            (cells[r][c], titles[r][c]) = column[r] switch
            {
                Money m when compact => (
                    Math.Round(magnitude.FromUnits(m.Amount), 2, MidpointRounding.AwayFromZero)
                        .ToString("N2", Invariant),
                    m.ToString("R", Invariant)
                ),
                Money m => (Amount(m), null),
                string text => (text, null),
                _ => ("–", null),
            };
        }
        return compact ? $"{currency.Code} {unit}" : null;
    }
}
