namespace TradeModel.Internal;

/// <summary>
/// A fixed divisor that divides, and takes the remainder of, any 32-bit unsigned number by multiplications instead of
/// a hardware division (Lemire, Kaser and Kurz, "Faster remainder by direct computation", 2019): exact for every
/// numerator below 2^32 and every divisor of at least 1. A 64-bit division takes tens of cycles; this takes a few.
/// </summary>
/// <remarks>The default value divides by 1.</remarks>
internal readonly struct FastDivisor
{
    /// <summary>⌈2^64 ÷ divisor⌉, or 0 for a divisor of 1 (whose quotient is the numerator itself).</summary>
    private readonly ulong multiplier;
    private readonly uint divisor;

    /// <summary>A divisor.</summary>
    /// <param name="divisor">At least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="divisor"/> is 0.</exception>
    internal FastDivisor(uint divisor)
    {
        ArgumentOutOfRangeException.ThrowIfZero(divisor);
        this.divisor = divisor;
        multiplier = divisor == 1 ? 0 : (ulong.MaxValue / divisor) + 1;
    }

    /// <summary>The divisor (1 for the default value).</summary>
    internal uint Divisor => divisor == 0 ? 1 : divisor;

    /// <summary>⌊n ÷ divisor⌋.</summary>
    internal uint Divide(uint n) => multiplier == 0 ? n : (uint)Math.BigMul(multiplier, n, out _);

    /// <summary>n mod divisor.</summary>
    internal uint Remainder(uint n) =>
        multiplier == 0 ? 0 : (uint)Math.BigMul(multiplier * n, divisor, out _);
}
