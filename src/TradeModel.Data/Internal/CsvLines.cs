using System.Buffers;
using System.Text;

namespace TradeModel.Data.Internal;

/// <summary>
/// The lines and fields of a block of CSV text in which no field is quoted, so that a line is a record and a comma
/// ends a field, as a CSV reader splits them. <see cref="IsPlain"/> tells whether a block is such text.
/// </summary>
internal static class CsvLines
{
    /// <summary>Whether the bytes hold no quote and no carriage return but before a line feed.</summary>
    internal static bool IsPlain(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Contains((byte)'"'))
        {
            return false;
        }
        return !bytes.Contains((byte)'\r') || bytes.Count((byte)'\r') == bytes.Count("\r\n"u8);
    }

    /// <summary>The block's text, in a buffer rented from the shared pool (UTF-8 never makes more characters than bytes).</summary>
    internal static char[] Decode(ReadOnlySpan<byte> bytes, out int length)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        length = Encoding.UTF8.GetChars(bytes, chars);
        return chars;
    }

    /// <summary>
    /// Takes the next line off <paramref name="text"/>, without its line feed or the carriage return before it; false
    /// when no text is left.
    /// </summary>
    internal static bool TryNextLine(ref ReadOnlySpan<char> text, out ReadOnlySpan<char> line)
    {
        if (text.IsEmpty)
        {
            line = default;
            return false;
        }
        var end = text.IndexOf('\n');
        if (end < 0)
        {
            line = text;
            text = [];
        }
        else
        {
            line = text[..end];
            text = text[(end + 1)..];
        }
        if (line.EndsWith('\r'))
        {
            line = line[..^1];
        }
        return true;
    }

    /// <summary>
    /// Splits a line at its commas: the first <paramref name="fields"/>.Length fields' ranges, and how many fields the
    /// line has in all.
    /// </summary>
    internal static int Split(ReadOnlySpan<char> line, Span<Range> fields)
    {
        var count = 0;
        var start = 0;
        while (true)
        {
            var comma = line[start..].IndexOf(',');
            var end = comma < 0 ? line.Length : start + comma;
            if (count < fields.Length)
            {
                fields[count] = start..end;
            }
            count++;
            if (comma < 0)
            {
                return count;
            }
            start = end + 1;
        }
    }
}
