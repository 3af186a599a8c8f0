using System.Runtime.CompilerServices;

namespace TradeModel.Internal;

/// <summary>Exact helpers on <see cref="decimal"/> that the BCL does not offer.</summary>
internal static class DecimalMath
{
    private static readonly decimal[] PowersOfTen = BuildPowers();

    /// <summary>
    /// Whether a + b and a − b certainly stay in range: true when both 96-bit mantissas are below 2^95, since
    /// then |a| + |b| &lt; 2^96. Reads the high 32 bits of the mantissa (<c>decimal._hi32</c>, at offset 4 of
    /// the struct in .NET Core and later; a test pins this against <see cref="decimal.GetBits(decimal)"/>), so
    /// that the hot path of Money addition needs no exception handler and can be inlined.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool CannotOverflowOnAdd(decimal a, decimal b) =>
        ((HighBits(ref a) | HighBits(ref b)) & 0x8000_0000u) == 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint HighBits(ref decimal value) =>
        Unsafe.Add(ref Unsafe.As<decimal, uint>(ref value), 1);

    /// <summary>10^exponent for 0 ≤ exponent ≤ 28.</summary>
    internal static decimal Pow10(int exponent) => PowersOfTen[exponent];

    /// <summary>
    /// value × 10^exponent, exact, keeping as few decimals as the value needs: 7523.8 × 10^9 is
    /// 7523800000000 (scale 0), and 1.23456 × 10^4 is 12345.6.
    /// </summary>
    /// <exception cref="OverflowException">The result is outside the range of decimal.</exception>
    internal static decimal ScaleUp(decimal value, int exponent)
    {
        if (exponent == 0)
        {
            return value;
        }
        var scale = value.Scale;
        if (scale >= exponent)
        {
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(value, bits);
            return new decimal(bits[0], bits[1], bits[2], value < 0, (byte)(scale - exponent));
        }
        var integral = scale == 0 ? value : ScaleUp(value, scale);
        return integral * PowersOfTen[exponent - scale];
    }

    /// <summary>value ÷ 10^exponent, exact, with no superfluous decimals; false when the result needs more than 28 decimals.</summary>
    internal static bool TryScaleDown(decimal value, int exponent, out decimal result)
    {
        if (exponent == 0)
        {
            result = value;
            return true;
        }
        result = value / PowersOfTen[exponent];
        return result * PowersOfTen[exponent] == value;
    }

    /// <summary>The positive n-th root of a positive value, by Newton's method in decimal from a double estimate.</summary>
    internal static decimal Root(decimal value, int n)
    {
        if (n == 1 || value == 0m)
        {
            return value;
        }
        var root = (decimal)Math.Pow((double)value, 1.0 / n);
        for (var i = 0; i < 100; i++)
        {
            var power = 1m;
            for (var k = 0; k < n - 1; k++)
            {
                power *= root;
            }
            var next = root - (((power * root) - value) / (n * power));
            if (next == root)
            {
                break;
            }
            root = next;
        }
        return root;
    }

    private static decimal[] BuildPowers()
    {
        var powers = new decimal[29];
        powers[0] = 1m;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10m;
        }
        return powers;
    }
}
