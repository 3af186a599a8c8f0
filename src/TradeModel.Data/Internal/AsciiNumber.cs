using System.Globalization;

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
}
