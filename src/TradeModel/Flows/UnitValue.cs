using System.Globalization;
using TradeModel.Internal;
using UnitsNet;

namespace TradeModel.Flows;

/// <summary>
/// A price per unit of a physical quantity: the value of a flow divided by its quantity, e.g. USD 1,250 per tonne.
/// The default value is zero with no currency per unit of <see cref="Scalar"/> amount.
/// </summary>
public readonly struct UnitValue : IEquatable<UnitValue>, IComparable<UnitValue>, IComparable
{
    private readonly Enum? unit;

    /// <summary>Creates a unit value.</summary>
    /// <param name="price">The price of one unit.</param>
    /// <param name="unit">The unit, a UnitsNet unit such as <c>MassUnit.Tonne</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public UnitValue(Money price, Enum unit)
    {
        Preconditions.CheckNotNull(unit);
        Price = price;
        this.unit = unit;
    }

    /// <summary>The price of one unit.</summary>
    public Money Price { get; }

    /// <summary>A flow's value divided by its positive quantity, exactly in <see cref="decimal"/> or not at all.</summary>
    internal static UnitValue Of(Money value, IQuantity quantity, TradeFlow flow)
    {
        var amount = (double)quantity.Value;
        const double Smallest = 1e-28;
        const double Largest = 7.9e28;
        if (amount is < Smallest or > Largest)
        {
            throw new OverflowException(
                Errors.Format(
                    $"The quantity {amount:R} of {flow} is outside what System.Decimal can divide by (1e-28 to 7.9e28); it has no unit value in decimal."
                )
            );
        }
        try
        {
            return new UnitValue(value / (decimal)amount, quantity.Unit);
        }
        catch (OverflowException e)
        {
            throw MoneyErrors.Overflow(Errors.Format($"The unit value of {flow}"), e);
        }
    }

    /// <summary>The unit, a UnitsNet unit enum value (e.g. <c>MassUnit.Tonne</c>).</summary>
    public Enum Unit => unit ?? UnitsNet.Units.ScalarUnit.Amount;

    /// <summary>
    /// The price per another unit of the same quantity: USD 1,250 per tonne is USD 1.25 per kilogram. The factor
    /// between units comes from UnitsNet as a <see cref="double"/>; exact factors (1,000 kg per tonne) stay exact.
    /// </summary>
    /// <param name="target">A unit of the same quantity.</param>
    /// <returns>The unit value in that unit.</returns>
    /// <exception cref="ArgumentException">The unit measures another quantity (kilograms and litres).</exception>
    public UnitValue ConvertTo(Enum target)
    {
        Preconditions.CheckNotNull(target);
        if (target.GetType() != Unit.GetType())
        {
            throw new ArgumentException(
                $"Cannot convert a price per {Unit} to a price per {target}: they measure different quantities.",
                nameof(target)
            );
        }
        var targetsPerUnit = (decimal)Quantity.From(1, Unit).As(target);
        return new UnitValue(Price / targetsPerUnit, target);
    }

    /// <summary>Whether two unit values have the same price and unit.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(UnitValue left, UnitValue right) => left.Equals(right);

    /// <summary>Whether two unit values differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(UnitValue left, UnitValue right) => !left.Equals(right);

    /// <summary>Orders unit values of one currency and unit by price.</summary>
    /// <param name="other">A unit value in the same currency and unit.</param>
    /// <returns>Negative, zero or positive as this price is lower than, equal to or higher than the other.</returns>
    /// <exception cref="ArgumentException">The units differ (convert one with <see cref="ConvertTo"/> first).</exception>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public int CompareTo(UnitValue other)
    {
        Preconditions.CheckArgument(
            Equals(Unit, other.Unit),
            nameof(other),
            $"Cannot order a price per {Unit} against a price per {other.Unit}; convert one first."
        );
        return Price.CompareTo(other.Price);
    }

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>; see <see cref="CompareTo(UnitValue)"/>.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(UnitValue left, UnitValue right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts before or with <paramref name="right"/>; see <see cref="CompareTo(UnitValue)"/>.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(UnitValue left, UnitValue right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>; see <see cref="CompareTo(UnitValue)"/>.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(UnitValue left, UnitValue right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts after or with <paramref name="right"/>; see <see cref="CompareTo(UnitValue)"/>.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(UnitValue left, UnitValue right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) =>
        obj switch
        {
            null => 1,
            UnitValue other => CompareTo(other),
            _ => throw new ArgumentException("The object is not a UnitValue.", nameof(obj)),
        };

    /// <inheritdoc/>
    public bool Equals(UnitValue other) => Price == other.Price && Equals(Unit, other.Unit);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is UnitValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Price, Unit);

    /// <summary>"USD 1250 per t".</summary>
    /// <returns>The text, with the unit's invariant abbreviation.</returns>
    public override string ToString()
    {
        var abbreviation = UnitAbbreviationsCache.Default.GetDefaultAbbreviation(
            Unit.GetType(),
            Convert.ToInt32(Unit, CultureInfo.InvariantCulture),
            CultureInfo.InvariantCulture
        );
        return $"{Price} per {abbreviation}";
    }
}
