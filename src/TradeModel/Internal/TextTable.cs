using System.Globalization;
using System.Text;

namespace TradeModel.Internal;

/// <summary>
/// A plain-text table: columns padded to their widest cell, counting East Asian wide characters (汉字, full-width
/// punctuation) as two columns, as terminals show them.
/// </summary>
internal static class TextTable
{
    internal static string Write(
        IReadOnlyList<string> header,
        IReadOnlyList<IReadOnlyList<string>> rows,
        string indent = ""
    )
    {
        var widths = header.Select(Width).ToArray();
        foreach (var row in rows)
        {
            for (var c = 0; c < widths.Length; c++)
            {
                widths[c] = Math.Max(widths[c], Width(row[c]));
            }
        }
        var text = new StringBuilder();
        Line(text, header, widths, indent);
        Line(text, [.. widths.Select(w => new string('-', w))], widths, indent);
        foreach (var row in rows)
        {
            Line(text, row, widths, indent);
        }
        return text.ToString();
    }

    /// <summary>The columns a text takes in a terminal.</summary>
    internal static int Width(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += IsWide(rune) ? 2 : 1;
        }
        return width;
    }

    private static void Line(
        StringBuilder text,
        IReadOnlyList<string> cells,
        int[] widths,
        string indent
    )
    {
        text.Append(indent);
        for (var c = 0; c < cells.Count; c++)
        {
            text.Append(cells[c]);
            if (c < cells.Count - 1)
            {
                text.Append(' ', widths[c] - Width(cells[c]) + 2);
            }
        }
        text.Append('\n');
    }

    private static bool IsWide(Rune rune) =>
        rune.Value
            is >= 0x1100
                and <= 0x115F
                or >= 0x2E80
                and <= 0xA4CF
                or >= 0xAC00
                and <= 0xD7A3
                or >= 0xF900
                and <= 0xFAFF
                or >= 0xFE30
                and <= 0xFE4F
                or >= 0xFF00
                and <= 0xFF60
                or >= 0xFFE0
                and <= 0xFFE6
                or >= 0x20000
                and <= 0x3FFFD
        && Rune.GetUnicodeCategory(rune) != UnicodeCategory.Control;
}
