using System.Globalization;
using TradeModel;

namespace TradeModel.Data.Internal;

/// <summary>
/// Plain unsigned whole numbers in ASCII digits (<c>2024</c>; fixed-point values go through the core's public <c>ExactDecimal.TryParseFixedPoint</c>), read without the general parsers: the common
/// case of machine-written files. Any other text is left to the general parsers, which decide what it is and name what
/// is wrong, so a reader that tries these first accepts exactly what it accepted before.
/// </summary>
internal static class AsciiNumber
{
    /// <summary>One to nine ASCII digits as an int; false for anything else (a sign, a space, more digits).</summary>
    internal static bool TryParseDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 9)
        {
            return false;
        }
        foreach (var c in text)
        {
            var digit = (uint)(c - '0');
            if (digit > 9)
            {
                value = 0;
                return false;
            }
            value = (value * 10) + (int)digit;
        }
        return true;
    }

    /// <summary>
    /// A number as <see cref="int.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider?, out int)"/> reads it with
    /// <see cref="NumberStyles.None"/> in the invariant culture (digits only), plain digits first on the short path.
    /// </summary>
    internal static bool TryParseUnsigned(ReadOnlySpan<char> text, out int value) =>
        TryParseDigits(text, out value)
        || int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    /// <summary>The powers of ten a double holds exactly, up to 10^18 (the most decimals a fixed-point text has here).</summary>
    private static readonly double[] PowersOfTen =
    [
        1e0,
        1e1,
        1e2,
        1e3,
        1e4,
        1e5,
        1e6,
        1e7,
        1e8,
        1e9,
        1e10,
        1e11,
        1e12,
        1e13,
        1e14,
        1e15,
        1e16,
        1e17,
        1e18,
    ];

    /// <summary>The largest whole number a double holds exactly with every whole number below it: 2^53.</summary>
    private const long ExactInDouble = 1L << 53;

    /// <summary>
    /// A plain number (ASCII digits with at most one point between them, <c>12.5</c>, as
    /// <c>ExactDecimal.TryParseFixedPoint</c> reads it) whose digits a double holds exactly, as the double nearest to
    /// it; false for anything else. The digits and the power of ten are exact doubles, so the one division rounds once,
    /// to the double <see cref="double.Parse(string, IFormatProvider?)"/> gives.
    /// </summary>
    internal static bool TryParseShortDouble(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        if (
            !ExactDecimal.TryParseFixedPoint(text, out var digits, out var scale)
            || digits > ExactInDouble
        )
        {
            return false;
        }
        value = scale == 0 ? digits : digits / PowersOfTen[scale];
        return true;
    }
}
