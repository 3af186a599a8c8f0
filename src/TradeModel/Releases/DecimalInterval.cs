using System.Globalization;
using TradeModel.Internal;

namespace TradeModel.Releases;

/// <summary>
/// A closed interval [lower, upper] of decimals, with interval arithmetic: the result of an operation contains every
/// result of the operation on values from the operands. The default value is [0, 0].
/// </summary>
public readonly struct DecimalInterval
    : IEquatable<DecimalInterval>,
        IComparable<DecimalInterval>,
        IComparable
{
    /// <summary>Creates [lower, upper].</summary>
    /// <param name="lower">The lower bound.</param>
    /// <param name="upper">The upper bound, not below <paramref name="lower"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="upper"/> is below <paramref name="lower"/>.</exception>
    public DecimalInterval(decimal lower, decimal upper)
    {
        Preconditions.CheckArgument(
            lower <= upper,
            nameof(upper),
            $"The interval [{lower}, {upper}] is empty: the upper bound is below the lower."
        );
        Lower = lower;
        Upper = upper;
    }

    /// <summary>The lower bound (included).</summary>
    public decimal Lower { get; }

    /// <summary>The upper bound (included).</summary>
    public decimal Upper { get; }

    /// <summary>upper − lower.</summary>
    public decimal Width => Upper - Lower;

    /// <summary>(lower + upper) ÷ 2.</summary>
    public decimal Midpoint => (Lower + Upper) / 2m;

    /// <summary>The interval holding one value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>[value, value].</returns>
    public static DecimalInterval Exactly(decimal value) => new(value, value);

    /// <summary>Whether a value lies in the interval.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether lower ≤ value ≤ upper.</returns>
    public bool Contains(decimal value) => value >= Lower && value <= Upper;

    /// <summary>Whether two intervals share a value.</summary>
    /// <param name="other">The other interval.</param>
    /// <returns>Whether they overlap.</returns>
    public bool Intersects(DecimalInterval other) => Lower <= other.Upper && other.Lower <= Upper;

    /// <summary>The sum of any values from the two intervals.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns>[left.lower + right.lower, left.upper + right.upper].</returns>
    public static DecimalInterval operator +(DecimalInterval left, DecimalInterval right) =>
        new(left.Lower + right.Lower, left.Upper + right.Upper);

    /// <summary>The difference of any values from the two intervals.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns>[left.lower − right.upper, left.upper − right.lower].</returns>
    public static DecimalInterval operator -(DecimalInterval left, DecimalInterval right) =>
        new(left.Lower - right.Upper, left.Upper - right.Lower);

    /// <summary>The product of any values from the two intervals.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns>The smallest interval holding every product.</returns>
    public static DecimalInterval operator *(DecimalInterval left, DecimalInterval right) =>
        Hull(
            left.Lower * right.Lower,
            left.Lower * right.Upper,
            left.Upper * right.Lower,
            left.Upper * right.Upper
        );

    /// <summary>The quotient of any values from the two intervals.</summary>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor, which must not contain zero.</param>
    /// <returns>The smallest interval holding every quotient.</returns>
    /// <exception cref="DivideByZeroException">The divisor contains zero.</exception>
    public static DecimalInterval operator /(DecimalInterval left, DecimalInterval right)
    {
        if (right.Contains(0m))
        {
            throw new DivideByZeroException(
                $"Cannot divide by the interval {right}, which contains zero."
            );
        }
        return Hull(
            left.Lower / right.Lower,
            left.Lower / right.Upper,
            left.Upper / right.Lower,
            left.Upper / right.Upper
        );
    }

    /// <inheritdoc cref="op_Addition"/>
    public static DecimalInterval Add(DecimalInterval left, DecimalInterval right) => left + right;

    /// <inheritdoc cref="op_Subtraction"/>
    public static DecimalInterval Subtract(DecimalInterval left, DecimalInterval right) =>
        left - right;

    /// <inheritdoc cref="op_Multiply"/>
    public static DecimalInterval Multiply(DecimalInterval left, DecimalInterval right) =>
        left * right;

    /// <inheritdoc cref="op_Division"/>
    public static DecimalInterval Divide(DecimalInterval left, DecimalInterval right) =>
        left / right;

    /// <summary>Whether two intervals have the same bounds.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(DecimalInterval left, DecimalInterval right) =>
        left.Equals(right);

    /// <summary>Whether two intervals differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(DecimalInterval left, DecimalInterval right) =>
        !left.Equals(right);

    /// <summary>Orders intervals by their lower bound, then by their upper bound.</summary>
    /// <param name="other">The other interval.</param>
    /// <returns>Negative, zero or positive as this interval sorts before, with or after the other.</returns>
    public int CompareTo(DecimalInterval other)
    {
        var byLower = Lower.CompareTo(other.Lower);
        return byLower != 0 ? byLower : Upper.CompareTo(other.Upper);
    }

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>; see <see cref="CompareTo(DecimalInterval)"/>.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(DecimalInterval left, DecimalInterval right) =>
        left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts before or with <paramref name="right"/>; see <see cref="CompareTo(DecimalInterval)"/>.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(DecimalInterval left, DecimalInterval right) =>
        left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>; see <see cref="CompareTo(DecimalInterval)"/>.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(DecimalInterval left, DecimalInterval right) =>
        left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts after or with <paramref name="right"/>; see <see cref="CompareTo(DecimalInterval)"/>.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(DecimalInterval left, DecimalInterval right) =>
        left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) =>
        obj switch
        {
            null => 1,
            DecimalInterval other => CompareTo(other),
            _ => throw new ArgumentException("The object is not a DecimalInterval.", nameof(obj)),
        };

    /// <inheritdoc/>
    public bool Equals(DecimalInterval other) => Lower == other.Lower && Upper == other.Upper;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DecimalInterval other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Lower, Upper);

    /// <summary>
    /// The smallest interval with bounds of at most <paramref name="decimals"/> decimals that contains this one: the
    /// lower bound rounded down, the upper one up. For display: what is shown still contains every value the interval
    /// allows ([7523.7900…, 7523.8100…] to 3 decimals is [7523.790, 7523.810]).
    /// </summary>
    /// <param name="decimals">The decimals of the bounds, 0 to 28.</param>
    /// <returns>The rounded interval.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is below 0 or above 28.</exception>
    public DecimalInterval RoundOutward(int decimals)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, 28);
        return new DecimalInterval(
            Math.Round(Lower, decimals, MidpointRounding.ToNegativeInfinity),
            Math.Round(Upper, decimals, MidpointRounding.ToPositiveInfinity)
        );
    }

    /// <summary>"[18.15, 18.25]", invariant.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"[{Lower}, {Upper}]");

    /// <summary>The bounds rounded for display.</summary>
    /// <param name="decimals">Decimals to show.</param>
    /// <returns>"[27.14, 32.90]".</returns>
    public string ToString(int decimals)
    {
        var format = "F" + decimals.ToString(CultureInfo.InvariantCulture);
        return $"[{Lower.ToString(format, CultureInfo.InvariantCulture)}, {Upper.ToString(format, CultureInfo.InvariantCulture)}]";
    }

    private static DecimalInterval Hull(decimal a, decimal b, decimal c, decimal d) =>
        new(Math.Min(Math.Min(a, b), Math.Min(c, d)), Math.Max(Math.Max(a, b), Math.Max(c, d)));
}
