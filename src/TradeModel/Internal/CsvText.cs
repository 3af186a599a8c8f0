namespace TradeModel.Internal;

/// <summary>
/// An RFC 4180 field splitter for one line (quoted fields, doubled quotes, no line breaks inside fields): the
/// library's own embedded tables and its small CSV readers. Malformed quoting is an error with its column, never
/// read some other way.
/// </summary>
internal static class CsvText
{
    /// <summary>The records of well-formed text (the embedded tables); blank lines are skipped.</summary>
    /// <exception cref="FormatException">A line's quoting is malformed; the message names the line and column.</exception>
    internal static IEnumerable<string[]> ReadRecords(TextReader reader)
    {
        string? line;
        var number = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }
            yield return TrySplitLine(line, out var fields, out var column, out var reason)
                ? fields
                : throw new FormatException(
                    Errors.Format($"Line {number}, column {column}: {reason}")
                );
        }
    }

    /// <summary>
    /// Splits a line into fields. False, with the column (from 1) and the reason, when a quoted field is not closed,
    /// when text follows a closing quote, or when a quote stands inside an unquoted field.
    /// </summary>
    internal static bool TrySplitLine(
        string line,
        out string[] fields,
        out int column,
        out string reason
    )
    {
        var result = new List<string>();
        var field = new System.Text.StringBuilder();
        column = 1;
        reason = string.Empty;
        var i = 0;
        while (true)
        {
            if (i < line.Length && line[i] == '"')
            {
                if (!ReadQuoted(line, ref i, field))
                {
                    fields = [];
                    reason = "a quoted field is not closed before the end of the line.";
                    return false;
                }
                if (i < line.Length && line[i] != ',')
                {
                    fields = [];
                    reason =
                        $"'{line[i]}' follows the closing quote of field {column}; expected a comma.";
                    return false;
                }
            }
            else
            {
                while (i < line.Length && line[i] != ',')
                {
                    if (line[i] == '"')
                    {
                        fields = [];
                        reason =
                            $"a quote stands inside the unquoted field {column}; quote the whole field.";
                        return false;
                    }
                    field.Append(line[i++]);
                }
            }
            result.Add(field.ToString());
            field.Clear();
            if (i >= line.Length)
            {
                break;
            }
            i++;
            column++;
        }
        fields = [.. result];
        return true;
    }

    /// <summary>Reads a quoted field from its opening quote; false when it is not closed.</summary>
    private static bool ReadQuoted(string line, ref int i, System.Text.StringBuilder field)
    {
        i++;
        while (i < line.Length)
        {
            if (line[i] != '"')
            {
                field.Append(line[i++]);
            }
            else if (i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i += 2;
            }
            else
            {
                i++;
                return true;
            }
        }
        return false;
    }
}
