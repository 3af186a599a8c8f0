using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using TradeModel.Internal;

namespace TradeModel;

/// <summary>
/// An exact amount of money: a <see cref="decimal"/> amount in a <see cref="TradeModel.Currency"/>.
/// </summary>
/// <remarks>
/// <para>
/// Arithmetic is exact and never rounds: <c>CNY 0.1 + CNY 0.2</c> is <c>CNY 0.3</c>, and a multiplication
/// keeps every decimal it produces. Rounding happens only when asked for, with <see cref="Round()"/> and its
/// overloads, or for display when a format string asks for a number of decimals.
/// </para>
/// <para>
/// Equality ignores the scale of the decimal: <c>CNY 1.0 == CNY 1.00</c>, with equal hash codes. Amounts in
/// different currencies are never equal, and adding, subtracting, dividing or ordering them throws a
/// <see cref="CurrencyMismatchException"/>, even when one of them is zero (a zero in another currency is
/// still another currency). The one exception is <c>default(Money)</c>, zero with no currency (XXX): it is
/// the additive identity, so <c>default(Money) + x == x</c> for any currency, which lets it seed a sum.
/// </para>
/// <para>The default value is zero with <see cref="Currency.None"/> (XXX).</para>
/// </remarks>
/// <example>
/// <code language="csharp">
/// var exports = Money.Parse("3,175.56 billion CNY", CultureInfo.InvariantCulture);
/// var imports = Money.Parse("43,482.4亿元", CultureInfo.InvariantCulture);
/// Money total = exports + imports;                                  // CNY 7523800000000, exact
/// Console.WriteLine(total.ToString("B1", CultureInfo.InvariantCulture)); // CNY 7,523.8 billion
/// Money[] parts = Money.Parse("CNY 100", null).Split(3);           // 33.34 + 33.33 + 33.33: no fen lost
/// </code>
/// </example>
[JsonConverter(typeof(MoneyJsonConverter))]
public readonly partial struct Money : IEquatable<Money>, IComparable<Money>, IComparable
{
    // The amount's decimal bit for bit, in decimal's own layout (flags, high 32 bits, low 64 bits of the mantissa),
    // with the currency's registry index in the 16 low bits of the flags, which a decimal always keeps at zero: Money
    // is 16 bytes like a decimal, so that it passes and returns in registers and a summing loop costs what a decimal
    // one does. A test pins the layout against decimal.GetBits.
    private const int CurrencyMask = 0xFFFF;
    private readonly int flags;
    private readonly uint hi32;
    private readonly ulong lo64;

    /// <summary>Creates an amount of money, exactly as given (scale included).</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="currency">The currency.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Money(decimal amount, Currency currency)
    {
        var raw = Unsafe.BitCast<decimal, Money>(amount);
        flags = raw.flags | currency.Index;
        hi32 = raw.hi32;
        lo64 = raw.lo64;
    }

    private Money(int flags, uint hi32, ulong lo64)
    {
        this.flags = flags;
        this.hi32 = hi32;
        this.lo64 = lo64;
    }

    /// <summary>The amount as a decimal: the bits with the currency cleared from the flags.</summary>
    private decimal amount
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Unsafe.BitCast<Money, decimal>(new Money(flags & ~CurrencyMask, hi32, lo64));
    }

    private Currency currency
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Currency.FromIndex((ushort)flags);
    }

    /// <summary>Whether both amounts are below 2^95 in magnitude, so that their sum or difference cannot overflow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool CannotOverflowOnAdd(Money left, Money right) =>
        ((left.hi32 | right.hi32) & 0x8000_0000u) == 0;

    /// <summary>Whether two amounts are in the same currency (compares the packed indexes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SameCurrency(Money left, Money right) =>
        ((left.flags ^ right.flags) & CurrencyMask) == 0;

    /// <summary>Creates an amount of money in the currency with an alphabetic code.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="currencyCode">An alphabetic currency code, e.g. "CNY".</param>
    /// <exception cref="ArgumentException">No currency has that code.</exception>
    public Money(decimal amount, string currencyCode)
        : this(amount, Currency.FromCode(currencyCode)) { }

    /// <summary>The amount, exactly as it was computed (no rounding).</summary>
    public decimal Amount => amount;

    /// <summary>The currency.</summary>
    public Currency Currency => currency;

    /// <summary>Whether the amount is zero.</summary>
    public bool IsZero => amount == 0m;

    /// <summary>−1, 0 or 1 as the amount is negative, zero or positive.</summary>
    public int Sign => Math.Sign(amount);

    /// <summary>Zero in a currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>Zero in that currency.</returns>
    public static Money Zero(Currency currency) => new(0m, currency);

    /// <summary>
    /// Creates an amount from a figure written in a magnitude, exactly: 7523.8 billion CNY is
    /// CNY 7523800000000.
    /// </summary>
    /// <param name="value">The figure as published, e.g. 7523.8.</param>
    /// <param name="magnitude">The scale word it is written in, e.g. <see cref="Magnitude.Billion"/>.</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The amount in units of the currency.</returns>
    /// <exception cref="OverflowException">The amount is outside the range of <see cref="decimal"/>.</exception>
    public static Money FromMagnitude(decimal value, Magnitude magnitude, Currency currency) =>
        new(magnitude.ToUnits(value), currency);

    /// <summary>The amount expressed in a magnitude, exactly: CNY 7523800000000 in billions is 7523.8.</summary>
    /// <param name="magnitude">The magnitude.</param>
    /// <returns>The amount divided by the magnitude's factor.</returns>
    public decimal AmountIn(Magnitude magnitude) => magnitude.FromUnits(amount);

    /// <summary>The absolute value, in the same currency.</summary>
    /// <returns>|amount| in the same currency.</returns>
    public Money Abs() => new(Math.Abs(amount), currency);

    /// <summary>Whether two amounts are equal: same currency and same value, whatever the decimal scale.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether they are equal. Never throws, even across currencies.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Whether two amounts differ in currency or value.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether they differ. Never throws.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <inheritdoc cref="CompareTo(Money)"/>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether <paramref name="left"/> is less than <paramref name="right"/>.</returns>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <inheritdoc cref="CompareTo(Money)"/>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</returns>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <inheritdoc cref="CompareTo(Money)"/>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether <paramref name="left"/> is less than or equal to <paramref name="right"/>.</returns>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <inheritdoc cref="CompareTo(Money)"/>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether <paramref name="left"/> is greater than or equal to <paramref name="right"/>.</returns>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public bool Equals(Money other) => currency == other.currency && amount == other.amount;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <summary>A hash code that agrees with <see cref="Equals(Money)"/>: equal for 1.0 and 1.00.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(amount, currency);

    /// <summary>Compares two amounts in the same currency.</summary>
    /// <param name="other">The amount to compare with.</param>
    /// <returns>Negative, zero or positive as this amount is less than, equal to or greater than the other.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public int CompareTo(Money other)
    {
        if (currency != other.currency)
        {
            throw MoneyErrors.CurrencyMismatch(currency, other.currency, "compare");
        }
        return amount.CompareTo(other.amount);
    }

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) =>
        obj switch
        {
            null => 1,
            Money other => CompareTo(other),
            _ => throw new ArgumentException("Object must be of type Money.", nameof(obj)),
        };
}
