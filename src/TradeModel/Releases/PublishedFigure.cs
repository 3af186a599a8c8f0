using System.Globalization;
using TradeModel.Internal;

namespace TradeModel.Releases;

/// <summary>
/// A figure as published: rounded to a number of decimals, so it stands for every true value that rounds to it.
/// 18.2 to one decimal stands for [18.15, 18.25]. Publishers never state their midpoint rule, so it is a parameter
/// (half away from zero by default); <see cref="Admits"/> applies it exactly, while <see cref="Interval"/> is the
/// closed hull used in interval arithmetic.
/// </summary>
/// <remarks>
/// The default value is 0 to no decimals under <see cref="MidpointRounding.ToEven"/> (the zero value of
/// <see cref="MidpointRounding"/>, not the constructor's default rule): it stands for [−0.5, 0.5].
/// </remarks>
public readonly struct PublishedFigure : IEquatable<PublishedFigure>
{
    /// <summary>Creates a published figure.</summary>
    /// <param name="value">The figure as printed, e.g. 18.2.</param>
    /// <param name="decimals">The decimals it was rounded to; by default the decimals written in <paramref name="value"/> (18.2m → 1, 3175.56m → 2).</param>
    /// <param name="rule">The publisher's midpoint rule.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 27.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="value"/> has more decimals than <paramref name="decimals"/> (18.25 cannot have been printed to
    /// one decimal); trailing zeros do not count (18.20 to one decimal is 18.2).
    /// </exception>
    public PublishedFigure(
        decimal value,
        int? decimals = null,
        MidpointRounding rule = MidpointRounding.AwayFromZero
    )
    {
        var d = decimals ?? value.Scale;
        Preconditions.CheckArgumentRange(nameof(decimals), d, 0, 27);
        Preconditions.CheckArgument(
            decimal.Round(value, d) == value,
            nameof(value),
            $"{value} has more than {d} decimal(s), so it cannot be a figure rounded to {d}."
        );
        Value = value;
        Decimals = d;
        Rule = rule;
    }

    /// <summary>The figure as printed.</summary>
    public decimal Value { get; }

    /// <summary>The decimals it was rounded to.</summary>
    public int Decimals { get; }

    /// <summary>The midpoint rule assumed.</summary>
    public MidpointRounding Rule { get; }

    /// <summary>Half a unit of the last decimal: 0.05 for a figure with one decimal.</summary>
    public decimal HalfUnit => 0.5m / DecimalMath.Pow10(Decimals);

    /// <summary>[value − half unit, value + half unit]: every true value the figure can stand for, bounds included.</summary>
    public DecimalInterval Interval => new(Value - HalfUnit, Value + HalfUnit);

    /// <summary>Whether a true value rounds to this figure under its decimals and midpoint rule.</summary>
    /// <param name="trueValue">An unrounded value.</param>
    /// <returns>Whether rounding it gives <see cref="Value"/>.</returns>
    public bool Admits(decimal trueValue) => decimal.Round(trueValue, Decimals, Rule) == Value;

    /// <summary>Whether two figures are the same value, decimals and rule.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(PublishedFigure left, PublishedFigure right) =>
        left.Equals(right);

    /// <summary>Whether two figures differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PublishedFigure left, PublishedFigure right) =>
        !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(PublishedFigure other) =>
        Value == other.Value && Decimals == other.Decimals && Rule == other.Rule;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PublishedFigure other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Value, Decimals, Rule);

    /// <summary>The figure with its decimals, e.g. "18.2".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Value.ToString(
            "F" + Decimals.ToString(CultureInfo.InvariantCulture),
            CultureInfo.InvariantCulture
        );
}
