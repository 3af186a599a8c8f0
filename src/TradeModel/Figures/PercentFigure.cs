using System.Globalization;
using TradeModel.Internal;

namespace TradeModel;

/// <summary>
/// A computed release figure in percent or percentage points, kept exact (unrounded) until presentation, or
/// explicitly undefined with the reason (a zero or missing base, a sign change) instead of a division error or an
/// infinity. The default value is a defined 0%.
/// </summary>
public readonly struct PercentFigure
    : IEquatable<PercentFigure>,
        IComparable<PercentFigure>,
        IComparable,
        IFormattable
{
    private readonly decimal value;

    private PercentFigure(decimal value, FigureUnit unit, UndefinedReason reason)
    {
        this.value = value;
        Unit = unit;
        Reason = reason;
    }

    /// <summary>Percent or percentage points.</summary>
    public FigureUnit Unit { get; }

    /// <summary>Why the figure is undefined, or <see cref="UndefinedReason.None"/>.</summary>
    public UndefinedReason Reason { get; }

    /// <summary>Whether the figure has a value.</summary>
    public bool IsDefined => Reason == UndefinedReason.None;

    /// <summary>The exact, unrounded value.</summary>
    /// <exception cref="InvalidOperationException">The figure is undefined; the message gives the reason.</exception>
    public decimal Value =>
        IsDefined
            ? value
            : throw new InvalidOperationException($"The figure is undefined: {Describe(Reason)}.");

    /// <summary>A percentage.</summary>
    /// <param name="value">The value in percent (18.24 for 18.24%).</param>
    /// <returns>The figure.</returns>
    public static PercentFigure Percent(decimal value) =>
        new(value, FigureUnit.Percent, UndefinedReason.None);

    /// <summary>A value in percentage points.</summary>
    /// <param name="value">The value in percentage points.</param>
    /// <returns>The figure.</returns>
    public static PercentFigure Points(decimal value) =>
        new(value, FigureUnit.PercentagePoints, UndefinedReason.None);

    /// <summary>An undefined figure.</summary>
    /// <param name="reason">Why it is undefined; not <see cref="UndefinedReason.None"/>.</param>
    /// <param name="unit">What it would have measured.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is <see cref="UndefinedReason.None"/>.</exception>
    public static PercentFigure Undefined(UndefinedReason reason, FigureUnit unit)
    {
        Preconditions.CheckArgument(
            reason != UndefinedReason.None,
            nameof(reason),
            "An undefined figure needs a reason."
        );
        return new(0m, unit, reason);
    }

    /// <summary>The value if defined.</summary>
    /// <param name="result">The value, or 0.</param>
    /// <returns>Whether the figure is defined.</returns>
    public bool TryGetValue(out decimal result)
    {
        result = value;
        return IsDefined;
    }

    /// <summary>
    /// The value rounded for presentation, as a separate and explicit step. Statistical offices usually round half
    /// away from zero to one decimal, but never say so: both are parameters.
    /// </summary>
    /// <param name="decimals">Decimals to keep, 0 to 28.</param>
    /// <param name="mode">The midpoint rule.</param>
    /// <returns>The rounded value.</returns>
    /// <exception cref="InvalidOperationException">The figure is undefined.</exception>
    public decimal Round(int decimals = 1, MidpointRounding mode = MidpointRounding.AwayFromZero)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, 28);
        return decimal.Round(Value, decimals, mode);
    }

    /// <summary>Whether two figures are equal: same unit and value, or both undefined for the same reason.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(PercentFigure left, PercentFigure right) => left.Equals(right);

    /// <summary>Whether two figures differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PercentFigure left, PercentFigure right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(PercentFigure other) =>
        Unit == other.Unit && Reason == other.Reason && value == other.value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PercentFigure other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Unit, Reason, value);

    /// <summary>For display, rounded to one decimal half away from zero: "18.2%", "7.4 pp", or "undefined (zero base)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(1);

    /// <summary>For display, rounded to the given decimals half away from zero: "+18.24%" is written "18.24%".</summary>
    /// <param name="decimals">Decimals to show, 0 to 28.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 28.</exception>
    public string ToString(int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 28);
        return Write(decimals, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// For display: <c>F</c><em>d</em> or <c>N</c><em>d</em> rounds to <em>d</em> decimals half away from zero
    /// (<c>$"{growth:F2}"</c> gives "14.40%"), <c>G</c> writes the exact, unrounded value, and no format rounds to one
    /// decimal. The number uses the provider's decimal separator and sign (<c>N</c> also its group separator); the
    /// invariant culture when it is null, never the machine's. An undefined figure is "undefined (zero base)".
    /// </summary>
    /// <param name="format">Null, <c>G</c>, or <c>F</c>/<c>N</c> with optional decimals (0–28).</param>
    /// <param name="formatProvider">The culture of the number; invariant when null.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is none of those.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var provider = formatProvider ?? CultureInfo.InvariantCulture;
        if (string.IsNullOrEmpty(format))
        {
            return Write(1, provider);
        }
        var kind = char.ToUpperInvariant(format[0]);
        var digits = format.AsSpan(1);
        var decimals = 1;
        var valid =
            (kind is 'F' or 'N' or 'G')
            && (
                digits.IsEmpty
                || (
                    kind != 'G'
                    && int.TryParse(
                        digits,
                        NumberStyles.None,
                        CultureInfo.InvariantCulture,
                        out decimals
                    )
                    && decimals <= 28
                )
            );
        if (!valid)
        {
            throw Errors.BadFormatString(format, nameof(PercentFigure));
        }
        return kind == 'G' ? Write(-1, provider) : Write(decimals, provider, kind == 'N');
    }

    private string Write(int decimals, IFormatProvider provider, bool grouped = false)
    {
        if (!IsDefined)
        {
            return $"undefined ({Describe(Reason)})";
        }
        var number =
            decimals < 0
                ? value.ToString(provider)
                : Round(decimals)
                    .ToString(
                        (grouped ? "N" : "F") + decimals.ToString(CultureInfo.InvariantCulture),
                        provider
                    );
        return Unit == FigureUnit.Percent ? number + "%" : number + " pp";
    }

    /// <summary>
    /// Orders figures of one unit by value; undefined figures come first (as <see cref="double.NaN"/> does), ordered
    /// by reason.
    /// </summary>
    /// <param name="other">A figure of the same unit.</param>
    /// <returns>Negative, zero or positive as this figure is less than, equal to or greater than the other.</returns>
    /// <exception cref="ArgumentException">The figures are of different units (percent and percentage points).</exception>
    public int CompareTo(PercentFigure other)
    {
        Preconditions.CheckArgument(
            Unit == other.Unit,
            nameof(other),
            $"Cannot order a figure in {Unit} against one in {other.Unit}."
        );
        if (IsDefined != other.IsDefined)
        {
            return IsDefined ? 1 : -1;
        }
        return IsDefined ? value.CompareTo(other.value) : Reason.CompareTo(other.Reason);
    }

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>; see <see cref="CompareTo(PercentFigure)"/>.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(PercentFigure left, PercentFigure right) =>
        left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts before or with <paramref name="right"/>; see <see cref="CompareTo(PercentFigure)"/>.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(PercentFigure left, PercentFigure right) =>
        left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>; see <see cref="CompareTo(PercentFigure)"/>.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(PercentFigure left, PercentFigure right) =>
        left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts after or with <paramref name="right"/>; see <see cref="CompareTo(PercentFigure)"/>.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(PercentFigure left, PercentFigure right) =>
        left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) =>
        obj switch
        {
            null => 1,
            PercentFigure other => CompareTo(other),
            _ => throw new ArgumentException("The object is not a PercentFigure.", nameof(obj)),
        };

    private static string Describe(UndefinedReason reason) =>
        reason switch
        {
            UndefinedReason.ZeroBase => "zero base",
            UndefinedReason.NegativeBase => "negative base",
            UndefinedReason.SignChange => "sign change",
            UndefinedReason.MissingValue => "missing value",
            _ => "defined",
        };
}
