using System.Globalization;

namespace TradeModel.Data.Internal;

/// <summary>
/// Writes CSV as RFC 4180 has it and every reader reads it: a comma between fields, a line feed after each record, a
/// field quoted when it holds a comma, a quote or a line end (its quotes doubled); numbers in the invariant culture,
/// decimals with their scale ("1234.50"), doubles in their round-trip form; null as an empty field.
/// </summary>
internal static class CsvText
{
    /// <summary>Writes one record.</summary>
    internal static void WriteRecord(TextWriter writer, IEnumerable<object?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                writer.Write(',');
            }
            first = false;
            WriteField(writer, field);
        }
        writer.Write('\n');
    }

    private static void WriteField(TextWriter writer, object? field)
    {
        switch (field)
        {
            case null:
                return;
            case decimal value:
                writer.Write(value.ToString(CultureInfo.InvariantCulture));
                return;
            case double value:
                writer.Write(value.ToString("R", CultureInfo.InvariantCulture));
                return;
            case int value:
                writer.Write(value.ToString(CultureInfo.InvariantCulture));
                return;
            case string text when text.AsSpan().IndexOfAny(",\"\r\n") >= 0:
                writer.Write('"');
                writer.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
                return;
            default:
                writer.Write(Convert.ToString(field, CultureInfo.InvariantCulture));
                return;
        }
    }
}
