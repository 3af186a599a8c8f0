using System.Globalization;

namespace TradeModel.Internal;

/// <summary>
/// An exact, strict reader of decimal numbers: it never rounds (a number with more decimals than
/// <see cref="decimal"/> holds is refused, not rounded to the 28th place or to zero), accepts group separators only
/// at the culture's group positions, and accepts one sign at the start. Trailing zeros are kept as scale
/// ("7523.80" has scale 2) except those beyond what <see cref="decimal"/> can hold, which are dropped since they do
/// not change the value.
/// </summary>
internal static class DecimalText
{
    private const int MaxScale = 28;
    private static readonly UInt128 MaxMantissa = ((UInt128)1 << 96) - 1;

    /// <summary>Why a text is not an exact decimal.</summary>
    internal enum Error
    {
        /// <summary>It is one.</summary>
        None,

        /// <summary>Not a number of the syntax: a stray character, a misplaced group separator, two signs.</summary>
        Invalid,

        /// <summary>More decimals than <see cref="decimal"/> holds (28); rounding them would change the value.</summary>
        TooManyDecimals,

        /// <summary>Outside the range of <see cref="decimal"/>.</summary>
        Overflow,
    }

    /// <summary>Describes an error for a message: "has more decimals than System.Decimal holds (28)…".</summary>
    internal static string Describe(Error error) =>
        error switch
        {
            Error.TooManyDecimals =>
                "it has more decimals than System.Decimal holds (28) and TradeModel never rounds silently.",
            Error.Overflow => "it is outside the range of System.Decimal.",
            _ => "it is not a number.",
        };

