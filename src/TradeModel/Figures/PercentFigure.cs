using System.Globalization;
using TradeModel.Internal;

namespace TradeModel;

/// <summary>
/// A computed release figure in percent or percentage points, kept exact (unrounded) until presentation, or
/// explicitly undefined with the reason (a zero or missing base, a sign change) instead of a division error or an
/// infinity. The default value is a defined 0%.
/// </summary>
public readonly struct PercentFigure : IEquatable<PercentFigure>
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
    /// <param name="decimals">Decimals to show.</param>
    /// <returns>The text.</returns>
    public string ToString(int decimals)
    {
        if (!IsDefined)
        {
            return $"undefined ({Describe(Reason)})";
        }
        var number = Round(decimals)
            .ToString(
                "F" + decimals.ToString(CultureInfo.InvariantCulture),
                CultureInfo.InvariantCulture
            );
        return Unit == FigureUnit.Percent ? number + "%" : number + " pp";
    }

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
