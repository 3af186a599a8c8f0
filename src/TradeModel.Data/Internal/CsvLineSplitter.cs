using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace TradeModel.Data.Internal;

/// <summary>
/// Splits a block of CSV text in which no field is quoted (<see cref="CsvLines.IsPlain"/>) into lines and fields in
/// one pass: the commas and line feeds of 32 characters at a time are found as bits of a mask, so that a short field
/// costs a bit's scan rather than a search of its own.
/// </summary>
internal ref struct CsvLineSplitter
{
    private readonly ReadOnlySpan<char> text;

    /// <summary>The separators not yet taken among the 32 characters from <see cref="maskStart"/>, one bit each.</summary>
    private uint mask;
    private int maskStart;
    private int lineStart;

    internal CsvLineSplitter(ReadOnlySpan<char> text)
    {
        this.text = text;
        maskStart = -32;
    }

    /// <summary>
    /// Takes the next line: its text without the line feed (or the carriage return before it), the ranges in it of
    /// its first <paramref name="fields"/>.Length fields, and how many fields it has in all; false when no text is left.
    /// </summary>
    internal bool TryNextLine(scoped Span<Range> fields, out ReadOnlySpan<char> line, out int count)
    {
        count = 0;
        if (lineStart >= text.Length)
        {
            line = default;
            return false;
        }
        var fieldStart = lineStart;
        while (true)
        {
            var separator = NextSeparator();
            var end = separator < 0 ? text.Length : separator;
            var isLineEnd = separator < 0 || text[separator] == '\n';
            if (isLineEnd && end > fieldStart && text[end - 1] == '\r')
            {
                end--;
            }
            if (count < fields.Length)
            {
                fields[count] = (fieldStart - lineStart)..(end - lineStart);
            }
            count++;
            if (isLineEnd)
            {
                line = text[lineStart..end];
                lineStart = separator < 0 ? text.Length : separator + 1;
                return true;
            }
            fieldStart = separator + 1;
        }
    }

    /// <summary>The index of the next comma or line feed, or −1 when there is none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int NextSeparator()
    {
        while (mask == 0)
        {
            maskStart += 32;
            if (maskStart >= text.Length)
            {
                return -1;
            }
            mask = MaskAt(maskStart);
        }
        var at = maskStart + BitOperations.TrailingZeroCount(mask);
        mask &= mask - 1;
        return at;
    }

    /// <summary>One bit for each comma or line feed of the 32 characters from <paramref name="start"/> (fewer at the end).</summary>
    private readonly uint MaskAt(int start)
    {
        if (Vector256.IsHardwareAccelerated && start + 32 <= text.Length)
        {
            ref var first = ref Unsafe.As<char, ushort>(
                ref Unsafe.Add(ref MemoryMarshal.GetReference(text), start)
            );
            var low = Vector256.LoadUnsafe(ref first);
            var high = Vector256.LoadUnsafe(ref first, 16);
            var comma = Vector256.Create((ushort)',');
            var lineFeed = Vector256.Create((ushort)'\n');
            var lowBits = (
                Vector256.Equals(low, comma) | Vector256.Equals(low, lineFeed)
            ).ExtractMostSignificantBits();
            var highBits = (
                Vector256.Equals(high, comma) | Vector256.Equals(high, lineFeed)
            ).ExtractMostSignificantBits();
            return lowBits | (highBits << 16);
        }
        uint bits = 0;
        var stop = Math.Min(start + 32, text.Length);
        for (var i = start; i < stop; i++)
        {
            if (text[i] is ',' or '\n')
            {
                bits |= 1u << (i - start);
            }
        }
        return bits;
    }
}