    /// <summary>
    /// Reads a whole text as a number in the given syntax, times 10^<paramref name="shift"/>: a figure written in
    /// thousands reads as units with a shift of 3, so that "0.0000000000000000000000000000001" thousand, whose digits
    /// alone have more decimals than decimal holds, is the 1e-28 it stands for.
    /// </summary>
    internal static Error TryParse(
        ReadOnlySpan<char> text,
        in Syntax syntax,
        out decimal value,
        int shift = 0
    )
    {
        value = 0m;
        var i = 0;
        var negative = ReadSign(text, syntax, ref i);
        var digits = new Digits { ExtraScale = Math.Max(shift, 0) };
        if (!ReadInteger(text, syntax, ref i, ref digits))
        {
            return digits.Error == Error.None ? Error.Invalid : digits.Error;
        }
        if (
            syntax.DecimalSeparator.Length > 0
            && text[i..].StartsWith(syntax.DecimalSeparator, StringComparison.Ordinal)
        )
        {
            i += syntax.DecimalSeparator.Length;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                digits.AddFraction(text[i] - '0');
                i++;
            }
        }
        if (!digits.Any)
        {
            return Error.Invalid;
        }
        if (syntax.AllowExponent && i < text.Length && text[i] is 'e' or 'E')
        {
            if (!ReadExponent(text, ref i, ref digits))
            {
                return Error.Invalid;
            }
        }
        if (i != text.Length)
        {
            return Error.Invalid;
        }
        digits.Exponent += shift;
        return digits.ToDecimal(negative, out value);
    }

    /// <summary>Whether the text starts with a minus or plus sign (after any bidirectional marks).</summary>
    internal static bool StartsWithSign(ReadOnlySpan<char> text, in Syntax syntax)
    {
        var i = 0;
        SkipMarks(text, ref i);
        return i < text.Length
            && (
                text[i] is '-' or '\u2212' or '+'
                || (
                    syntax.NegativeSign.Length > 0
                    && text[i..].StartsWith(syntax.NegativeSign, StringComparison.Ordinal)
                )
            );
    }

    private static bool ReadSign(ReadOnlySpan<char> text, in Syntax syntax, ref int i)
    {
        if (
            syntax.NegativeSign.Length > 0
            && text.StartsWith(syntax.NegativeSign, StringComparison.Ordinal)
        )
        {
            i = syntax.NegativeSign.Length;
            return true;
        }
        SkipMarks(text, ref i);
        if (i < text.Length && text[i] is '-' or '\u2212')
        {
            i++;
            SkipMarks(text, ref i);
            return true;
        }
        if (i < text.Length && text[i] == '+')
        {
            i++;
        }
        return false;
    }

    /// <summary>Left-to-right, right-to-left and Arabic letter marks, which some cultures put around signs.</summary>
    private static void SkipMarks(ReadOnlySpan<char> text, ref int i)
    {
        while (i < text.Length && text[i] is '\u200E' or '\u200F' or '\u061C')
        {
            i++;
        }
    }

    /// <summary>Reads the integer digits, checking that group separators stand where the culture puts them.</summary>
    private static bool ReadInteger(
        ReadOnlySpan<char> text,
        in Syntax syntax,
        ref int i,
        ref Digits digits
    )
    {
        Span<byte> groups = stackalloc byte[32];
        var groupCount = 0;
        var current = 0;
        while (i < text.Length)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                if (!digits.AddInteger(text[i] - '0'))
                {
                    return false;
                }
                current++;
                i++;
            }
            else if (syntax.AllowGroups && syntax.GroupSeparatorAt(text, i) is var length and > 0)
            {
                if (current == 0 || groupCount == groups.Length - 1)
                {
                    return false;
                }
                groups[groupCount++] = (byte)Math.Min(current, byte.MaxValue);
                current = 0;
                i += length;
            }
            else
            {
                break;
            }
        }
        if (groupCount == 0)
        {
            return true;
        }
        groups[groupCount++] = (byte)Math.Min(current, byte.MaxValue);
        return syntax.GroupsFit(groups[..groupCount]);
    }

    private static bool ReadExponent(ReadOnlySpan<char> text, ref int i, ref Digits digits)
    {
        i++;
        var negative = false;
        if (i < text.Length && text[i] is '+' or '-')
        {
            negative = text[i] == '-';
            i++;
        }
        var start = i;
        var exponent = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            exponent = Math.Min(exponent * 10 + (text[i] - '0'), 100_000);
            i++;
        }
        if (i == start)
        {
            return false;
        }
        digits.Exponent = negative ? -exponent : exponent;
        return true;
    }

    /// <summary>
    /// The digits read so far: an exact mantissa and its scale. Up to 19 digits are counted in a <see cref="ulong"/>;
    /// longer mantissas move to <see cref="UInt128"/>, which is slower and rarely needed.
    /// </summary>
    private struct Digits
    {
        private const ulong SmallLimit = 1_000_000_000_000_000_000; // 10^18: one more digit still fits a ulong.
        private ulong small;
        private UInt128 big;
        private bool isBig;
        private int scale;
        private bool full;

        internal bool Any { get; private set; }

        internal Error Error { get; private set; }

        internal int Exponent { get; set; }

        /// <summary>Decimals beyond decimal's 28 that may be read, because a shift of as many places follows.</summary>
        internal int ExtraScale { get; init; }

        private readonly UInt128 Mantissa => isBig ? big : small;

        internal bool AddInteger(int digit)
        {
            Any = true;
            if (!isBig && small == 0 && digit == 0)
            {
                return true;
            }
            if (!TryAppend(digit))
            {
                Error = Error.Overflow;
                return false;
            }
            return true;
        }

        internal void AddFraction(int digit)
        {
            Any = true;
            if (full || scale == MaxScale + ExtraScale || !TryAppend(digit))
            {
                // No room for another decimal: only zeros, which do not change the value, may follow.
                full = true;
                if (digit != 0)
                {
                    Error = Error.TooManyDecimals;
                }
                return;
            }
            scale++;
        }

        /// <summary>mantissa × 10 + digit, unless that leaves the 96 bits of a decimal's mantissa.</summary>
        private bool TryAppend(int digit)
        {
            if (!isBig)
            {
                if (small < SmallLimit)
                {
                    small = (small * 10) + (uint)digit;
                    return true;
                }
                big = small;
                isBig = true;
            }
            var next = (big * 10) + (uint)digit;
            if (next > MaxMantissa)
            {
                return false;
            }
            big = next;
            return true;
        }

        internal readonly Error ToDecimal(bool negative, out decimal value)
        {
            value = 0m;
            if (Error != Error.None)
            {
                return Error;
            }
            if (!isBig && Exponent == 0)
            {
                // The common case: at most 19 digits and no exponent, so the scale is already at most 28.
                value = new decimal(
                    (int)(uint)small,
                    (int)(uint)(small >> 32),
                    0,
                    negative && small != 0,
                    (byte)scale
                );
                return Error.None;
            }
            var m = Mantissa;
            var s = m == 0 ? Math.Clamp(scale - Exponent, 0, MaxScale) : scale - Exponent;
            while (s < 0)
            {
                m *= 10;
                s++;
                if (m > MaxMantissa)
                {
                    return Error.Overflow;
                }
            }
            while (s > MaxScale && m % 10 == 0 && m != 0)
            {
                m /= 10;
                s--;
            }
            if (s > MaxScale)
            {
                if (m != 0)
                {
                    return Error.TooManyDecimals;
                }
                s = MaxScale;
            }
            value = new decimal(
                (int)(uint)m,
                (int)(uint)(m >> 32),
                (int)(uint)(m >> 64),
                negative && m != 0,
                (byte)s
            );
            return Error.None;
        }
    }

    /// <summary>The separators and signs a number may use.</summary>
    internal readonly struct Syntax
    {
        private readonly NumberFormatInfo format;

        private Syntax(NumberFormatInfo format, bool allowGroups, bool allowExponent)
        {
            this.format = format;
            DecimalSeparator = format.NumberDecimalSeparator;
            GroupSeparator = format.NumberGroupSeparator;
            NegativeSign = format.NegativeSign;
            AllowGroups = allowGroups && GroupSeparator.Length > 0;
            AllowExponent = allowExponent;
        }

        /// <summary>Invariant digits with an optional exponent and no groups, as JSON and CSV files write numbers.</summary>
        internal static Syntax Data { get; } =
            new(NumberFormatInfo.InvariantInfo, allowGroups: false, allowExponent: true);

        internal string DecimalSeparator { get; }

        internal string GroupSeparator { get; }

        internal string NegativeSign { get; }

        internal bool AllowGroups { get; }

        internal bool AllowExponent { get; }

        /// <summary>A culture's numbers, with group separators where the culture puts them.</summary>
        internal static Syntax For(IFormatProvider? provider) =>
            new(
                NumberFormatInfo.GetInstance(provider ?? CultureInfo.InvariantCulture),
                allowGroups: true,
                allowExponent: false
            );

        /// <summary>
        /// The length of the group separator at a position, or 0. A space, a no-break space and a narrow no-break
        /// space stand for each other, as do an apostrophe and a right single quotation mark (de-CH), since people
        /// type the plain ones for the typographic ones.
        /// </summary>
        internal int GroupSeparatorAt(ReadOnlySpan<char> text, int i)
        {
            var rest = text[i..];
            if (rest.StartsWith(GroupSeparator, StringComparison.Ordinal))
            {
                return GroupSeparator.Length;
            }
            if (GroupSeparator.Length != 1 || rest.IsEmpty)
            {
                return 0;
            }
            var g = GroupSeparator[0];
            var c = rest[0];
            return
                (g is ' ' or '\u00A0' or '\u202F' && c is ' ' or '\u00A0' or '\u202F')
                || (g is '\'' or '\u2019' && c is '\'' or '\u2019')
                ? 1
                : 0;
        }

        /// <summary>
        /// Whether digit groups (left to right) stand where the culture's group sizes put them: from the right, each
        /// group has its size (the last size repeating; 0 ends grouping), the leftmost at most its size.
        /// </summary>
        internal bool GroupsFit(ReadOnlySpan<byte> groups)
        {
            var sizes = GroupSizes.Of(format);
            for (var k = 0; k < groups.Length; k++)
            {
                var group = groups[groups.Length - 1 - k];
                var size = sizes[Math.Min(k, sizes.Length - 1)];
                var leftmost = k == groups.Length - 1;
                if (size == 0)
                {
                    return leftmost;
                }
                if (leftmost ? group > size : group != size)
                {
                    return false;
                }
            }
            return true;
        }
    }
}
