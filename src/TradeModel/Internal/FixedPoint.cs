namespace TradeModel.Internal;

/// <summary>
/// Exact conversions between <see cref="decimal"/> and 64-bit fixed point (a count of 10^-scale units), for columns
/// that hold millions of amounts in 8 bytes each and sum them in integers.
/// </summary>
internal static class FixedPoint
{
    /// <summary>The largest scale a fixed-point column takes (10^18 is the largest power of ten in a long).</summary>
    internal const int MaxScale = 18;

    private static readonly long[] PowersOfTen = BuildPowers();

    /// <summary>10^exponent as a long, for 0 ≤ exponent ≤ 18.</summary>
    internal static long Pow10(int exponent) => PowersOfTen[exponent];

    /// <summary>
    /// The value as a count of 10^-<paramref name="scale"/> units, exactly; false when it has more decimals than the
    /// scale (after dropping trailing zeros) or the count is outside ±(2^63 − 1).
    /// </summary>
    internal static bool TryToUnits(decimal value, int scale, out long units)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var valueScale = (bits[3] >> 16) & 0xFF;
        var negative = bits[3] < 0;
        units = 0;
        if (bits[2] != 0)
        {
            return TryToUnitsSlow(value, scale, out units);
        }
        var mantissa = (uint)bits[0] | ((ulong)(uint)bits[1] << 32);
        while (valueScale > scale)
        {
            var (quotient, remainder) = Math.DivRem(mantissa, 10UL);
            if (remainder != 0)
            {
                return false;
            }
            mantissa = quotient;
            valueScale--;
        }
        if (valueScale < scale)
        {
            var factor = (ulong)PowersOfTen[scale - valueScale];
            var high = Math.BigMul(mantissa, factor, out var low);
            if (high != 0)
            {
                return false;
            }
            mantissa = low;
        }
        if (mantissa > long.MaxValue)
        {
            return false;
        }
        units = negative ? -(long)mantissa : (long)mantissa;
        return true;
    }

    private static bool TryToUnitsSlow(decimal value, int scale, out long units)
    {
        units = 0;
        decimal scaled;
        try
        {
            scaled = value * DecimalMath.Pow10(scale);
        }
        catch (OverflowException)
        {
            return false;
        }
        if (scaled != decimal.Truncate(scaled) || scaled > long.MaxValue || scaled < -long.MaxValue)
        {
            return false;
        }
        units = (long)scaled;
        return true;
    }

    /// <summary>The number of decimals the value needs: its scale without trailing zeros (1.500 needs 1).</summary>
    internal static int DecimalsNeeded(decimal value)
    {
        var scale = (int)value.Scale;
        if (scale == 0)
        {
            return 0;
        }
        // Strip trailing zeros exactly by dividing the mantissa.
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = new UInt128((uint)bits[2], (uint)bits[0] | ((ulong)(uint)bits[1] << 32));
        while (scale > 0 && mantissa % 10 == 0)
        {
            mantissa /= 10;
            scale--;
        }
        return scale;
    }

    /// <summary>A count of 10^-<paramref name="scale"/> units as a decimal with that scale.</summary>
    internal static decimal ToDecimal(long units, int scale)
    {
        var magnitude = units < 0 ? (ulong)-units : (ulong)units;
        return new decimal(
            (int)(uint)magnitude,
            (int)(uint)(magnitude >> 32),
            0,
            units < 0,
            (byte)scale
        );
    }

    /// <summary>A 128-bit count of 10^-<paramref name="scale"/> units as a decimal.</summary>
    /// <exception cref="OverflowException">The amount is outside the range of decimal.</exception>
    internal static decimal ToDecimal(Int128 units, int scale)
    {
        if (units >= long.MinValue + 1 && units <= long.MaxValue)
        {
            return ToDecimal((long)units, scale);
        }
        var negative = units < 0;
        var magnitude = (UInt128)(negative ? -units : units);
        if (magnitude >> 96 != 0)
        {
            throw new OverflowException("The sum is outside the range of decimal.");
        }
        return new decimal(
            (int)(uint)magnitude,
            (int)(uint)(magnitude >> 32),
            (int)(uint)(magnitude >> 64),
            negative,
            (byte)scale
        );
    }

    private static long[] BuildPowers()
    {
        var powers = new long[MaxScale + 1];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }
        return powers;
    }
}
