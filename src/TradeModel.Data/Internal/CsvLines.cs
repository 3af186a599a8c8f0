using System.Buffers;
using System.Text;

namespace TradeModel.Data.Internal;

/// <summary>
/// Blocks of CSV text in which no field is quoted, so that a line is a record and a comma ends a field, as a CSV reader
/// splits them (<see cref="CsvLineSplitter"/> splits them). <see cref="IsPlain"/> tells whether a block is such text.
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

    /// <summary>The block's text, in a buffer rented from <paramref name="pool"/> (UTF-8 never makes more characters than bytes).</summary>
    internal static char[] Decode(ReadOnlySpan<byte> bytes, ArrayPool<char> pool, out int length)
    {
        var chars = pool.Rent(Math.Max(bytes.Length, 1));
        length = Encoding.UTF8.GetChars(bytes, chars);
        return chars;
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
