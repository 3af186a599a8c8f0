using System.Globalization;

namespace TradeModel.Internal;

/// <summary>
/// A non-negative decimal divided by 10^exponent, optionally rounded to a number of decimals half away from zero,
/// computed exactly on the digits. The result is a <see cref="decimal"/> when it fits in one; otherwise (a value of
/// 28 decimals shown in thousands needs 31) it is written as text, so that nothing is rounded away.
/// </summary>
internal readonly struct ShiftedDigits
{
    private const int MaxScale = 28;
    private readonly UInt128 mantissa;
    private readonly int scale;

    /// <param name="value">A value ≥ 0.</param>
    /// <param name="exponent">The power of ten to divide by, ≥ 0.</param>
    /// <param name="decimals">Decimals to round to, or −1 for every decimal the exact result has (trailing zeros dropped).</param>
    internal ShiftedDigits(decimal value, int exponent, int decimals)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var m = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        var s = value.Scale + exponent;
        if (decimals >= 0 && decimals < s)
        {
            var drop = s - decimals;
            if (drop > 38)
            {
                m = 0;
            }
            else
            {
                var divisor = UInt128.One;
                for (var i = 0; i < drop; i++)
                {
                    divisor *= 10;
                }
                var (quotient, remainder) = UInt128.DivRem(m, divisor);
                m = remainder * 2 >= divisor ? quotient + 1 : quotient;
            }
            s = decimals;
        }
        else if (decimals < 0)
        {
            while (s > 0 && m % 10 == 0)
            {
                m /= 10;
                s--;
            }
        }
        mantissa = m;
        scale = s;
    }

    /// <summary>The result as a decimal, when it has at most 28 decimals.</summary>
    internal bool TryGetDecimal(out decimal value)
    {
        if (scale > MaxScale)
        {
            value = 0m;
            return false;
        }
        value = new decimal(
            (int)(uint)mantissa,
            (int)(uint)(mantissa >> 32),
            (int)(uint)(mantissa >> 64),
            false,
            (byte)scale
        );
        return true;
    }

    /// <summary>
    /// Writes a result of more than 28 decimals: "0", the culture's decimal separator, then every decimal. (Such a
    /// result is below 1, since a decimal's mantissa has at most 29 digits.)
    /// </summary>
    internal bool TryAppendText(Span<char> destination, ref int position, NumberFormatInfo format)
    {
        Span<char> digits = stackalloc char[40];
        if (!mantissa.TryFormat(digits, out var length, default, CultureInfo.InvariantCulture))
        {
            return false;
        }
        var separator = format.NumberDecimalSeparator;
        var needed = 1 + separator.Length + scale;
        if (destination.Length - position < needed || length > scale)
        {
            return false;
        }
        var target = destination[position..];
        target[0] = '0';
        separator.CopyTo(target[1..]);
        var fraction = target.Slice(1 + separator.Length, scale);
        fraction[..(scale - length)].Fill('0');
        digits[..length].CopyTo(fraction[(scale - length)..]);
        position += needed;
        return true;
    }
}
