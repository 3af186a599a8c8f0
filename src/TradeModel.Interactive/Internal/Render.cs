using System.Net;
using System.Text;

namespace TradeModel.Interactive.Internal;

/// <summary>Writes a <see cref="TableView"/> or a short value as compact HTML (no scripts, no styles sheets) or as aligned text.</summary>
internal static class Render
{
    /// <summary>A value as an HTML span, its exact form in the tooltip when it differs from what is shown.</summary>
    internal static string Span(string shown, string? exact = null) =>
        exact is null || exact == shown
            ? $"<span>{Encode(shown)}</span>"
            : $"<span title=\"{Encode(exact)}\">{Encode(shown)}</span>";

    /// <summary>The table as an HTML table with a caption and a note.</summary>
    internal static string Html(TableView table)
    {
        var html = new StringBuilder();
        html.Append("<div><table><caption style=\"text-align:left\"><b>")
            .Append(Encode(table.Title))
            .Append("</b></caption><thead><tr>");
        for (var c = 0; c < table.Header.Count; c++)
        {
            html.Append(Cell("th", table.Header[c], table.Numeric[c], 0));
        }
        html.Append("</tr></thead><tbody>");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            for (var c = 0; c < row.Cells.Count; c++)
            {
                html.Append(
                    Cell(
                        "td",
                        row.Cells[c],
                        table.Numeric[c],
                        c == 0 ? row.Indent : 0,
                        row.Titles?[c]
                    )
                );
            }
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
        if (table.Note is { } note)
        {
            html.Append("<small>").Append(Encode(note)).Append("</small>");
        }
        return html.Append("</div>").ToString();
    }

    /// <summary>The table as text: the title, columns padded to their widest cell (numbers right-aligned), the note.</summary>
    internal static string Text(TableView table)
    {
        var rows = table
            .Rows.Select(r =>
                r.Cells.Select((c, i) => (i == 0 ? new string(' ', 2 * r.Indent) : "") + Clip(c))
                    .ToList()
            )
            .Prepend([.. table.Header])
            .ToList();
        var widths = Enumerable
            .Range(0, table.Header.Count)
            .Select(c => rows.Max(r => r[c].Length))
            .ToList();
        var text = new StringBuilder(table.Title).Append('\n');
        foreach (var row in rows)
        {
            var cells = row.Select(
                (cell, c) => table.Numeric[c] ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c])
            );
            text.Append(string.Join("  ", cells).TrimEnd()).Append('\n');
        }
        if (table.Note is { } note)
        {
            text.Append(note).Append('\n');
        }
        return text.ToString().TrimEnd('\n');
    }

    /// <summary>The widest a text cell grows in a text table; longer text ends in "…".</summary>
    internal const int MaxTextWidth = 56;

    private static string Clip(string text) =>
        text.Length <= MaxTextWidth ? text : string.Concat(text.AsSpan(0, MaxTextWidth - 1), "…");

    /// <summary>HTML-encodes text.</summary>
    internal static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>The longest text an HTML cell shows; longer text ends in "…" and shows whole on hover.</summary>
    internal const int MaxHtmlTextWidth = 64;

    private static string Cell(
        string tag,
        string text,
        bool numeric,
        int indent,
        string? title = null
    )
    {
        if (!numeric && text.Length > MaxHtmlTextWidth)
        {
            title ??= text;
            text = string.Concat(text.AsSpan(0, MaxHtmlTextWidth - 1), "…");
        }
        var styles = new List<string>();
        if (numeric)
        {
            styles.Add("text-align:right");
        }
        if (indent > 0)
        {
            styles.Add(FormattableString.Invariant($"padding-left:{1.2 * indent:0.#}em"));
        }
        var style = styles.Count == 0 ? "" : $" style=\"{string.Join(';', styles)}\"";
        var tooltip = title is null || title == text ? "" : $" title=\"{Encode(title)}\"";
        return $"<{tag}{style}{tooltip}>{Encode(text)}</{tag}>";
    }
}
