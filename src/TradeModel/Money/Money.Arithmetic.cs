using System.Numerics;
using System.Runtime.CompilerServices;
using TradeModel.Internal;

namespace TradeModel;

public readonly partial struct Money
    : IAdditionOperators<Money, Money, Money>,
        ISubtractionOperators<Money, Money, Money>,
        IUnaryNegationOperators<Money, Money>,
        IUnaryPlusOperators<Money, Money>,
        IMultiplyOperators<Money, decimal, Money>,
        IDivisionOperators<Money, decimal, Money>,
        IDivisionOperators<Money, Money, decimal>,
        IAdditiveIdentity<Money, Money>,
        IComparisonOperators<Money, Money, bool>
{
    /// <summary><c>default(Money)</c>: zero with no currency, the identity of addition (see the type's remarks).</summary>
    public static Money AdditiveIdentity => default;

    /// <summary>Adds two amounts in the same currency, exactly.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ (and neither amount is <c>default(Money)</c>).</exception>
    /// <exception cref="OverflowException">The sum is outside the range of <see cref="decimal"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Money operator +(Money left, Money right)
    {
        // The common case of a running total: the same currency, sign and scale, both within 64 bits of units. The sum
        // of the units is then decimal addition's, digit for digit (a carry goes into the high word).
        if (left.flags == right.flags && (left.hi32 | right.hi32) == 0)
        {
            var units = left.lo64 + right.lo64;
            return new Money(left.flags, units < left.lo64 ? 1u : 0u, units);
        }
        return SameCurrency(left, right) && CannotOverflowOnAdd(left, right)
            ? new Money(left.amount + right.amount, left.currency)
            : AddSlow(left, right);
    }

    /// <summary>Subtracts an amount from another in the same currency, exactly.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ (and neither amount is <c>default(Money)</c>).</exception>
    /// <exception cref="OverflowException">The difference is outside the range of <see cref="decimal"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Money operator -(Money left, Money right) =>
        SameCurrency(left, right) && CannotOverflowOnAdd(left, right)
            ? new Money(left.amount - right.amount, left.currency)
            : SubtractSlow(left, right);

    /// <summary>
    /// Sums amounts of one currency exactly, as <see cref="decimal"/> addition would, by adding their 96-bit counts of
    /// units as 128-bit integers at the largest scale seen (an amount of a smaller scale is scaled up, the running sum
    /// when a larger one comes); false, with nothing summed, when an amount has another currency, the integers would
    /// overflow, or the total needs more than 96 bits at its scale (the caller then adds decimals, which say why).
    /// </summary>
    internal static bool TrySumExactly(
        ReadOnlySpan<Money> amounts,
        ushort currencyIndex,
        out decimal total
    )
    {
        total = 0m;
        if (amounts.IsEmpty)
        {
            return true;
        }
        var scale = (amounts[0].flags >> 16) & 0xFF;
        Int128 sum = 0;
        try
        {
            foreach (ref readonly var m in amounts)
            {
                if ((m.flags & CurrencyMask) != currencyIndex)
                {
                    return false;
                }
                var units = (Int128)(((UInt128)m.hi32 << 64) | m.lo64);
                units = m.flags < 0 ? -units : units;
                var itsScale = (m.flags >> 16) & 0xFF;
                if (itsScale != scale)
                {
                    if (itsScale > scale)
                    {
                        sum = checked(sum * Pow10(itsScale - scale));
                        scale = itsScale;
                    }
                    else
                    {
                        units = checked(units * Pow10(scale - itsScale));
                    }
                }
                sum = checked(sum + units);
            }
        }
        catch (OverflowException)
        {
            return false;
        }
        var magnitude = (UInt128)(sum < 0 ? -sum : sum);
        if (magnitude >> 96 != 0)
        {
            return false;
        }
        total = new decimal(
            (int)(uint)magnitude,
            (int)(uint)(magnitude >> 32),
            (int)(uint)(magnitude >> 64),
            sum < 0,
            (byte)scale
        );
        return true;
    }

    /// <summary>10^n as a 128-bit integer (n at most 28, the largest scale).</summary>
    private static Int128 Pow10(int n)
    {
        Int128 power = 1;
        for (var k = 0; k < n; k++)
        {
            power *= 10;
        }
        return power;
    }

    /// <summary>The amount with its sign reversed.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>−amount in the same currency.</returns>
    public static Money operator -(Money value) => new(-value.amount, value.currency);

    /// <summary>The amount itself.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The same amount.</returns>
    public static Money operator +(Money value) => value;

    /// <summary>Multiplies an amount by a factor, exactly (within the 28–29 significant digits of <see cref="decimal"/>).</summary>
    /// <param name="left">The amount.</param>
    /// <param name="right">The factor.</param>
    /// <returns>The product, in the same currency, not rounded.</returns>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="decimal"/>.</exception>
    public static Money operator *(Money left, decimal right)
    {
        try
        {
            return new Money(left.amount * right, left.currency);
        }
        catch (OverflowException e)
        {
            throw MoneyErrors.Overflow("Multiplying", left, right, e);
        }
    }

    /// <inheritdoc cref="op_Multiply(Money, decimal)"/>
    public static Money operator *(decimal left, Money right) => right * left;

    /// <summary>
    /// Divides an amount by a divisor. The quotient is exact when it has at most 28 significant digits;
    /// otherwise <see cref="decimal"/> rounds it at the 28th (1/3 is 0.3333333333333333333333333333).
    /// </summary>
    /// <param name="left">The amount.</param>
    /// <param name="right">The divisor.</param>
    /// <returns>The quotient in the same currency, not rounded to the minor unit.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    /// <exception cref="OverflowException">The quotient is outside the range of <see cref="decimal"/>.</exception>
    public static Money operator /(Money left, decimal right)
    {
        try
        {
            return new Money(left.amount / right, left.currency);
        }
        catch (OverflowException e)
        {
            throw MoneyErrors.Overflow("Dividing", left, right, e);
        }
    }

    /// <summary>The ratio of two amounts in the same currency, e.g. a share of a total.</summary>
    /// <param name="left">The numerator.</param>
    /// <param name="right">The denominator.</param>
    /// <returns>left ÷ right, a pure number.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    /// <exception cref="OverflowException">The ratio is outside the range of <see cref="decimal"/>; the message names both amounts.</exception>
    public static decimal operator /(Money left, Money right)
    {
        if (left.currency != right.currency)
        {
            throw MoneyErrors.CurrencyMismatch(left.currency, right.currency, "divide");
        }
        try
        {
            return left.amount / right.amount;
        }
        catch (OverflowException e)
        {
            throw MoneyErrors.Overflow("Dividing", left, right, e);
        }
    }

    /// <inheritdoc cref="op_Addition(Money, Money)"/>
    public static Money Add(Money left, Money right) => left + right;

    /// <inheritdoc cref="op_Subtraction(Money, Money)"/>
    public static Money Subtract(Money left, Money right) => left - right;

    /// <inheritdoc cref="op_UnaryNegation(Money)"/>
    public static Money Negate(Money value) => -value;

    /// <inheritdoc cref="op_UnaryPlus(Money)"/>
    public static Money Plus(Money value) => value;

    /// <inheritdoc cref="op_Multiply(Money, decimal)"/>
    public static Money Multiply(Money left, decimal right) => left * right;

    /// <inheritdoc cref="op_Division(Money, decimal)"/>
    public static Money Divide(Money left, decimal right) => left / right;

    /// <inheritdoc cref="op_Division(Money, Money)"/>
    public static decimal Divide(Money left, Money right) => left / right;

    /// <summary>Addition where the currencies differ or the sum may overflow; kept out of line.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Money AddSlow(Money left, Money right)
    {
        if (left.currency != right.currency)
        {
            return Identity(left, right, "add");
        }
        try
        {
            return new Money(left.amount + right.amount, left.currency);
        }
        catch (OverflowException e)
        {
            throw MoneyErrors.Overflow("Adding", left, right, e);
        }
    }

    /// <summary>Subtraction where the currencies differ or the difference may overflow; kept out of line.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Money SubtractSlow(Money left, Money right)
    {
        if (left.currency != right.currency)
        {
            return Identity(left, -right, "subtract");
        }
        try
        {
            return new Money(left.amount - right.amount, left.currency);
        }
        catch (OverflowException e)
        {
            throw MoneyErrors.Overflow("Subtracting", left, right, e);
        }
    }

    /// <summary>Adds across currencies only when one side is <c>default(Money)</c>, the additive identity.</summary>
    private static Money Identity(Money left, Money right, string operation)
    {
        if (left.currency == default && left.amount == 0m)
        {
            return right;
        }
        if (right.currency == default && right.amount == 0m)
        {
            return left;
        }
        throw MoneyErrors.CurrencyMismatch(left.currency, right.currency, operation);
    }
}
